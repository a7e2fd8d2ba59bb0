// Users at scale, measured in Chromium through the browser host against a fake platform
// with 100,000 users:
// - loading: first rows and all rows, against the same pages fetched and parsed raw by the
//   same browser, and the bridge alone; rounds alternate raw / bridge / console;
// - filtering: real key presses (Chromium's input pipeline), each timed from the key
//   event's own timestamp to the moment the list in the DOM holds the rows for the new
//   text, and to the end of the next frame;
// - sorting: a click on each column header (both directions) to the new order in the DOM;
// - the e-mail/admin columns: how many user details were read (rows in view only);
// - heap after load, and a bulk action over 1,000 users.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { startFakePlatform } from '../fake-platform/index';
import { baseUser } from '../fake-platform/support/principals';
import { createAppServices } from '../../electron/services/app-services';
import { startBrowserHost } from '../../electron/host/browser-host';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../support/chromium';
import { figure, round, type Figure } from './figures';
import { settle } from './settle';
import { median, percentile } from './timing';
import { benchUserLogic } from './users-logic.bench';

export interface UsersBenchContext {
  executablePath?: string;
  args?: string[];
  users?: number;
}

const BULK = 1_000;
const PAGE = 10_000;
const LOAD_ROUNDS = 5;
const SORT_COLUMNS = ['Username', 'E-mail', 'Realm', 'Status', 'Admin'];

export async function benchUsers(ctx: UsersBenchContext = {}): Promise<Figure[]> {
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
    const instanceId = (saved.value as { id: string }).id;

    const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
    // tsx (esbuild keepNames) wraps named functions in __name(); the page has no such helper.
    await context.addInitScript('globalThis.__name = (fn) => fn;');
    const rawPage = await context.newPage();
    await rawPage.goto(`${platform.url}/artifactory/api/system/ping`);
    const page = await context.newPage();
    await page.goto(host.url);
    await page.waitForSelector('nav');
    const auth = `Basic ${Buffer.from(`${admin.username}:${admin.password}`).toString('base64')}`;

    const raw: { first: number; all: number }[] = [];
    const bridge: number[] = [];
    const app: { firstRows: number; allLoaded: number; rowElements: number }[] = [];
    for (let round = 0; round < LOAD_ROUNDS; round++) {
      await settle(rawPage, page);
      raw.push(await rawLoad(rawPage, auth));
      await settle(page);
      bridge.push(await bridgeLoad(page, instanceId));
      if (round > 0) {
        // A fresh page each round, opened on the Overview: nothing of the previous load is kept.
        await page.evaluate(() => void (window.location.hash = '#/overview'));
        await page.reload();
        await page.waitForSelector('nav');
      }
      await page.waitForLoadState('networkidle');
      await settle(page);
      app.push(await measureLoad(page));
    }
    const rawAll = median(raw.map((r) => r.all));
    const rawFirst = median(raw.map((r) => r.first));
    const allLoaded = median(app.map((a) => a.allLoaded));
    const bridgeAll = median(bridge);

    const detailsAfterLoad = await detailsRead(page, platform.requests);
    const steps = keySteps([...platform.state.users.keys()]);
    const keystrokes = await pressKeys(page, '[data-testid="users-filter"]', steps);
    const sorts = await measureSorts(page);
    const heap = await heapAfterGc(page);
    const details = await detailsRead(page, platform.requests);
    const bulk = await measureBulk(page);
    const floorPage = await context.newPage();
    const floor = await keyFloor(floorPage, steps);

    const typed = keystrokes.filter((k) => k.typed);
    const dom = keystrokes.map((k) => k.dom);
    return [
      figure('users.seeded', 'users seeded', users),
      figure('users.firstRows', `time to first rows (median of ${LOAD_ROUNDS})`, median(app.map((a) => a.firstRows)), {
        unit: 'ms',
        floor: { label: 'raw first page', value: round(rawFirst) },
      }),
      figure('users.allLoaded', `time to all loaded (median of ${LOAD_ROUNDS})`, allLoaded, {
        unit: 'ms',
        floor: { label: 'raw fetch+JSON.parse of the same pages', value: round(rawAll) },
      }),
      figure('users.allLoadedRatio', 'all loaded / raw', allLoaded / rawAll, { unit: '×', max: 1.3 }),
      figure('users.bridgeOnly', 'bridge only (browser host, no rendering), all pages', bridgeAll, { unit: 'ms', floor: { label: 'raw', value: round(rawAll) } }),
      figure('users.bridgeOnlyRatio', 'bridge only / raw', bridgeAll / rawAll, { unit: '×', max: 1.5 }),
      figure('users.rowElements', 'row elements in the DOM after load', app.at(-1)?.rowElements ?? 0),
      figure('users.filter.p50', `filter: key → new rows in the DOM, p50 (${dom.length} keys)`, median(dom), { unit: 'ms' }),
      figure('users.filter.p95', 'filter: key → new rows in the DOM, p95', percentile(dom, 95), {
        unit: 'ms',
        max: 16,
        floor: {
          label: 'same keys, a page with no list, p95',
          value: round(
            percentile(
              floor.map((k) => k.dom),
              95,
            ),
          ),
        },
      }),
      figure(
        'users.filter.typedP95',
        `filter: same, p95 of keys that add a character (${typed.length}; no kept answer)`,
        percentile(
          typed.map((k) => k.dom),
          95,
        ),
        { unit: 'ms', max: 16 },
      ),
      figure(
        'users.filter.cpuP95',
        'filter: main-thread CPU per key, p95',
        percentile(
          keystrokes.map((k) => k.cpu),
          95,
        ),
        {
          unit: 'ms',
          max: 16,
          floor: {
            label: 'no-list page',
            value: round(
              percentile(
                floor.map((k) => k.cpu),
                95,
              ),
            ),
          },
        },
      ),
      figure(
        'users.filter.frameP95',
        'filter: key → end of the frame showing them, p95',
        percentile(
          keystrokes.map((k) => k.frame),
          95,
        ),
        { unit: 'ms' },
      ),
      figure('users.filter.wrongRows', 'filter: samples whose first row did not match the text', keystrokes.filter((k) => !k.rowsMatch).length),
      figure(
        'users.sort.max',
        `sort: click → new order in the DOM, slowest of ${sorts.length} (${SORT_COLUMNS.join(', ')}; both directions)`,
        Math.max(...sorts.map((s) => s.ms)),
        { unit: 'ms', max: 50 },
      ),
      figure('users.sort.cpuMax', 'sort: main-thread CPU per click, slowest', Math.max(...sorts.map((s) => s.cpu)), { unit: 'ms', max: 50 }),
      figure('users.sort.median', 'sort: click → new order in the DOM, median', median(sorts.map((s) => s.ms)), { unit: 'ms' }),
      figure('users.details.afterLoad', 'details read (users.get) after load, rows in view only', detailsAfterLoad),
      figure('users.details.afterAll', 'details read after filtering and sorting (never all users)', details),
      figure('users.heap', 'JS heap after load and GC', heap / 1048576, { unit: 'MB' }),
      figure('users.bulk.ms', `bulk expire over ${BULK} users`, bulk.ms, { unit: 'ms' }),
      figure('users.bulk.throughput', 'bulk throughput', (BULK / bulk.ms) * 1000, { unit: 'users/s' }),
      figure('users.bulk.peak', 'bulk peak concurrency', bulk.peak),
      figure('users.bulk.result', 'bulk result', bulk.summary),
      ...benchUserLogic(),
    ];
  } finally {
    await browser.close();
    await host.close();
    await services.close();
    await platform.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** Raw baseline: every page fetched and parsed by the same browser, on the platform's own origin. */
function rawLoad(rawPage: Page, auth: string) {
  return rawPage.evaluate(
    async ({ auth, limit }) => {
      const start = performance.now();
      let first = 0;
      let cursor: string | undefined;
      do {
        const url = `/access/api/v2/users?limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
        const response = await fetch(url, { headers: { authorization: auth } });
        const page = JSON.parse(await response.text()) as { users: unknown[]; cursor?: string };
        if (!first) first = performance.now() - start;
        cursor = page.cursor || undefined;
      } while (cursor);
      return { first, all: performance.now() - start };
    },
    { auth, limit: PAGE },
  );
}

/** The bridge alone: the same pages through the browser host, parsed, nothing rendered. */
function bridgeLoad(page: Page, instanceId: string) {
  return page.evaluate(
    async ({ instanceId, limit }) => {
      const token = sessionStorage.getItem('lilypad-session') ?? '';
      const start = performance.now();
      let cursor: string | undefined;
      do {
        const response = await fetch('api/call/users.page', {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-lilypad-session': token },
          body: JSON.stringify({ instanceId, limit, ...(cursor ? { cursor } : {}) }),
        });
        const result = JSON.parse(await response.text()) as { ok: boolean; value: { cursor?: string } };
        if (!result.ok) throw new Error('bridge call failed');
        cursor = result.value.cursor || undefined;
      } while (cursor);
      return performance.now() - start;
    },
    { instanceId, limit: PAGE },
  );
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

interface KeySample {
  /** Key event → the list in the DOM shows the rows for the new text. */
  dom: number;
  /** CPU time of the page's main thread from before the key to after the sample (less the bench's own calls). */
  cpu: number;
  /** Key event → the end of the next frame after that (a task queued from requestAnimationFrame). */
  frame: number;
  /** The key added a character (no answer kept from earlier keys could serve it). */
  typed: boolean;
  rowsMatch: boolean;
}

/**
 * In the page: times one trigger (a key, a click) from its event's timestamp to the DOM
 * change that `done()` recognises, then to the end of the next frame.
 */
const INSTALL_RECORDER = `(() => {
  const table = document.querySelector('[data-testid="users-table"]');
  const recorder = { start: 0, pending: null };
  const observer = new MutationObserver(() => {
    const pending = recorder.pending;
    if (!pending || !pending.done(table)) return;
    recorder.pending = null;
    const dom = performance.now() - recorder.start;
    const first = table.querySelector('[data-testid="user-row"]');
    const sample = { dom, first: first ? first.getAttribute('data-username') : null, filter: table.getAttribute('data-filter') };
    requestAnimationFrame(() => setTimeout(() => { sample.frame = performance.now() - recorder.start; pending.resolve(sample); }, 0));
  });
  observer.observe(table, { attributes: true, childList: true, subtree: true, characterData: true });
  for (const type of ['keydown', 'click']) document.addEventListener(type, (event) => { recorder.start = event.timeStamp; }, true);
  window.__recorder = recorder;
})()`;

/** Arms the recorder for the next trigger; the promise it leaves resolves with the sample. */
function arm(page: Page, attribute: string, expected: string) {
  return page.evaluate(
    ({ attribute, expected }) => {
      const recorder = (window as unknown as { __recorder: { pending: unknown; result?: Promise<unknown> } }).__recorder;
      recorder.result = new Promise((resolve) => {
        recorder.pending = { done: (table: Element) => table.getAttribute(attribute) === expected, resolve };
      });
    },
    { attribute, expected },
  );
}

const collect = (page: Page) =>
  page.evaluate(() => (window as unknown as { __recorder: { result: Promise<{ dom: number; frame: number; first: string | null; filter: string }> } }).__recorder.result);

/**
 * CPU time of the page's main thread (Chromium's ThreadTime metric), with what the bench's
 * own calls cost on that thread measured once and taken off: the figure a busy machine
 * does not inflate, beside the wall-clock one that it does.
 */
async function cpuMeter(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' } as never);
  const now = async () => ((await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ThreadTime')?.value ?? 0) * 1000;
  const idle: number[] = [];
  for (let i = 0; i < 9; i++) {
    const before = await now();
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
    idle.push((await now()) - before);
  }
  const overhead = median(idle);
  return { now, overhead, close: () => cdp.detach() };
}

interface KeyStep {
  key: string;
  text: string;
  typed: boolean;
}

/** The first 7 characters of three real names typed, then deleted again, key by key. */
function keySteps(names: string[]): KeyStep[] {
  const steps: KeyStep[] = [];
  for (const name of [names[12_345], names[67_890], names[88_888]]) {
    const word = name.slice(0, 7);
    for (let i = 1; i <= word.length; i++) steps.push({ key: word[i - 1], text: word.slice(0, i), typed: true });
    for (let i = word.length - 1; i >= 0; i--) steps.push({ key: 'Backspace', text: word.slice(0, i), typed: false });
  }
  return steps;
}

/** Presses each key in the focused input of `page` and records key → DOM, frame and CPU. */
async function pressKeys(page: Page, input: string, steps: KeyStep[]): Promise<KeySample[]> {
  await page.evaluate(INSTALL_RECORDER);
  const cpu = await cpuMeter(page);
  await page.locator(input).click();
  const samples: KeySample[] = [];
  for (const step of steps) {
    await arm(page, 'data-filter', step.text.trim().toLowerCase());
    const before = await cpu.now();
    await page.keyboard.press(step.key);
    const sample = await collect(page);
    const used = (await cpu.now()) - before - cpu.overhead;
    samples.push({ dom: sample.dom, cpu: Math.max(0, used), frame: sample.frame, typed: step.typed, rowsMatch: !step.text || Boolean(sample.first?.includes(step.text)) });
  }
  await cpu.close();
  return samples;
}

/**
 * The floor: the same keys in a page that only copies the input's text into an attribute
 * (no list at all), in the same browser and run. What this machine needs for a key to
 * reach the DOM whatever the page does.
 */
async function keyFloor(page: Page, steps: KeyStep[]): Promise<KeySample[]> {
  await page.setContent(
    `<input data-testid="users-filter"><div data-testid="users-table" data-filter=""><div data-testid="user-row"></div></div>
     <script>
       const input = document.querySelector('input');
       const out = document.querySelector('[data-testid="users-table"]');
       input.addEventListener('input', () => { out.setAttribute('data-filter', input.value.trim().toLowerCase()); out.firstElementChild.setAttribute('data-username', input.value); });
     </script>`,
  );
  return pressKeys(page, '[data-testid="users-filter"]', steps);
}

/** Clicks each column header twice (ascending, descending); click → the new order in the DOM. */
async function measureSorts(page: Page): Promise<{ column: string; ms: number; cpu: number }[]> {
  const out: { column: string; ms: number; cpu: number }[] = [];
  const cpu = await cpuMeter(page);
  for (const column of SORT_COLUMNS) {
    for (const direction of ['ascending', 'descending']) {
      const button = page.getByRole('columnheader', { name: column }).getByRole('button');
      await button.waitFor();
      await arm(page, 'data-sort', `${column.toLowerCase().replace('-', '')}:${direction}`);
      const before = await cpu.now();
      await button.click();
      const sample = await collect(page);
      out.push({ column: `${column} ${direction}`, ms: sample.dom, cpu: Math.max(0, (await cpu.now()) - before - cpu.overhead) });
    }
  }
  await cpu.close();
  return out;
}

/** users.get requests the platform has answered so far (one per user whose details were read). */
async function detailsRead(page: Page, requests: { method: string; path: string }[]): Promise<number> {
  // Let the rows in view settle and their reads finish.
  await page.waitForTimeout(1_000);
  await page.waitForLoadState('networkidle');
  return requests.filter((r) => r.method === 'GET' && /^\/access\/api\/v2\/users\/[^/]+$/.test(r.path)).length;
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
