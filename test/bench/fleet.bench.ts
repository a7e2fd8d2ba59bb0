// The fleet at scale: 50 instances (3 hanging, 2 refusing connections) served by a child
// process, so this process stands for main. One poll cycle against its deadline, main's CPU
// per cycle, RSS with 30 days of history loaded (10,944 cycles), the store's size, one
// cycle's write (SQLite transaction against a JSON-lines append + fsync, same data, same
// run), and the fleet screen's time to interactive in Chromium.
import { spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, closeSync, fsyncSync, mkdtempSync, openSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { chromium } from '@playwright/test';
import { createAppServices } from '../../electron/services/app-services';
import { startBrowserHost } from '../../electron/host/browser-host';
import { createPlatformHttp } from '../../electron/services/http/client';
import { FleetService, HISTORY_FILE } from '../../electron/services/fleet/fleet-service';
import { FLEET_SCAN_ID } from '../../electron/services/fleet/health-scan';
import { HistoryStore } from '../../electron/services/fleet/history-store';
import { holdMsFor } from '../../electron/services/fleet/history-math';
import { ScanScheduler } from '../../electron/services/scans/scan-scheduler';
import type { FleetSample, FleetState } from '../../shared/areas/fleet/model';
import type { InstanceProfile } from '../../shared/areas/instances/model';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../support/chromium';
import { median } from './timing';

const INSTANCES = 50;
const HANGING = 3;
const REFUSING = 2;
const TIMEOUT_MS = 2_000;
const CYCLES = 8;
const MIN = 60_000;
const DAY = 24 * 60 * MIN;

interface Served {
  name: string;
  url: string;
  username: string;
  password: string;
}

function startPlatforms(): Promise<{ child: ChildProcess; served: Served[] }> {
  const root = process.cwd();
  const child = spawn(
    process.execPath,
    [join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(root, 'test', 'bench', 'support', 'fleet-platforms.ts'), String(INSTANCES), String(HANGING), String(REFUSING)],
    {
      stdio: ['pipe', 'pipe', 'inherit'],
    },
  );
  return new Promise((resolve, reject) => {
    let buffer = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      if (buffer.includes('\n')) resolve({ child, served: JSON.parse(buffer.split('\n')[0]) as Served[] });
    });
    child.on('exit', (code) => reject(new Error(`the platforms process exited (${code})`)));
  });
}

/** 30 days: every 5 minutes until 48 h ago, then every minute; a few incidents per instance. */
function* historyCycles(ids: string[], now: number): Generator<{ at: number; samples: { instanceId: string; sample: FleetSample }[] }> {
  const start = now - 30 * DAY;
  const dense = now - 2 * DAY;
  for (let at = start; at < now; at += at < dense ? 5 * MIN : MIN) {
    yield {
      at,
      samples: ids.map((instanceId, index) => {
        // Each instance has trouble for an hour every few days, at its own time.
        const trouble = Math.floor((at + index * 7 * 3_600_000) / 3_600_000) % (72 + index) === 0;
        const state: FleetState = trouble ? (index % 2 ? 'unhealthy' : 'unreachable') : 'healthy';
        const sample: FleetSample = { at, state, problems: trouble ? [{ serviceId: 'jfac@node-1', state: 'UNHEALTHY', message: 'Access cannot reach its database' }] : [] };
        if (state !== 'unreachable') {
          sample.responseMs = 20 + ((at / MIN + index) % 30);
          sample.version = index % 10 === 0 ? '7.104.2' : '7.111.4';
        }
        return { instanceId, sample };
      }),
    };
  }
}

async function seedHistory(path: string, ids: string[], now: number): Promise<{ cycles: number; ms: number }> {
  const store = await HistoryStore.open(path);
  const started = performance.now();
  let cycles = 0;
  let batch: { instanceId: string; sample: FleetSample }[] = [];
  for (const cycle of historyCycles(ids, now)) {
    cycles++;
    batch.push(...cycle.samples);
    if (batch.length >= 20_000) {
      store.writeCycle({ samples: batch, incidents: [], notifications: [] });
      batch = [];
    }
  }
  store.writeCycle({ samples: batch, incidents: [], notifications: [] });
  store.maintain(now, holdMsFor(MIN), new Set(ids));
  store.close();
  return { cycles, ms: performance.now() - started };
}

/** One cycle's write (50 samples), SQLite in WAL against JSON lines appended and fsynced, same data. */
async function measureWrites(dir: string): Promise<{ sqlite: number; jsonl: number }> {
  const store = await HistoryStore.open(join(dir, 'write-bench.sqlite'));
  const ids = Array.from({ length: INSTANCES }, (_, i) => `w${i}`);
  const cycles = [...historyCycles(ids, Date.UTC(2026, 0, 2))].slice(0, 200);
  const sqliteTimes: number[] = [];
  for (const cycle of cycles) {
    const started = performance.now();
    store.writeCycle({ samples: cycle.samples, incidents: [], notifications: [] });
    sqliteTimes.push(performance.now() - started);
  }
  store.close();
  const file = join(dir, 'write-bench.jsonl');
  appendFileSync(file, '');
  const fd = openSync(file, 'a');
  const jsonlTimes: number[] = [];
  for (const cycle of cycles) {
    const started = performance.now();
    writeSync(fd, cycle.samples.map((entry) => JSON.stringify(entry)).join('\n') + '\n');
    fsyncSync(fd);
    jsonlTimes.push(performance.now() - started);
  }
  closeSync(fd);
  return { sqlite: median(sqliteTimes), jsonl: median(jsonlTimes) };
}

const sizeOf = (path: string) => [path, `${path}-wal`].reduce((total, file) => total + (statSync(file, { throwIfNoEntry: false })?.size ?? 0), 0);
const round = (value: number, digits = 1) => Number(value.toFixed(digits));

export async function benchFleet(): Promise<Record<string, number | string>> {
  const { child, served } = await startPlatforms();
  const dataDir = mkdtempSync(join(tmpdir(), 'lilypad-bench-fleet-'));
  const services = createAppServices({ dataDir, runtime: 'browser-host' });
  try {
    const ids: string[] = [];
    for (const platform of served) {
      const saved = await services.dispatch('instances.save', {
        name: platform.name,
        baseUrl: platform.url,
        authKind: 'basic-password',
        username: platform.username,
        secret: platform.password,
        environment: ids.length % 3 ? 'PROD' : 'DEV',
      });
      if (!saved.ok) throw new Error(`could not save ${platform.name}: ${saved.error.message}`);
      ids.push((saved.value as { id: string }).id);
    }
    const listed = await services.dispatch('instances.list', {});
    const profiles = (listed.ok ? listed.value : []) as InstanceProfile[];

    const storePath = join(dataDir, HISTORY_FILE);
    const now = Date.now();
    const seeded = await seedHistory(storePath, ids, now);
    const storeBytes = sizeOf(storePath);
    const writes = await measureWrites(dataDir);

    // Polling, in this process, against the child's platforms: cycle time, CPU, RSS.
    const rssBefore = process.memoryUsage().rss;
    const secrets = new Map(served.map((platform, index) => [ids[index], platform.password]));
    const scans = new ScanScheduler({
      instances: () => profiles,
      connect: async (id) => createPlatformHttp({ profile: profiles.find((p) => p.id === id)!, secret: secrets.get(id) }),
    });
    const loadStarted = performance.now();
    const fleet = new FleetService({ scans, instances: () => profiles, dataDir, storePath, timeoutMs: TIMEOUT_MS });
    await fleet.overview();
    const loadMs = performance.now() - loadStarted;
    await scans.runNow(FLEET_SCAN_ID); // the first cycle (started by the service) and warm-up
    const cycleTimes: number[] = [];
    const cpuStart = process.cpuUsage();
    for (let i = 0; i < CYCLES; i++) {
      const started = performance.now();
      await scans.runNow(FLEET_SCAN_ID);
      cycleTimes.push(performance.now() - started);
    }
    const cpu = process.cpuUsage(cpuStart);
    const overview = await fleet.overview();
    globalThis.gc?.();
    const rssAfter = process.memoryUsage().rss;
    fleet.close();
    scans.close();

    // The screen, in Chromium through the browser host, on the same 30 days of history.
    const host = await startBrowserHost({ services, staticDir: join(process.cwd(), 'dist', 'renderer') });
    const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
    let tti: number[] = [];
    let screenError = '';
    let overviewCall = 0;
    const mainThread: number[] = [];
    try {
      const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
      await context.addInitScript('globalThis.__name = (fn) => fn;');
      const page = await context.newPage();
      await page.goto(host.url);
      await page.waitForSelector('[data-testid="fleet-badge"]', { timeout: 60_000 });
      tti = [];
      // Main-thread work of the renderer, which a busy machine does not inflate the way it inflates wall time.
      const cdp = await context.newCDPSession(page);
      await cdp.send('Performance.enable');
      const taskSeconds = async () => (await cdp.send('Performance.getMetrics')).metrics.find((metric) => metric.name === 'TaskDuration')?.value ?? 0;
      for (let run = 0; run < 5; run++) {
        // Away to a screen that needs no data, then back: each run mounts the fleet screen afresh.
        await page.evaluate(() => (window.location.hash = '#/snippet-generator'));
        await page
          .getByRole('heading', { level: 1 })
          .filter({ hasText: /snippet/i })
          .waitFor({ timeout: 60_000 });
        const before = await taskSeconds();
        tti.push(
          await page.evaluate(
            (count) =>
              new Promise<number>((resolve) => {
                const start = performance.now();
                window.location.hash = '#/fleet';
                const tick = () => {
                  if (document.querySelectorAll('[data-testid="fleet-row"]').length === count && document.querySelectorAll('[data-testid="status-bar"]').length === count) {
                    // Interactive: the frame after the rows painted.
                    requestAnimationFrame(() => resolve(performance.now() - start));
                  } else requestAnimationFrame(tick);
                };
                tick();
              }),
            INSTANCES,
          ),
        );
        mainThread.push((await taskSeconds()) - before);
      }
      // The bridge alone: one fleet.overview call from the page, no rendering.
      overviewCall = await page.evaluate(async () => {
        const token = sessionStorage.getItem('lilypad-session') ?? '';
        const times: number[] = [];
        for (let i = 0; i < 5; i++) {
          const start = performance.now();
          await (await fetch('api/call/fleet.overview', { method: 'POST', headers: { 'content-type': 'application/json', 'x-lilypad-session': token }, body: '{}' })).json();
          times.push(performance.now() - start);
        }
        return times.sort((a, b) => a - b)[2];
      });
      await context.close();
    } catch (error) {
      screenError = error instanceof Error ? error.message.split('\n')[0] : String(error);
    } finally {
      await browser.close();
      await host.close();
    }

    const dead = overview.rows.filter((row) => row.state === 'unreachable').length;
    return {
      'fleet: instances (hanging + refusing)': `${INSTANCES} (${HANGING} + ${REFUSING})`,
      'fleet: unreachable after the cycles': dead,
      [`fleet: one poll cycle, median of ${CYCLES} (ms; target ≤ ${TIMEOUT_MS + 200})`]: round(median(cycleTimes)),
      'fleet: slowest poll cycle (ms)': round(Math.max(...cycleTimes)),
      'fleet: main CPU per cycle (ms, user+system)': round((cpu.user + cpu.system) / 1000 / CYCLES),
      'fleet: history seeded (cycles × instances)': `${seeded.cycles} × ${INSTANCES}`,
      'fleet: seeding 30 days, batched (ms)': round(seeded.ms),
      'fleet: store size on disk, 30 days × 50 (MB)': round(storeBytes / 1048576, 2),
      'fleet: service start, open + restore (ms)': round(loadMs),
      'fleet: RSS before loading the fleet (MB)': round(rssBefore / 1048576),
      'fleet: RSS with 30 days loaded, after the cycles (MB)': round(rssAfter / 1048576),
      'fleet: one cycle written, SQLite WAL transaction, median (ms)': round(writes.sqlite, 3),
      'fleet: one cycle written, JSON lines append + fsync, median (ms)': round(writes.jsonl, 3),
      'fleet: fleet.overview through the browser host, median of 5 (ms)': round(overviewCall),
      'fleet: screen render, renderer main-thread work, median of 5 (ms)': mainThread.length ? round(median(mainThread) * 1000) : '—',
      'fleet: screen time to interactive, median of 5 (ms; target ≤ 500)': tti.length ? round(median(tti)) : `not measured: ${screenError}`,
    };
  } finally {
    await services.close();
    child.stdin?.end();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
