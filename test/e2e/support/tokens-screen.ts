import type { Page } from '@playwright/test';
import { expect } from '../fixtures';
import { goToScreen } from './instances';

/** Opens Access tokens and waits for the list: the table's frame is drawn while it loads, its loaded count comes with it. */
export async function openTokens(page: Page): Promise<void> {
  await goToScreen(page, 'Access tokens');
  await expect(page.getByTestId('tokens-table')).toHaveAttribute('data-loaded-count', /^\d+$/);
}
