// The Users screen as the specs drive it: the list (filter, rows, count) and the pickers.
import { expect, type Locator, type Page } from '@playwright/test';
import { goToScreen } from './instances';

export const userRow = (page: Page, username: string): Locator => page.locator(`[data-testid="user-row"][data-username="${username}"]`);

/** Opens Users and waits until every page of the list has arrived. */
export async function openUsers(page: Page): Promise<void> {
  await goToScreen(page, 'Users');
  await expect(page.getByTestId('users-table')).toHaveAttribute('data-done', 'true');
}

/**
 * Types into the list filter and waits until the rows reflect it: the scan runs on a
 * deferred value, so "select all matching" clicked before then would take the old rows.
 */
export async function filterUsers(page: Page, text: string): Promise<void> {
  await page.getByTestId('users-filter').fill(text);
  await expect(page.getByTestId('users-table')).toHaveAttribute('data-filter', text.trim().toLowerCase());
}

/** Types into an autocomplete and picks the option with exactly this text. */
export async function pickOption(page: Page, inputTestId: string, text: string): Promise<void> {
  await page.getByTestId(inputTestId).fill(text);
  await page.getByRole('option', { name: text, exact: true }).click();
}
