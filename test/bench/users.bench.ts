// Users at scale, measured in Chromium through the browser host against a fake platform
// with 100,000 users: first rows, all loaded (against a raw fetch + JSON.parse of the
// same pages in the same run), filter keystroke latency, heap after load, and a bulk
// action over 1,000 users (throughput and the concurrency the page reached).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { startFakePlatform } from '../fake-platform/index';
import { baseUser } from '../fake-platform/support/principals';
import { createAppServices } from '../../electron/services/app-services';
import { startBrowserHost } from '../../electron/host/browser-host';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../support/chromium';
import { percentile, median } from './timing';

export interface UsersBenchContext {
  executablePath?: string;
  args?: string[];
  users?: number;
}

const BULK = 1_000;
const PAGE = 10_000;

export async function benchUsers(ctx: UsersBenchContext = {}): Promise<Record<string, number | string>> {
  const users = ctx.users ?? 100_000;
  const platform = await startFakePlatform({ seed: { users: users - BULK, groups: 2_000 } });
  // The bulk run's own users, so deleting nothing real and easy to select by filter.
  for (let i = 0; i < BULK; i++) {
    const name = `bench-bulk-${String(i).padStart(4, '0')}`;
    platform.state.users.set(name, baseUser(name, { password: 'Bench-Passw0rd' }));
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'lilypad-bench-users-'));
  const services = createAppServices({ dataDir, runtime: 'browser-host' });
  const host = await startBrowserHost({ services, staticDir: join(process.cwd(), 'dist', 'renderer') });
  const browser = await chromium.launch({ executablePath: ctx.executablePath ?? CHROMIUM_PATH, args: ctx.args ?? CHROMIUM_ARGS });
  try {
    const { admin } = platform.principals;
    const saved = await services.dispatch('instances.save', { name: 'bench', baseUrl: platform.url, authKind: 'basic-password', username: admin.username, secret: admin.password });
    if (!saved.ok) throw new Error(`could not save the bench instance: ${saved.error.message}`);

    const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
    // tsx (esbuild keepNames) wraps named functions in __name(); the page has no such helper.
    await context.addInitScript('globalThis.__name = (fn) => fn;');
    const page = await context.newPage();
    await page.goto(host.url);
    await page.waitForSelector('nav');
    const load = await measureLoad(page);
    const keystrokes = await measureFilter(page, [...platform.state.users.keys()]);
    const heap = await heapAfterGc(page);
    const bulk = await measureBulk(page);
    const instanceId = (saved.value as { id: string }).id;
    // The bridge alone (browser host → platform and back, no rendering), to split the overhead.
    const bridgeOnly = await page.evaluate(async ({ instanceId, limit }) => {
      const token = sessionStorage.getItem('lilypad-session') ?? '';
      const start = performance.now();
      let cursor: string | undefined;
      do {
        const response = await fetch('api/call/users.page', {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-lilypad-session': token },
          body: JSON.stringify({ instanceId, limit, ...(cursor ? { cursor } : {}) }),
        });
        const result = (await response.json()) as { ok: boolean; value: { cursor?: string } };
        if (!result.ok) throw new Error('bridge call failed');
        cursor = result.value.cursor || undefined;
      } while (cursor);
      return performance.now() - start;
    }, { instanceId, limit: PAGE });

    // Raw baseline: the same pages fetched and parsed in the same browser, on the platform's own origin.
    const rawPage = await context.newPage();
    await rawPage.goto(`${platform.url}/artifactory/api/system/ping`);
    const auth = `Basic ${Buffer.from(`${admin.username}:${admin.password}`).toString('base64')}`;
    const raw = await rawPage.evaluate(async ({ auth, limit }) => {
      const start = performance.now();
      let first = 0;
      let cursor: string | undefined;
      let count = 0;
      do {
        const url = `/access/api/v2/users?limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
        const response = await fetch(url, { headers: { authorization: auth } });
        const page = JSON.parse(await response.text()) as { users: unknown[]; cursor?: string };
        count += page.users.length;
        if (!first) first = performance.now() - start;
        cursor = page.cursor || undefined;
      } while (cursor);
      return { first, all: performance.now() - start, count };
    }, { auth, limit: PAGE });

    return {
      'users: seeded': users,
      'users: time to first rows (ms)': round(load.firstRows),
      'users: time to all loaded (ms)': round(load.allLoaded),
      'users: raw fetch+JSON.parse, first page (ms)': round(raw.first),
      'users: raw fetch+JSON.parse, all pages (ms)': round(raw.all),
      'users: bridge only (browser host, no rendering), all pages (ms)': round(bridgeOnly),
      'users: all loaded / raw (ratio)': round(load.allLoaded / raw.all, 2),
      'users: bridge only / raw (ratio)': round(bridgeOnly / raw.all, 2),
      'users: row elements in the DOM after load': load.rowElements,
      'users: filter keystroke → list updated p50 (ms)': round(median(keystrokes)),
      'users: filter keystroke → list updated p95 (target ≤ 50)': round(percentile(keystrokes, 95)),
      'users: JS heap after load and GC (MB)': round(heap / 1048576),
      [`users: bulk expire over ${BULK} users (ms)`]: round(bulk.ms),
      'users: bulk throughput (users/s)': round((BULK / bulk.ms) * 1000),
      'users: bulk peak concurrency': bulk.peak,
      'users: bulk failures': bulk.summary,
    };
  } finally {
    await browser.close();
    await host.close();
    await services.close();
    await platform.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** Opens the Users screen and times, inside the page, the first row and the last page. */
async function measureLoad(page: Page) {
  return page.evaluate(
    () =>
      new Promise<{ firstRows: number; allLoaded: number; rowElements: number }>((resolve) => {
        const start = performance.now();
        let firstRows = 0;
        window.location.hash = '#/users';
        const tick = () => {
          if (!firstRows && document.querySelector('[data-testid="user-row"]')) firstRows = performance.now() - start;
          const table = document.querySelector('[data-testid="users-table"]');
          if (firstRows && table?.getAttribute('data-done') === 'true') {
            resolve({ firstRows, allLoaded: performance.now() - start, rowElements: document.querySelectorAll('[data-testid="user-row"]').length });
          } else requestAnimationFrame(tick);
        };
        tick();
      }),
  );
}

/** Types prefixes of real names and deletes them again; each sample is keystroke → rows for that text painted. */
async function measureFilter(page: Page, names: string[]): Promise<number[]> {
  const texts: string[] = [];
  for (const name of [names[12_345], names[67_890], names[88_888]]) {
    const word = name.slice(0, 7);
    for (let i = 1; i <= word.length; i++) texts.push(word.slice(0, i));
    for (let i = word.length - 1; i >= 0; i--) texts.push(word.slice(0, i));
  }
  return page.evaluate(async (sequence) => {
    const input = document.querySelector<HTMLInputElement>('[data-testid="users-filter"]')!;
    const table = document.querySelector('[data-testid="users-table"]')!;
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
    const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
    const samples: number[] = [];
    for (const text of sequence) {
      const start = performance.now();
      setValue.call(input, text);
      input.dispatchEvent(new Event('input', { bubbles: true }));
      while (table.getAttribute('data-filter') !== text.toLowerCase()) await frame();
      await frame();
      samples.push(performance.now() - start);
    }
    return samples;
  }, texts);
}

async function heapAfterGc(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize;
}

async function measureBulk(page: Page) {
  await page.getByTestId('users-filter').fill('bench-bulk-');
  await page.locator('[data-testid="users-table"][data-filter="bench-bulk-"]').waitFor();
  await page.getByTestId('select-all-matching').click();
  await page.getByRole('button', { name: 'Expire passwords' }).click();
  const start = Date.now();
  await page.getByTestId('bulk-start').click();
  await page.getByTestId('bulk-summary').waitFor({ timeout: 300_000 });
  const ms = Date.now() - start;
  const peak = Number(await page.getByTestId('bulk-progress').getAttribute('data-peak'));
  const summary = (await page.getByTestId('bulk-summary').textContent()) ?? '';
  return { ms, peak, summary };
}

const round = (value: number, digits = 1) => Number(value.toFixed(digits));
