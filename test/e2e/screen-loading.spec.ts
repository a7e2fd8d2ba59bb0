// Opening a screen whose code is still on its way: the screen shown stays up with a bar
// (no loading fallback, which would hold the next screen back), and a chunk that fails to
// load leaves the shell usable with the screen's error.
import { expect, test } from './fixtures';
import { addInstance, adminBasic, goToScreen } from './support/instances';

test.describe('opening a screen', () => {
  test('the current screen stays up with a bar until the next one’s code arrives', async ({ page, platform }) => {
    await addInstance(page, adminBasic(platform));
    await goToScreen(page, 'Overview');
    await expect(page.getByRole('heading', { name: 'Overview' })).toBeVisible();
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/assets\/WebhooksScreen-[^/]+\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.getByRole('navigation', { name: 'Screens' }).getByRole('button', { name: 'Webhooks', exact: true }).click();
    await expect(page.getByRole('progressbar', { name: 'Opening the screen' })).toBeVisible();
    await expect(page.getByRole('main')).toHaveAttribute('aria-busy', 'true');
    await expect(page.getByRole('heading', { name: 'Overview' })).toBeVisible();
    release();
    await expect(page.getByRole('heading', { name: 'Webhooks' })).toBeVisible();
    await expect(page.getByRole('progressbar', { name: 'Opening the screen' })).toHaveCount(0);
    await expect(page.getByRole('main')).toHaveAttribute('aria-busy', 'false');
  });

  test('a screen whose code cannot load says so, and the navigation still works', async ({ page, platform }) => {
    await addInstance(page, adminBasic(platform));
    await page.route(/\/assets\/GroupsScreen-[^/]+\.js$/, (route) => route.abort());
    await goToScreen(page, 'Groups');
    await expect(page.getByText('This screen failed to load')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Reload Lilypad' })).toBeVisible();
    await goToScreen(page, 'Overview');
    await expect(page.getByRole('heading', { name: 'Overview' })).toBeVisible();
    await expect(page.getByText('This screen failed to load')).toHaveCount(0);
  });

  test('pointing at an entry starts its code, and asks the platform nothing until it is opened', async ({ page, platform }) => {
    await addInstance(page, adminBasic(platform));
    await goToScreen(page, 'Overview');
    await expect(page.getByRole('heading', { name: 'Overview' })).toBeVisible();
    const chunk = page.waitForRequest(/\/assets\/ProjectsScreen-[^/]+\.js$/);
    const entry = page.getByRole('navigation', { name: 'Screens' }).getByRole('button', { name: 'Projects', exact: true });
    platform.clearRequests();
    await entry.hover();
    await chunk;
    expect(platform.requests.filter((r) => r.path.startsWith('/access/api/v1/projects'))).toHaveLength(0);
    await entry.click();
    await expect(page.getByRole('heading', { name: 'Projects' })).toBeVisible();
    await expect.poll(() => platform.requests.filter((r) => r.path === '/access/api/v1/projects').length).toBe(1);
  });
});
