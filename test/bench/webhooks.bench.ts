// Webhooks at 1,000 subscriptions, in Chromium through the browser host: the screen opened
// until its virtualised list shows rows for all 1,000, against the same list fetched and
// parsed raw by the same browser (the floor), and through the bridge alone; rounds alternate
// raw / bridge / screen / screen again, each on settled pages (settle.ts). Target ≤ 1.5×. The
// screen figure is a first opening after a reload, once the window has been idle (network
// idle: the screens' code has loaded in the background, idle-preload.ts, as it has for an
// admin who opens the screen a moment after start): it includes the screen's first render,
// its style rules written and its code run cold, which the raw fetch does not; "again" is the same screen opened on a second
// instance of the platform (its code has run, its list is not cached), so the cost of listing
// is told apart from the one-time cost of the code. The floor under "again": the same list
// through the bridge alone while the window changes to its lightest screen (bridge-call.ts).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { startFakePlatform } from '../fake-platform/index';
import { webhooksState, seedWebhooks } from '../fake-platform/areas/webhooks';
import { createAppServices } from '../../electron/services/app-services';
import { startBrowserHost } from '../../electron/host/browser-host';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../support/chromium';
import { figure, round, type Figure } from './figures';
import { timeBridgeCall, timeBridgeCallWhileOpening } from './bridge-call';
import { switchToOtherInstance } from './other-instance';
import { settle } from './settle';
import { median } from './timing';

const COUNT = 1_000;
const ROUNDS = 9;

export async function benchWebhooks(): Promise<Figure[]> {
  const platform = await startFakePlatform({ seed: 'minimal' });
  webhooksState(platform.state).subscriptions.clear();
  seedWebhooks(platform.state, COUNT);
  const dataDir = mkdtempSync(join(tmpdir(), 'lilypad-bench-webhooks-'));
  const services = createAppServices({ dataDir, runtime: 'browser-host' });
  const host = await startBrowserHost({ services, staticDir: join(process.cwd(), 'dist', 'renderer') });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const { admin } = platform.principals;
    const saved = await services.dispatch('instances.save', { name: 'bench', baseUrl: platform.url, authKind: 'basic-password', username: admin.username, secret: admin.password });
    if (!saved.ok) throw new Error(`could not save the bench instance: ${saved.error.message}`);
    await services.dispatch('instances.save', { name: 'bench 2', baseUrl: platform.url, authKind: 'basic-password', username: admin.username, secret: admin.password });
    const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
    await context.addInitScript('globalThis.__name = (fn) => fn;');
    const rawPage = await context.newPage();
    await rawPage.goto(`${platform.url}/artifactory/api/system/ping`);
    const page = await context.newPage();
    await page.goto(host.url);
    await page.waitForSelector('nav');
    const auth = `Basic ${Buffer.from(`${admin.username}:${admin.password}`).toString('base64')}`;

    const instanceId = (saved.value as { id: string }).id;
    const raw: number[] = [];
    const bridge: number[] = [];
    const app: number[] = [];
    const again: number[] = [];
    const bridgeOpening: number[] = [];
    const listedAfter = (count: number) =>
      new Promise<number>((resolve) => {
        const t0 = performance.now();
        window.location.hash = '#/webhooks';
        const check = () => {
          if (document.querySelector(`[data-testid="wh-table"][data-loaded-count="${count}"] [data-testid="wh-row"]`)) resolve(performance.now() - t0);
          else requestAnimationFrame(check);
        };
        check();
      });
    for (let round = 0; round < ROUNDS; round++) {
      await settle(rawPage, page);
      raw.push(
        await rawPage.evaluate(async (authorization) => {
          const t0 = performance.now();
          const res = await fetch('/event/api/v1/subscriptions', { headers: { authorization } });
          const list = (await res.json()) as unknown[];
          if (list.length < 1000) throw new Error(`raw list has ${list.length}`);
          return performance.now() - t0;
        }, auth),
      );
      await settle(page);
      bridge.push(await timeBridgeCall(page, 'webhooks.list', { instanceId }));
      // A fresh page on the Overview each round: nothing of the previous list is cached.
      await page.evaluate(() => void (window.location.hash = '#/overview'));
      await page.reload();
      await page.waitForSelector('nav');
      await page.waitForLoadState('networkidle');
      await settle(page);
      app.push(await page.evaluate(listedAfter, COUNT));
      // Again on the other instance: the screen's code has run, its list is not cached.
      await page.evaluate(() => void (window.location.hash = '#/overview'));
      await switchToOtherInstance(page);
      await settle(page);
      bridgeOpening.push(await timeBridgeCallWhileOpening(page, 'webhooks.list', { instanceId }));
      again.push(await page.evaluate(listedAfter, COUNT));
    }
    const rawMs = median(raw);
    const appMs = median(app);
    const againMs = median(again);
    return [
      figure('webhooks.list.raw', `raw fetch + parse of ${COUNT} subscriptions (median of ${ROUNDS})`, rawMs, { unit: 'ms' }),
      figure('webhooks.list.bridge', `the same list through the bridge alone (median of ${ROUNDS})`, median(bridge), { unit: 'ms' }),
      figure('webhooks.list.bridgeOpening', 'the bridge alone, while the window changes to its lightest screen (the floor under "opened again")', median(bridgeOpening) / rawMs, {
        unit: '×',
        floor: { label: 'raw fetch', value: round(rawMs), unit: 'ms' },
      }),
      figure('webhooks.list.screen', `Webhooks screen opened until ${COUNT} subscriptions are listed (median of ${ROUNDS})`, appMs, { unit: 'ms' }),
      figure('webhooks.list.ratio', 'screen vs raw fetch', appMs / rawMs, { unit: '×', max: 1.5, floor: { label: 'raw fetch', value: round(rawMs), unit: 'ms' } }),
      figure('webhooks.list.again', `opened again, on the other instance (code has run, list not cached; median of ${ROUNDS})`, againMs, { unit: 'ms' }),
      figure('webhooks.list.againRatio', 'opened again vs raw fetch', againMs / rawMs, {
        unit: '×',
        max: 1.5,
        floor: { label: 'raw fetch', value: round(rawMs), unit: 'ms' },
      }),
    ];
  } finally {
    await browser.close();
    await host.close();
    await services.close();
    await platform.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
