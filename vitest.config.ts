import { defineConfig } from 'vitest/config';

// Timeouts are generous because the machines that run this are busy (shared cores); they
// bound hangs, never how fast something is: speed is a bench figure (test/bench).
export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts', 'test/integration/**/*.test.ts', 'test/system/**/*.test.ts', 'test/bridge/**/*.test.ts', 'test/tooling/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // expect.poll waits for a state; one second (the default) is too short on a loaded machine.
    expect: { poll: { timeout: 10_000 } },
    // A retry would hide a flaky test; it must fail instead.
    retry: 0,
    pool: 'forks',
  },
});
