import type { Page } from '@playwright/test';
import { settle } from './settle';

/** A screen that asks the platform nothing: opening it costs the window work, and no call. */
export const QUIET_SCREEN = 'snippet-generator';

/**
 * One call through the browser host's bridge, made by the page itself and parsed, timed in
 * the page. With `whileOpening`, the window opens that screen the moment the call leaves:
 * the same call paying for the CPU a screen change takes on this machine (render, layout,
 * paint), with nothing of the list rendered. That is the floor under any screen's "opened"
 * figure here, told apart from what the screen's own code adds.
 */
export function timeBridgeCall(page: Page, name: string, input: Record<string, unknown>, whileOpening?: string): Promise<number> {
  return page.evaluate(
    async ({ name, input, whileOpening }) => {
      const token = sessionStorage.getItem('lilypad-session') ?? '';
      const start = performance.now();
      const answer = fetch(`api/call/${name}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-lilypad-session': token },
        body: JSON.stringify(input),
      });
      if (whileOpening) window.location.hash = `#/${whileOpening}`;
      const result = JSON.parse(await (await answer).text()) as { ok: boolean };
      if (!result.ok) throw new Error(`the bridge call ${name} failed`);
      return performance.now() - start;
    },
    { name, input, whileOpening },
  );
}

/**
 * The floor above, measured as a screen is opened again: from the Overview, with the quiet
 * screen's code loaded and run once in this page (as the screens' own "opened again" figure).
 * The page is left on the Overview, settled.
 */
export async function timeBridgeCallWhileOpening(page: Page, name: string, input: Record<string, unknown>): Promise<number> {
  await page.evaluate((route) => void (window.location.hash = `#/${route}`), QUIET_SCREEN);
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => void (window.location.hash = '#/overview'));
  await settle(page);
  const ms = await timeBridgeCall(page, name, input, QUIET_SCREEN);
  await page.evaluate(() => void (window.location.hash = '#/overview'));
  await settle(page);
  return ms;
}
