// Projects at scale, measured in Chromium through the browser host against a fake platform
// with 1,000 projects and 5,000 repositories:
// - loading: the Projects screen opened until all 1,000 are in the table and the first
//   rows are in the DOM, against the same list fetched and parsed raw by the same browser;
//   rounds alternate raw / console, each measured on settled pages (settle.ts); the screen
//   is timed at its first opening after a reload, once the window is idle (its code loaded
//   in the background, idle-preload.ts: what an admin meets a moment after start), and
//   again on a second instance of the same platform (its code has run once, the list is
//   not cached); and the floor under that: the list through the bridge alone while the
//   window changes to its lightest screen;
// - filtering: real key presses, each timed from the key event's own timestamp to the
//   moment the table has applied the new text (its `data-filter`) and shows its rows;
// - adding 200 members by pasted list: wall time, throughput and peak concurrency, against
//   the same 200 PUTs sent raw from the page with the same concurrency.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { startFakePlatform } from '../fake-platform/index';
import { fakeProject, projectsOf } from '../fake-platform/areas/projects';
import { createAppServices } from '../../electron/services/app-services';
import { startBrowserHost } from '../../electron/host/browser-host';
import { DEFAULT_CONCURRENCY } from '../../renderer/components/bulk/run-bulk';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../support/chromium';
import { figure, round, type Figure } from './figures';
import { timeBridgeCall, timeBridgeCallWhileOpening } from './bridge-call';
import { switchToOtherInstance } from './other-instance';
import { settle } from './settle';
import { median, percentile } from './timing';

const LOAD_ROUNDS = 7;
const PASTE = 200;
/** Words typed into the filter, then erased key by key: keys, display names, descriptions. */
const FILTER_WORDS = ['payments', 'web', 'jobs-3', 'edge'];

export async function benchProjects(): Promise<Figure[]> {
  const platform = await startFakePlatform({ seed: { users: 5_000, groups: 200 } });
  const world = projectsOf(platform.state);
  for (const key of ['bench-paste', 'bench-raw']) world.projects.set(key, fakeProject(key, { display_name: key }));
  const dataDir = mkdtempSync(join(tmpdir(), 'lilypad-bench-projects-'));
  const services = createAppServices({ dataDir, runtime: 'browser-host' });
  const host = await startBrowserHost({ services, staticDir: join(process.cwd(), 'dist', 'renderer') });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const { admin } = platform.principals;
    const saved = await services.dispatch('instances.save', { name: 'bench', baseUrl: platform.url, authKind: 'basic-password', username: admin.username, secret: admin.password });
    if (!saved.ok) throw new Error(`could not save the bench instance: ${saved.error.message}`);
    await services.dispatch('instances.save', { name: 'bench 2', baseUrl: platform.url, authKind: 'basic-password', username: admin.username, secret: admin.password });
    const projects = world.projects.size;

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
    const app: { firstRows: number; allShown: number; rowElements: number }[] = [];
    const again: number[] = [];
    const bridgeOpening: number[] = [];
    for (let i = 0; i < LOAD_ROUNDS; i++) {
      await settle(rawPage, page);
      raw.push(await rawList(rawPage, auth));
      await settle(page);
      bridge.push(await timeBridgeCall(page, 'projects.list', { instanceId }));
      if (i > 0) {
        await page.evaluate(() => void (window.location.hash = '#/overview'));
        await page.reload();
        await page.waitForSelector('nav');
      }
      await page.waitForLoadState('networkidle');
      await settle(page);
      app.push(await measureLoad(page, projects));
      await page.evaluate(() => void (window.location.hash = '#/overview'));
      await switchToOtherInstance(page);
      await settle(page);
      bridgeOpening.push(await timeBridgeCallWhileOpening(page, 'projects.list', { instanceId }));
      again.push((await measureLoad(page, projects)).allShown);
    }
    const rawMedian = median(raw);
    const allShown = median(app.map((a) => a.allShown));
    const againShown = median(again);

    const keys = await filterKeys(page);

    const people = [...platform.state.users.keys()].filter((name) => name !== 'admin' && name !== 'reader').slice(0, PASTE);
    const rawPaste = await rawPuts(rawPage, auth, people);
    const paste = await measurePaste(page, people);
    const added = world.projects.get('bench-paste')?.users.size ?? 0;

    return [
      figure('projects.seeded', 'projects seeded (repositories)', `${projects} (${platform.state.repositories.length})`),
      figure('projects.firstRows', `time to first rows (median of ${LOAD_ROUNDS})`, median(app.map((a) => a.firstRows)), { unit: 'ms' }),
      figure('projects.allShown', `time to all ${projects} in the table (median of ${LOAD_ROUNDS})`, allShown, {
        unit: 'ms',
        floor: { label: 'raw fetch+JSON.parse of the same list', value: round(rawMedian) },
      }),
      figure('projects.allShownRatio', "all shown / raw (first opening after a reload: the screen's first render, its code loaded in idle time)", allShown / rawMedian, {
        unit: '×',
        max: 1.5,
      }),
      figure('projects.again', `opened again, on the other instance (code has run, list not cached; median of ${LOAD_ROUNDS})`, againShown, {
        unit: 'ms',
        floor: { label: 'raw', value: round(rawMedian) },
      }),
      figure('projects.againRatio', 'opened again / raw', againShown / rawMedian, { unit: '×', max: 1.5 }),
      figure('projects.bridgeOnly', 'bridge only (browser host, no rendering)', median(bridge), { unit: 'ms', floor: { label: 'raw', value: round(rawMedian) } }),
      figure('projects.bridgeOpening', 'bridge only, while the window changes to its lightest screen (the floor under "opened again")', median(bridgeOpening) / rawMedian, {
        unit: '×',
        floor: { label: 'raw', value: round(rawMedian), unit: 'ms' },
      }),
      figure('projects.rowElements', 'row elements in the DOM', app.at(-1)?.rowElements ?? 0),
      figure('projects.filter.p50', `filter: key → rows for the new text in the DOM, p50 (${keys.length} keys)`, median(keys), { unit: 'ms' }),
      figure('projects.filter.p95', 'filter: key → rows for the new text in the DOM, p95', percentile(keys, 95), { unit: 'ms', max: 50 }),
      figure('projects.paste.ms', `paste ${PASTE} usernames: start → all done`, paste.ms, {
        unit: 'ms',
        floor: { label: `raw ${PASTE} PUTs from the page, ${DEFAULT_CONCURRENCY} at a time`, value: round(rawPaste) },
      }),
      figure('projects.paste.throughput', 'paste throughput', (PASTE / paste.ms) * 1000, {
        unit: 'members/s',
        floor: { label: 'raw', value: round((PASTE / rawPaste) * 1000), unit: 'members/s' },
      }),
      figure('projects.paste.peak', 'paste peak concurrency', paste.peak, { max: DEFAULT_CONCURRENCY }),
      figure('projects.paste.added', 'members the platform holds after the paste', added),
    ];
  } finally {
    await browser.close();
    await host.close();
    await services.close();
    await platform.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** Raw baseline: the project list fetched and parsed by the same browser, on the platform's origin. */
function rawList(rawPage: Page, auth: string) {
  return rawPage.evaluate(async (auth) => {
    const start = performance.now();
    const response = await fetch('/access/api/v1/projects', { headers: { authorization: auth } });
    const list = JSON.parse(await response.text()) as unknown[];
    if (!Array.isArray(list)) throw new Error('no list');
    return performance.now() - start;
  }, auth);
}

/** Opens the Projects screen and times, inside the page, the first row and all projects in the table. */
function measureLoad(page: Page, expected: number) {
  return page.evaluate(
    (expected) =>
      new Promise<{ firstRows: number; allShown: number; rowElements: number }>((resolve) => {
        const start = performance.now();
        let firstRows = 0;
        window.location.hash = '#/projects';
        const tick = () => {
          if (!firstRows && document.querySelector('[data-testid="project-row"]')) firstRows = performance.now() - start;
          const table = document.querySelector('[data-testid="projects-table"]');
          if (firstRows && table?.getAttribute('data-loaded-count') === String(expected)) {
            resolve({ firstRows, allShown: performance.now() - start, rowElements: document.querySelectorAll('[data-testid="project-row"]').length });
          } else requestAnimationFrame(tick);
        };
        tick();
      }),
    expected,
  );
}

/** Each key: from the key event's timestamp to the table showing the rows for the new text. */
async function filterKeys(page: Page): Promise<number[]> {
  const samples: number[] = [];
  const input = page.getByTestId('projects-filter');
  await input.click();
  const press = async (key: string) => {
    await page.evaluate(() => {
      const w = window as unknown as { __sample?: Promise<number> };
      const field = document.querySelector<HTMLInputElement>('[data-testid="projects-filter"]')!;
      w.__sample = new Promise<number>((resolve) => {
        let keyAt = 0;
        field.addEventListener('keydown', (event) => void (keyAt = event.timeStamp), { once: true });
        const check = () => {
          const table = document.querySelector('[data-testid="projects-table"]');
          const wanted = field.value.trim().toLowerCase();
          if (keyAt && table?.getAttribute('data-filter') === wanted) resolve(performance.now() - keyAt);
          else requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      });
    });
    await page.keyboard.press(key);
    samples.push(await page.evaluate(() => (window as unknown as { __sample: Promise<number> }).__sample));
  };
  for (const word of FILTER_WORDS) {
    for (const char of word) await press(char);
    for (let i = 0; i < word.length; i++) await press('Backspace');
  }
  return samples;
}

/** The same PUTs the paste sends, raw from the page, at the bulk runner's concurrency. */
function rawPuts(rawPage: Page, auth: string, names: string[]) {
  return rawPage.evaluate(
    async ({ auth, names, concurrency }) => {
      const start = performance.now();
      let next = 0;
      const worker = async () => {
        while (next < names.length) {
          const name = names[next++];
          const response = await fetch(`/access/api/v1/projects/bench-raw/users/${encodeURIComponent(name)}`, {
            method: 'PUT',
            headers: { authorization: auth, 'content-type': 'application/json' },
            body: JSON.stringify({ name, roles: ['Viewer'] }),
          });
          await response.text();
        }
      };
      await Promise.all(Array.from({ length: concurrency }, worker));
      return performance.now() - start;
    },
    { auth, names, concurrency: DEFAULT_CONCURRENCY },
  );
}

/** Opens bench-paste, pastes the names with the Viewer role, and times start → all done. */
async function measurePaste(page: Page, names: string[]): Promise<{ ms: number; peak: number }> {
  await page.getByTestId('projects-filter').fill('bench-paste');
  await page.locator('[data-testid="project-row"][data-key="bench-paste"]').click();
  await page.getByTestId('project-tab-members').click();
  await page.getByTestId('member-paste').click();
  const dialog = page.getByRole('dialog', { name: 'Add members from a list' });
  await dialog.getByTestId('paste-names').fill(names.join('\n'));
  await dialog.getByTestId('bulk-roles').click();
  await page.getByRole('option', { name: 'Viewer', exact: true }).click();
  // The check needs every user of the instance loaded; until then it says so.
  for (let attempt = 0; ; attempt++) {
    await dialog.getByTestId('paste-check').click();
    const ready = await dialog.getByTestId('paste-ready').textContent();
    if (ready?.startsWith(`${names.length} `)) break;
    if (attempt >= 100) throw new Error(`the paste check never found all ${names.length} users: ${ready}`);
    await page.waitForFunction(() => !document.body.textContent?.includes('still loading'), undefined, { polling: 100 });
  }
  await dialog.getByTestId('member-bulk-start').click();
  const started = Date.now();
  const progress = dialog.getByTestId('member-bulk-progress');
  await page.waitForFunction((total) => document.querySelector('[data-testid="member-bulk-progress"]')?.getAttribute('data-done') === String(total), names.length, {
    polling: 'raf',
    timeout: 600_000,
  });
  const ms = Date.now() - started;
  const peak = Number(await progress.getAttribute('data-peak'));
  return { ms, peak };
}
