// Bridge overhead: the same `system.version` call made raw (straight to the platform),
// through the services (dispatch → validation → platform client) and through the browser
// host (HTTP + session → services). Each path's client is the same in raw and bridged form:
// Node's fetch for the Node figures, the page's fetch in Chromium for the browser figures
// (how the console really calls the host). Blocks of calls alternate between the paths so
// a change in the machine's load hits all of them.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { chromium } from '@playwright/test';
import { startFakePlatform } from '../fake-platform/index';
import { createAppServices } from '../../electron/services/app-services';
import { startBrowserHost, type BrowserHost } from '../../electron/host/browser-host';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../support/chromium';
import { figure, round, type Figure } from './figures';

const ROUNDS = 10;
const PER_ROUND = 200;
const WARM_UP = 50;

/** Headers a Node client sends to call the browser host (one place to change if the host's session scheme changes). */
export const hostHeaders = (host: BrowserHost): Record<string, string> => ({ 'content-type': 'application/json', 'x-lilypad-session': host.token });

/** Runs each path's block of calls in turn, ROUNDS times; total ms per path. */
async function alternate(paths: Record<string, (count: number) => Promise<void>>): Promise<Record<string, number>> {
  const totals: Record<string, number> = {};
  for (const [name, run] of Object.entries(paths)) {
    await run(WARM_UP);
    totals[name] = 0;
  }
  for (let round = 0; round < ROUNDS; round++) {
    for (const [name, run] of Object.entries(paths)) {
      const start = performance.now();
      await run(PER_ROUND);
      totals[name] += performance.now() - start;
    }
  }
  return totals;
}

export async function benchBridge(): Promise<Figure[]> {
  const platform = await startFakePlatform({ seed: 'minimal' });
  const dataDir = mkdtempSync(join(tmpdir(), 'lilypad-bench-'));
  const services = createAppServices({ dataDir, runtime: 'browser-host' });
  const host = await startBrowserHost({ services, staticDir: join(process.cwd(), 'dist', 'renderer') });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const { admin } = platform.principals;
    const saved = await services.dispatch('instances.save', {
      name: 'bench',
      baseUrl: platform.url,
      authKind: 'basic-password',
      username: admin.username,
      secret: admin.password,
    });
    if (!saved.ok) throw new Error(`could not save the bench instance: ${saved.error.message}`);
    const instanceId = (saved.value as { id: string }).id;
    const versionUrl = `${platform.url}/artifactory/api/system/version`;
    const auth = `Basic ${Buffer.from(`${admin.username}:${admin.password}`).toString('base64')}`;
    const callUrl = `${host.origin}/api/call/system.version`;
    const body = JSON.stringify({ instanceId });

    const node = await alternate({
      raw: async (count) => {
        for (let i = 0; i < count; i++) JSON.parse(await (await fetch(versionUrl, { headers: { authorization: auth } })).text());
      },
      services: async (count) => {
        for (let i = 0; i < count; i++) {
          const result = await services.dispatch('system.version', { instanceId });
          if (!result.ok) throw new Error(result.error.message);
        }
      },
      host: async (count) => {
        for (let i = 0; i < count; i++) {
          const result = JSON.parse(await (await fetch(callUrl, { method: 'POST', headers: hostHeaders(host), body })).text()) as { ok: boolean };
          if (!result.ok) throw new Error('host call failed');
        }
      },
    });

    // In Chromium: a page on the platform's origin calls it directly; the console's page calls the host.
    const context = await browser.newContext();
    const rawPage = await context.newPage();
    await rawPage.goto(`${platform.url}/artifactory/api/system/ping`);
    const consolePage = await context.newPage();
    await consolePage.goto(host.url);
    await consolePage.waitForSelector('nav');
    const inPage = {
      raw: (count: number) =>
        rawPage.evaluate(
          async ({ count, auth }) => {
            for (let i = 0; i < count; i++) JSON.parse(await (await fetch('/artifactory/api/system/version', { headers: { authorization: auth } })).text());
          },
          { count, auth },
        ),
      host: (count: number) =>
        consolePage.evaluate(
          async ({ count, body }) => {
            const token = sessionStorage.getItem('lilypad-session') ?? '';
            for (let i = 0; i < count; i++) {
              const response = await fetch('api/call/system.version', { method: 'POST', headers: { 'content-type': 'application/json', 'x-lilypad-session': token }, body });
              if (!(JSON.parse(await response.text()) as { ok: boolean }).ok) throw new Error('host call failed');
            }
          },
          { count, body },
        ),
    };
    const page = await alternate(inPage);

    const calls = ROUNDS * PER_ROUND;
    const perCall = (ms: number) => round((ms / calls) * 1000) / 1000;
    return [
      figure('bridge.calls', 'calls per path (alternating blocks)', `${calls} (${ROUNDS} × ${PER_ROUND})`),
      figure('bridge.node.services', 'Node: services per call', perCall(node.services), { unit: 'ms', floor: { label: 'raw fetch+JSON.parse', value: perCall(node.raw) } }),
      figure('bridge.node.host', 'Node: browser host per call', perCall(node.host), { unit: 'ms', floor: { label: 'raw fetch+JSON.parse', value: perCall(node.raw) } }),
      figure('bridge.node.servicesRatio', 'Node: services / raw', node.services / node.raw, { unit: '×', max: 1.3 }),
      figure('bridge.node.hostRatio', 'Node: browser host / raw', node.host / node.raw, { unit: '×', max: 1.5 }),
      figure('bridge.page.host', 'Chromium page: browser host per call', perCall(page.host), {
        unit: 'ms',
        floor: { label: 'page fetch to the platform', value: perCall(page.raw) },
      }),
      figure('bridge.page.hostRatio', 'Chromium page: browser host / raw', page.host / page.raw, { unit: '×', max: 1.5 }),
    ];
  } finally {
    await browser.close();
    await host.close();
    await services.close();
    await platform.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
