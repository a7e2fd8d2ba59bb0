// Cold start: from nothing running to the Overview showing the demo instance's router
// health (services and browser host started, Chromium launched, console loaded, first
// calls answered), against the floor: Chromium launched and showing a static page from a
// bare HTTP server. Runs alternate (floor, console, floor, …) so a change in the machine's
// load hits both; medians of 5.
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { chromium } from '@playwright/test';
import { startFakePlatform } from '../fake-platform/index';
import { createAppServices } from '../../electron/services/app-services';
import { startBrowserHost } from '../../electron/host/browser-host';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../support/chromium';
import { figure, round, type Figure } from './figures';
import { median } from './timing';

const RUNS = 5;
const STATIC_PAGE = '<!doctype html><html><head><title>floor</title></head><body><p id="ready">static page</p></body></html>';

async function floorRun(url: string): Promise<number> {
  const start = performance.now();
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const page = await (await browser.newContext()).newPage();
    await page.goto(url);
    await page.locator('#ready').waitFor({ state: 'visible' });
    return performance.now() - start;
  } finally {
    await browser.close();
  }
}

async function consoleRun(platformUrl: string, admin: { username: string; password: string }): Promise<number> {
  const dataDir = mkdtempSync(join(tmpdir(), 'lilypad-cold-'));
  const start = performance.now();
  const services = createAppServices({ dataDir, runtime: 'browser-host' });
  // Secrets live in memory in the browser host, so the instance is saved as part of the run.
  const saved = await services.dispatch('instances.save', {
    name: 'Demo',
    baseUrl: platformUrl,
    authKind: 'basic-password',
    username: admin.username,
    secret: admin.password,
    demo: true,
  });
  if (!saved.ok) throw new Error(saved.error.message);
  const host = await startBrowserHost({ services, staticDir: join(process.cwd(), 'dist', 'renderer') });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const page = await (await browser.newContext()).newPage();
    await page.goto(host.url);
    await page.getByTestId('router-health').waitFor({ state: 'visible', timeout: 60_000 });
    return performance.now() - start;
  } finally {
    await browser.close();
    await host.close();
    await services.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

export async function benchColdStart(): Promise<Figure[]> {
  const platform = await startFakePlatform({ seed: 'demo' });
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(STATIC_PAGE);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const staticUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  const floor: number[] = [];
  const cold: number[] = [];
  try {
    for (let run = 0; run < RUNS; run++) {
      floor.push(await floorRun(staticUrl));
      cold.push(await consoleRun(platform.url, platform.principals.admin));
    }
  } finally {
    server.close();
    await platform.close();
  }
  const floorMs = median(floor);
  const coldMs = median(cold);
  return [
    figure('cold.console', `cold start to router health (median of ${RUNS})`, coldMs, { unit: 'ms', floor: { label: 'Chromium launch + static page', value: round(floorMs) } }),
    figure('cold.overFloor', 'cold start − floor (what Lilypad adds)', coldMs - floorMs, { unit: 'ms' }),
    figure('cold.ratio', 'cold start / floor', coldMs / floorMs, { unit: '×' }),
  ];
}
