import { defineConfig } from '@playwright/test';

// One suite, two targets: the browser host in Debian's Chromium (always), and the
// Electron app through _electron where its binary exists (test/e2e/fixtures.ts skips it
// otherwise, saying why).
export default defineConfig({
  testDir: 'test/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  forbidOnly: true,
  reporter: [['list']],
  outputDir: 'test-results',
  use: { trace: 'off', screenshot: 'only-on-failure' },
  projects: [
    { name: 'browser-host', metadata: { target: 'browser-host' } },
    { name: 'electron', metadata: { target: 'electron' } },
  ],
});
