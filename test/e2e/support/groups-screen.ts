// The Groups screen as the specs drive it.
import { expect, type Locator, type Page } from '@playwright/test';
import { goToScreen } from './instances';

export const groupRow = (page: Page, name: string): Locator => page.locator(`[data-testid="group-row"][data-group="${name}"]`);
export const memberRow = (page: Page, username: string): Locator => page.locator(`[data-testid="member-row"][data-username="${username}"]`);

export async function openGroups(page: Page): Promise<void> {
  await goToScreen(page, 'Groups');
  await expect(page.getByTestId('groups-table')).toBeVisible();
}
