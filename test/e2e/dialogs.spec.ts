// No dialog loses typed input: Escape and a click outside ask first while a form holds
// unsaved input, close at once when it does not, and Escape in an open picker closes
// only the picker. A password change says it succeeded; a notification keeps its text
// until it is gone.
import { expect, test } from './fixtures';
import type { Locator, Page } from '@playwright/test';
import { adminBasic, formDialog, goToScreen } from './support/instances';
import { discardQuestion, openUser, openUsers, saveInstance } from './support/trust';

const newUserDialog = (page: Page) => page.getByRole('dialog').filter({ has: page.getByRole('heading', { name: 'New user' }) });

/** A click on the backdrop, away from the dialog's paper. */
async function clickOutside(page: Page, dialog: Locator) {
  const box = await dialog.boundingBox();
  if (!box) throw new Error('the dialog has no box');
  await page.mouse.click(Math.max(5, box.x / 2), box.y + box.height / 2);
}

test.describe('dialogs keep typed input', () => {
  // Several screens per test on a machine whose cores are busy.
  test.describe.configure({ timeout: 150_000 });
  test('a filled New user dialog asks before Escape or a click outside discards it; untouched, it closes at once', async ({ page, platform, services }) => {
    await saveInstance(page, services, adminBasic(platform));
    await openUsers(page);

    // Untouched: Escape and a click outside close without a question.
    await page.getByTestId('user-create').click();
    await expect(newUserDialog(page)).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(newUserDialog(page)).toBeHidden();
    await expect(discardQuestion(page)).toHaveCount(0);
    await page.getByTestId('user-create').click();
    await clickOutside(page, newUserDialog(page));
    await expect(newUserDialog(page)).toBeHidden();

    // Filled: Escape asks; "Keep editing" keeps every field.
    await page.getByTestId('user-create').click();
    await page.getByTestId('new-username').fill('frank');
    await page.getByTestId('new-email').fill('frank@example.com');
    await page.keyboard.press('Escape');
    await expect(discardQuestion(page)).toBeVisible();
    await discardQuestion(page).getByRole('button', { name: 'Keep editing' }).click();
    await expect(discardQuestion(page)).toBeHidden();
    await expect(page.getByTestId('new-username')).toHaveValue('frank');
    await expect(page.getByTestId('new-email')).toHaveValue('frank@example.com');

    // A click outside asks too; "Discard" closes, and nothing was sent.
    await clickOutside(page, newUserDialog(page));
    await expect(discardQuestion(page)).toBeVisible();
    await discardQuestion(page).getByRole('button', { name: 'Discard' }).click();
    await expect(newUserDialog(page)).toBeHidden();
    expect(platform.requests.filter((r) => r.method === 'POST' && r.path === '/access/api/v2/users')).toHaveLength(0);

    // Typed and typed back to the original: nothing to lose, no question.
    await page.getByTestId('user-create').click();
    await page.getByTestId('new-username').fill('x');
    await page.getByTestId('new-username').fill('');
    await page.keyboard.press('Escape');
    await expect(newUserDialog(page)).toBeHidden();
    await expect(discardQuestion(page)).toHaveCount(0);
  });

  test('Escape in an open autocomplete or select menu closes only the picker', async ({ page, platform, services }) => {
    await saveInstance(page, services, adminBasic(platform));
    await openUsers(page);
    await page.getByTestId('user-create').click();
    await page.getByTestId('new-username').fill('grace');
    await page.getByTestId('new-groups').fill('dev');
    await expect(page.getByRole('option', { name: 'developers', exact: true })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('listbox')).toHaveCount(0);
    await expect(newUserDialog(page)).toBeVisible();
    await expect(discardQuestion(page)).toHaveCount(0);
    await expect(page.getByTestId('new-username')).toHaveValue('grace');
    // The next Escape is the dialog's: it asks, because the form holds input.
    await page.keyboard.press('Escape');
    await expect(discardQuestion(page)).toBeVisible();
    await discardQuestion(page).getByRole('button', { name: 'Discard' }).click();

    // The instance form: a select menu, then the form itself (edited, so it asks).
    await goToScreen(page, 'Instances');
    await page.getByTestId('instance-card').filter({ hasText: 'Acme' }).getByRole('button', { name: /Edit/ }).click();
    const dialog = formDialog(page);
    await expect(dialog).toBeVisible();
    await dialog.getByRole('textbox', { name: 'Name', exact: true }).fill('Acme EU');
    await dialog.getByRole('combobox', { name: 'Authentication' }).click();
    await expect(page.getByRole('listbox')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('listbox')).toHaveCount(0);
    await expect(dialog).toBeVisible();
    await expect(discardQuestion(page)).toHaveCount(0);
    await dialog.getByRole('combobox', { name: 'Confirm destructive actions' }).click();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('listbox')).toHaveCount(0);
    await expect(discardQuestion(page)).toHaveCount(0);
    await page.keyboard.press('Escape');
    await expect(discardQuestion(page)).toBeVisible();
    await discardQuestion(page).getByRole('button', { name: 'Keep editing' }).click();
    await expect(dialog.getByRole('textbox', { name: 'Name', exact: true })).toHaveValue('Acme EU');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByTestId('instance-card').filter({ hasText: 'Acme' })).not.toContainText('Acme EU');

    // Untouched edit form: Escape closes at once.
    await page.getByTestId('instance-card').filter({ hasText: 'Acme' }).getByRole('button', { name: /Edit/ }).click();
    await expect(formDialog(page)).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(formDialog(page)).toBeHidden();
    await expect(discardQuestion(page)).toHaveCount(0);
  });

  test('the group form and the password dialog ask too; a changed password says so', async ({ page, platform, services }) => {
    await saveInstance(page, services, adminBasic(platform));
    await goToScreen(page, 'Groups');
    await page.getByTestId('group-create').click();
    await page.getByTestId('group-description').fill('Half-typed');
    await page.keyboard.press('Escape');
    await expect(discardQuestion(page)).toBeVisible();
    await discardQuestion(page).getByRole('button', { name: 'Discard' }).click();
    await expect(page.getByTestId('group-name')).toHaveCount(0);

    await openUsers(page);
    await openUser(page, 'bob');
    await page.getByRole('button', { name: 'Change password' }).click();
    await page.getByTestId('password-1').fill('New-Bob-Passw0rd!');
    await page.keyboard.press('Escape');
    await expect(discardQuestion(page)).toBeVisible();
    await discardQuestion(page).getByRole('button', { name: 'Keep editing' }).click();
    await expect(page.getByTestId('password-1')).toHaveValue('New-Bob-Passw0rd!');
    await page.getByTestId('password-2').fill('New-Bob-Passw0rd!');
    await page.getByTestId('password-save').click();
    await expect(page.getByTestId('password-changed')).toHaveText('The password of bob was changed.');
    await expect(page.getByTestId('password-1')).toHaveCount(0);
    expect(platform.state.users.get('bob')?.password).toBe('New-Bob-Passw0rd!');
  });

  test('a notification keeps its text until it has closed', async ({ page, platform, services }) => {
    await saveInstance(page, services, adminBasic(platform));
    await goToScreen(page, 'Instances');
    await page
      .getByTestId('instance-card')
      .filter({ hasText: 'Acme' })
      .getByRole('button', { name: /Duplicate/ })
      .click();
    const message = page.getByTestId('instances-message');
    await expect(message).toContainText('Created Acme (copy).');
    // Watch the alert from now on: its text must never go empty while it is in the page.
    await message.evaluate((alert) => {
      const state = window as unknown as { emptied: boolean };
      state.emptied = false;
      const check = () => {
        if (alert.isConnected && alert.textContent?.trim() === '') state.emptied = true;
      };
      new MutationObserver(check).observe(alert, { childList: true, subtree: true, characterData: true });
    });
    await message.getByRole('button', { name: 'Close' }).click();
    await expect(message).toHaveCount(0);
    expect(await page.evaluate(() => (window as unknown as { emptied: boolean }).emptied)).toBe(false);
  });
});
