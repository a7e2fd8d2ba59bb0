import type { Page } from '@playwright/test';
import { settle } from './settle';

/**
 * The cheapest screen change the window has: a route with no screen, answered by the shell's
 * one-line "Nothing here" (no code to load, no call). The floor measured with it is the
 * lowest a screen change can cost, so it never flatters a screen measured against it.
 */
export const QUIET_SCREEN = 'bench-no-screen';

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

/** The floor above, from the Overview as a screen is opened; the page is left on the Overview, settled. */
export async function timeBridgeCallWhileOpening(page: Page, name: string, input: Record<string, unknown>): Promise<number> {
  const ms = await timeBridgeCall(page, name, input, QUIET_SCREEN);
  await page.evaluate(() => void (window.location.hash = '#/overview'));
  await settle(page);
  return ms;
}
