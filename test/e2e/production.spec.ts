// Production is guarded: on an instance labelled PROD (or set to ask), a destructive
// action waits for the instance's name typed, and nothing is sent before; the policy is
// per instance; the instance colour frames the window.
import { expect, test } from './fixtures';
import { adminBasic, formDialog, goToScreen } from './support/instances';
import { openUser, openUsers, requestLines, saveInstance } from './support/trust';

const SHOTS = 'test-results/shots';

test.describe('production guard', () => {
  // Several screens per test on a machine whose cores are busy.
  test.describe.configure({ timeout: 150_000 });
  test('deleting a user on a PROD instance needs the instance name typed; nothing is sent before', async ({ page, platform, services }) => {
    await saveInstance(page, services, { ...adminBasic(platform, 'Acme Prod'), environment: 'PROD', color: '#c62828' });
    // The window says PROD before anything else: a labelled band and a border in the instance colour.
    await expect(page.getByTestId('instance-frame-bar')).toHaveAttribute('data-guarded', 'true');
    await expect(page.getByTestId('instance-frame-bar')).toContainText('PROD · Acme Prod');
    await expect(page.getByTestId('instance-frame-border')).toHaveCSS('border-top-color', 'rgb(198, 40, 40)');

    await openUsers(page);
    await openUser(page, 'bob');
    const from = platform.requests.length;
    await page.getByTestId('user-delete').click();
    const confirm = page.getByRole('dialog').filter({ hasText: 'Delete the user bob?' });
    const name = confirm.getByTestId('confirm-instance-name');
    await expect(name).toBeVisible();
    await expect(confirm.getByTestId('confirm-submit')).toBeDisabled();
    // Enter with nothing typed, then a near miss: still nothing goes out.
    await name.press('Enter');
    await name.fill('acme prod');
    await expect(confirm.getByTestId('confirm-submit')).toBeDisabled();
    await name.press('Enter');
    await page.screenshot({ path: `${SHOTS}/prod-confirm-light.png` });
    expect(requestLines(platform, from).filter((line) => line.startsWith('DELETE'))).toEqual([]);
    expect(platform.state.users.has('bob')).toBe(true);

    await name.fill('Acme Prod');
    await confirm.getByTestId('confirm-submit').click();
    await expect(confirm).toBeHidden();
    expect(requestLines(platform, from).filter((line) => line.startsWith('DELETE'))).toEqual(['DELETE /access/api/v2/users/bob']);
    expect(platform.state.users.has('bob')).toBe(false);
  });

  test('a bulk run on a PROD instance waits for the name too', async ({ page, platform, services }) => {
    await saveInstance(page, services, { ...adminBasic(platform, 'Acme Prod'), environment: 'PROD' });
    await openUsers(page);
    await page.getByTestId('users-filter').fill('a');
    await page.locator('[data-testid="user-row"][data-username="alice"]').getByRole('checkbox').check();
    await page.locator('[data-testid="user-row"][data-username="dave"]').getByRole('checkbox').check();
    await page.getByRole('button', { name: 'Expire passwords' }).click();
    const from = platform.requests.length;
    await expect(page.getByTestId('bulk-start')).toBeDisabled();
    await page.getByTestId('confirm-instance-name').fill('Acme Pro');
    await expect(page.getByTestId('bulk-start')).toBeDisabled();
    expect(requestLines(platform, from).filter((line) => !line.startsWith('GET'))).toEqual([]);
    await page.getByTestId('confirm-instance-name').fill('Acme Prod');
    await page.getByTestId('bulk-start').click();
    await expect(page.getByTestId('bulk-summary')).toHaveText('2 succeeded, 0 failed, 0 cancelled (not sent)');
    expect(platform.state.users.get('alice')?.password_expired).toBe(true);
  });

  test('the policy is per instance: a PROD instance set to "simple" asks for a click, a DEV one set to "always" asks for the name', async ({ page, platform, services }) => {
    await saveInstance(page, services, { ...adminBasic(platform, 'Acme Prod'), environment: 'PROD' });
    await goToScreen(page, 'Instances');
    await page.getByRole('button', { name: 'Edit Acme Prod' }).click();
    const dialog = formDialog(page);
    await dialog.getByRole('combobox', { name: 'Confirm destructive actions' }).click();
    await page.getByRole('option', { name: 'A simple confirmation' }).click();
    await dialog.getByRole('button', { name: 'Save changes' }).click();
    await expect(dialog).toBeHidden();

    await openUsers(page);
    await openUser(page, 'dave');
    await page.getByTestId('user-delete').click();
    const confirm = page.getByRole('dialog').filter({ hasText: 'Delete the user dave?' });
    await expect(confirm.getByTestId('confirm-submit')).toBeEnabled();
    await expect(confirm.getByTestId('confirm-instance-name')).toHaveCount(0);
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('button', { name: 'Close details' }).click();

    await goToScreen(page, 'Instances');
    await page.getByRole('button', { name: 'Edit Acme Prod' }).click();
    await dialog.getByLabel('Environment label').fill('DEV');
    await dialog.getByRole('combobox', { name: 'Confirm destructive actions' }).click();
    await page.getByRole('option', { name: 'Always ask for the instance name' }).click();
    await dialog.getByRole('button', { name: 'Save changes' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByTestId('instance-frame-bar')).toContainText('DEV · Acme Prod');

    await goToScreen(page, 'Groups');
    await page.getByTestId('groups-filter').fill('developers');
    await page.getByText('developers', { exact: true }).first().click();
    await page.getByTestId('group-delete').click();
    await expect(page.getByRole('dialog').getByTestId('confirm-instance-name')).toBeVisible();
    await expect(page.getByRole('dialog').getByTestId('confirm-submit')).toBeDisabled();
  });

  test('removing members on a guarded instance asks for the name before the PATCH', async ({ page, platform, services }) => {
    await saveInstance(page, services, { ...adminBasic(platform, 'Acme Prod'), environment: 'PRODUCTION' });
    await goToScreen(page, 'Groups');
    await page.getByTestId('groups-filter').fill('developers');
    await page.getByText('developers', { exact: true }).first().click();
    const member = page.locator('[data-testid="member-row"][data-username="bob"]');
    await member.getByRole('button', { name: 'Remove bob' }).click();
    const from = platform.requests.length;
    await page.getByTestId('members-save').click();
    const confirm = page.getByRole('dialog').filter({ hasText: 'Remove 1 member from developers?' });
    await expect(confirm.getByTestId('confirm-submit')).toBeDisabled();
    expect(requestLines(platform, from).filter((line) => line.startsWith('PATCH'))).toEqual([]);
    await confirm.getByTestId('confirm-instance-name').fill('Acme Prod');
    await confirm.getByTestId('confirm-submit').click();
    await expect(member).toHaveCount(0);
    expect(requestLines(platform, from).filter((line) => line.startsWith('PATCH'))).toEqual(['PATCH /access/api/v2/groups/developers/members']);
  });

  test('a PROD window is framed in the instance colour, light and dark; a plain one has a thin bar only', async ({ page, platform, services }) => {
    await saveInstance(page, services, { ...adminBasic(platform, 'Acme Prod'), environment: 'PROD', color: '#c62828' });
    await openUsers(page);
    await page.screenshot({ path: `${SHOTS}/prod-window-light.png` });
    await page.getByTestId('theme-toggle').click();
    await page.screenshot({ path: `${SHOTS}/prod-window-dark.png` });

    await goToScreen(page, 'Instances');
    await page.getByRole('button', { name: 'Edit Acme Prod' }).click();
    await formDialog(page).getByLabel('Environment label').fill('STAGING');
    await formDialog(page).getByRole('button', { name: 'Save changes' }).click();
    await expect(page.getByTestId('instance-frame-bar')).toHaveAttribute('data-guarded', 'false');
    await expect(page.getByTestId('instance-frame-border')).toHaveCount(0);
  });
});
