// Cold start: from "start the browser host" to the Overview showing the demo instance's
// router health in a fresh Chromium context. Median of 5.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { chromium } from '@playwright/test';
import { startFakePlatform } from '../fake-platform/index';
import { createAppServices } from '../../electron/services/app-services';
import { startBrowserHost } from '../../electron/host/browser-host';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../support/chromium';
import { median } from './timing';

const RUNS = 5;

export async function benchColdStart(): Promise<Record<string, number | string>> {
  const platform = await startFakePlatform({ seed: 'demo' });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const times: number[] = [];
  try {
    for (let run = 0; run < RUNS; run++) {
      const dataDir = mkdtempSync(join(tmpdir(), 'lilypad-cold-'));
      const seedServices = createAppServices({ dataDir, runtime: 'browser-host' });
      const { admin } = platform.principals;
      const saved = await seedServices.dispatch('instances.save', {
        name: 'Demo', baseUrl: platform.url, authKind: 'basic-password', username: admin.username, secret: admin.password, demo: true,
      });
      if (!saved.ok) throw new Error(saved.error.message);
      await seedServices.close();

      const start = performance.now();
      // Secrets live in memory in the browser host, so the timed run reuses the seeding services' store by re-saving.
      const services = createAppServices({ dataDir, runtime: 'browser-host' });
      await services.dispatch('instances.save', { ...(saved.value as object), secret: admin.password });
      const host = await startBrowserHost({ services, staticDir: join(process.cwd(), 'dist', 'renderer') });
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(host.url);
      await page.getByTestId('router-health').waitFor({ state: 'visible', timeout: 30_000 });
      times.push(performance.now() - start);
      await context.close();
      await host.close();
      await services.close();
    }
  } finally {
    await browser.close();
    await platform.close();
  }
  return { 'cold start: runs': RUNS, 'cold start: median to router health (ms)': Math.round(median(times)) };
}
