import type { Page } from '@playwright/test';

/**
 * Makes the other saved instance active through the switcher, as an admin would. The benches
 * save two instances of one platform: the screen's code is then loaded and has run once, and
 * its list is not cached for the instance switched to — the cost of listing alone, told apart
 * from the one-time cost of a screen's first opening.
 */
export async function switchToOtherInstance(page: Page): Promise<void> {
  await page.getByTestId('instance-switcher').click();
  await page.locator('[data-testid="switcher-item"]:not(.Mui-selected)').first().click();
  await page.getByRole('menu').waitFor({ state: 'detached' });
}
