// The scheduler starts the instances that failed last time first: a dead instance then
// waits out its deadline while the live ones share the other lanes, so a cycle lasts about
// one deadline instead of the live instances' time plus a deadline.
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { ScanScheduler, type ScanDefinition } from '../../../electron/services/scans/scan-scheduler';
import type { PlatformHttp } from '../../../electron/services/http/types';
import { instanceProfileSchema } from '../../../shared/areas/instances/model';

const START = Date.UTC(2026, 10, 30, 12);
beforeEach(() => vi.useFakeTimers({ now: START }));
afterEach(() => vi.useRealTimers());

it('a dead instance from the last cycle starts first, and the cycle lasts its deadline', async () => {
  const ids = ['live-1', 'live-2', 'live-3', 'dead'];
  const instances = ids.map((id) => instanceProfileSchema.parse({ id, name: id, baseUrl: `https://${id}.example.test`, authKind: 'token' }));
  const http = {} as PlatformHttp;
  const scheduler = new ScanScheduler({ instances: () => instances, connect: async () => http, concurrency: 2, now: () => Date.now() });
  const started: string[] = [];
  const scan: ScanDefinition<string> = {
    id: 'order.scan',
    intervalMs: 3_600_000,
    timeoutMs: 5_000,
    run: ({ instance }) => {
      started.push(instance.id);
      // Each live instance takes a second; the dead one never answers.
      return instance.id === 'dead' ? new Promise<never>(() => undefined) : new Promise((resolve) => setTimeout(() => resolve('ok'), 1_000));
    },
  };
  scheduler.ensure(scan);
  await vi.advanceTimersByTimeAsync(6_000);
  // First cycle, no history: the dead one queues behind two live ones (1 s + its 5 s).
  expect(started).toEqual(['live-1', 'live-2', 'live-3', 'dead']);
  expect(scheduler.snapshot('order.scan').lastCycleAt).toBe(new Date(START + 6_000).toISOString());

  started.length = 0;
  const cycleStart = Date.now();
  const cycle = scheduler.runNow('order.scan');
  await vi.advanceTimersByTimeAsync(5_000);
  await cycle;
  // Now it starts first; the three live ones run one after another in the other lane meanwhile.
  expect(started).toEqual(['dead', 'live-1', 'live-2', 'live-3']);
  expect(scheduler.snapshot('order.scan').lastCycleAt).toBe(new Date(cycleStart + 5_000).toISOString());
  scheduler.close();
});
