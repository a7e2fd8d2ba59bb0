import type { Page } from '@playwright/test';

/**
 * Waits until each page has nothing left from the last measurement: idle periods on its main
 * thread (code loaded in idle time, effects, layout). A measurement taken without this pays
 * for the one before it — which side of a ratio pays depends on the order, so the ratio
 * swings from run to run. (A forced garbage collection here was tried and left out: it made
 * the next screen slower than anything an admin meets.)
 */
export async function settle(...pages: Page[]): Promise<void> {
  for (const page of pages) {
    // Two idle periods: work queued by the first (a deferred effect) has run by the second.
    for (let i = 0; i < 2; i++) await page.evaluate(() => new Promise<void>((resolve) => requestIdleCallback(() => resolve(), { timeout: 1000 })));
  }
  // And this process (platform, host, services) has finished what the last round queued.
  await new Promise<void>((resolve) => setImmediate(resolve));
}
