import type { Page } from '@playwright/test';

/**
 * A named screenshot, only when a run asks for them: `LILYPAD_SCREENSHOTS=<dir>` writes
 * `<dir>/<name>.png`; without it nothing is written. (Playwright's own failure
 * screenshots go to test-results/ regardless.)
 */
export async function shot(page: Page, name: string): Promise<void> {
  const dir = process.env.LILYPAD_SCREENSHOTS;
  if (dir) await page.screenshot({ path: `${dir}/${name}.png`, fullPage: false });
}
