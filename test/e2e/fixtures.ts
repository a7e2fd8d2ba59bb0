// The e2e world, fresh for every test: a fake platform, app services on a temp data dir,
// and the app itself, either the browser host in Debian's Chromium ('browser-host') or the
// Electron app through _electron ('electron', skipped where the binary is absent).
import { test as base, chromium, _electron, type Browser, type ElectronApplication, type Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startFakePlatform, type FakePlatform } from '../fake-platform/index';
import { createAppServices } from '../../electron/services/app-services';
import type { AppServices } from '../../electron/services/app-services-types';
import { startBrowserHost, type BrowserHost } from '../../electron/host/browser-host';
import { findElectronBinary } from '../../electron/host/electron-binary';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../support/chromium';
import { BridgeLog } from './support/bridge-log';

export const ELECTRON_SKIP_REASON = 'Electron binary not available on this machine (it cannot be downloaded here): the electron target runs where the binary exists';

const ROOT = process.cwd();
// Overridable so a run can use a private copy of the build while someone rebuilds dist/.
const RENDERER_DIR = process.env.LILYPAD_E2E_RENDERER_DIR ?? join(ROOT, 'dist', 'renderer');

export interface WorldFixtures {
  platform: FakePlatform;
  dataDir: string;
  /** The services behind the browser host; null on the electron target (they live in its main process). */
  services: AppServices | null;
  host: BrowserHost | null;
  bridgeLog: BridgeLog;
  /** Starts another fake platform that closes with the test (e.g. for switching between two). */
  extraPlatform: (options?: Parameters<typeof startFakePlatform>[0]) => Promise<FakePlatform>;
}

interface WorkerFixtures {
  /** Launches Debian's Chromium on first use; one per worker. */
  launchBrowser: () => Promise<Browser>;
}

const isElectron = (projectName: string) => projectName === 'electron';

export const test = base.extend<WorldFixtures, WorkerFixtures>({
  launchBrowser: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      let browser: Promise<Browser> | undefined;
      await use(() => (browser ??= chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS })));
      if (browser) await (await browser).close();
    },
    { scope: 'worker' },
  ],

  // eslint-disable-next-line no-empty-pattern
  platform: async ({}, use) => {
    const platform = await startFakePlatform({ mode: 'self-hosted', seed: 'minimal' });
    await use(platform);
    await platform.close();
  },

  // eslint-disable-next-line no-empty-pattern
  extraPlatform: async ({}, use) => {
    const started: FakePlatform[] = [];
    await use(async (options) => {
      const platform = await startFakePlatform({ mode: 'self-hosted', seed: 'minimal', ...options });
      started.push(platform);
      return platform;
    });
    await Promise.all(started.map((platform) => platform.close()));
  },

  // eslint-disable-next-line no-empty-pattern
  dataDir: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'lilypad-e2e-'));
    await use(dir);
    rmSync(dir, { recursive: true, force: true });
  },

  services: async ({ dataDir }, use, testInfo) => {
    if (isElectron(testInfo.project.name)) {
      await use(null);
      return;
    }
    const services = createAppServices({ dataDir, runtime: 'browser-host' });
    await use(services);
    await services.close();
  },

  host: async ({ services }, use) => {
    if (!services) {
      await use(null);
      return;
    }
    const host = await startBrowserHost({ services, staticDir: RENDERER_DIR });
    await use(host);
    await host.close();
  },

  // eslint-disable-next-line no-empty-pattern
  bridgeLog: async ({}, use) => {
    await use(new BridgeLog());
  },

  page: async ({ host, dataDir, bridgeLog, launchBrowser }, use, testInfo) => {
    if (isElectron(testInfo.project.name)) {
      const binary = findElectronBinary(ROOT);
      test.skip(!binary, ELECTRON_SKIP_REASON);
      let app: ElectronApplication | undefined;
      try {
        app = await _electron.launch({
          executablePath: binary ?? undefined,
          args: [join(ROOT, 'dist', 'electron', 'main.cjs')],
          env: { ...process.env, LILYPAD_DATA_DIR: dataDir } as Record<string, string>,
        });
        const window = await app.firstWindow();
        await use(window);
      } finally {
        await app?.close();
      }
      return;
    }
    if (!host) throw new Error('The browser host did not start');
    const browser = await launchBrowser();
    const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 860 } });
    const page: Page = await context.newPage();
    bridgeLog.attach(page);
    await page.goto(host.url);
    // The link's one-time code is traded for this tab's session; a test that reloads before
    // that finished would lose both (the code is spent), so wait for the session first.
    await page.waitForFunction(() => sessionStorage.getItem('lilypad-session') !== null);
    await use(page);
    await context.close();
  },
});

export { expect } from '@playwright/test';
