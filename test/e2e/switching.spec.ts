import { expect, test } from './fixtures';
import { addInstance, adminBasic, goToScreen, switchInstance } from './support/instances';

test('switching instance in the top bar swaps every screen to that instance', async ({ page, platform, extraPlatform }) => {
  platform.state.system.version = '7.90.1';
  const other = await extraPlatform();
  other.state.system.version = '7.111.4';

  await addInstance(page, { ...adminBasic(platform, 'Production EU'), environment: 'prod', color: '#c62828' });
  await addInstance(page, { ...adminBasic(other, 'Dev sandbox'), environment: 'dev', color: '#1565c0' });

  const switcher = page.getByTestId('instance-switcher');
  // The last added instance is active.
  await expect(switcher.getByTestId('instance-name')).toHaveText('Dev sandbox');
  await expect(switcher.getByTestId('env-chip')).toHaveText('DEV');
  await expect(switcher.getByTestId('env-chip')).toHaveClass(/MuiChip-colorInfo/);
  await expect(switcher.getByTestId('color-dot')).toHaveAttribute('data-color', '#1565c0');
  await goToScreen(page, 'Overview');
  await expect(page.getByTestId('artifactory-version')).toHaveText('7.111.4');

  await switchInstance(page, 'Production EU');
  await expect(switcher.getByTestId('instance-name')).toHaveText('Production EU');
  await expect(switcher.getByTestId('env-chip')).toHaveText('PROD');
  await expect(switcher.getByTestId('env-chip')).toHaveClass(/MuiChip-colorError/);
  await expect(switcher.getByTestId('color-dot')).toHaveAttribute('data-color', '#c62828');
  await expect(page.getByTestId('artifactory-version')).toHaveText('7.90.1');
  await expect(page.getByRole('main')).toContainText('Production EU');
  expect(platform.requests.some((r) => r.path === '/artifactory/api/system/version')).toBe(true);

  await switchInstance(page, 'Dev sandbox');
  await expect(page.getByTestId('artifactory-version')).toHaveText('7.111.4');

  // The choice survives a reload (UI state is persisted; data is fetched afresh).
  await page.reload();
  await expect(switcher.getByTestId('instance-name')).toHaveText('Dev sandbox');
  await expect(page.getByTestId('artifactory-version')).toHaveText('7.111.4');
});

test('keyboard: Ctrl+K opens the switcher, Alt+digits navigate, Escape closes; the theme choice persists', async ({ page, platform, extraPlatform }) => {
  const other = await extraPlatform();
  await addInstance(page, adminBasic(platform, 'First'));
  await addInstance(page, adminBasic(other, 'Second'));

  await page.keyboard.press('Alt+1');
  await expect(page.getByRole('heading', { name: 'Overview', level: 1 })).toBeVisible();
  await page.keyboard.press('Alt+2');
  await expect(page.getByRole('heading', { name: 'Instances', level: 1 })).toBeVisible();

  await page.keyboard.press('Control+k');
  const menu = page.getByRole('menu');
  await expect(menu).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await page.keyboard.press('Control+k');
  await page.getByRole('menuitem').filter({ hasText: 'First' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('instance-switcher').getByTestId('instance-name')).toHaveText('First');

  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await page.emulateMedia({ colorScheme: 'light' });
  const light = await background();
  await page.getByTestId('theme-toggle').click();
  await expect.poll(background).not.toBe(light);
  const dark = await background();
  await page.reload();
  await expect(page.getByTestId('instance-switcher')).toBeVisible();
  await expect.poll(background).toBe(dark);
});
