import { availableParallelism } from 'node:os';
import { defineConfig } from '@playwright/test';

// One suite, two targets: the browser host in Debian's Chromium (always), and the
// Electron app through _electron where its binary exists (test/e2e/fixtures.ts skips it
// otherwise, saying why).
//
// Made for a loaded machine: each worker runs a browser, a host and fake platforms, so
// CI gets one worker per two cores; every step (action, assertion, navigation) has its own
// bound, so a hang fails at the step that hung, and the whole-test budget is only a
// backstop that a slow but healthy run on shared cores stays well inside; no retries,
// because a retry hides a flaky test.
export default defineConfig({
  testDir: 'test/e2e',
  timeout: 180_000,
  expect: { timeout: 15_000 },
  fullyParallel: true,
  workers: process.env.CI ? Math.max(1, Math.floor(availableParallelism() / 2)) : undefined,
  retries: 0,
  forbidOnly: true,
  reporter: [['list']],
  outputDir: 'test-results',
  // Reduced motion: the app then animates nothing, so no click lands on a menu still growing into place.
  use: { reducedMotion: 'reduce', trace: 'off', screenshot: 'only-on-failure', actionTimeout: 15_000, navigationTimeout: 30_000 },
  projects: [
    { name: 'browser-host', metadata: { target: 'browser-host' } },
    { name: 'electron', metadata: { target: 'electron' } },
  ],
});
