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

/**
 * Like {@link shot}, then `<dir>/<name>-dark.png` too (the theme switched and back) when no
 * dialog is open; only when `LILYPAD_SCREENSHOTS` is set.
 */
export async function shotLightAndDark(page: Page, name: string): Promise<void> {
  const dir = process.env.LILYPAD_SCREENSHOTS;
  if (!dir) return;
  await page.screenshot({ path: `${dir}/${name}.png`, fullPage: false });
  // A modal dialog covers the toggle: light only then.
  if ((await page.getByRole('dialog').count()) > 0) return;
  const toggle = page.getByTestId('theme-toggle');
  await toggle.click();
  await page.screenshot({ path: `${dir}/${name}-dark.png`, fullPage: false });
  await toggle.click();
}
