// The scheduler of scans across instances: bounded concurrency, per-instance deadlines that
// hold even when a scan ignores its signal, back-off of failing instances, read-only
// clients, intervals and pause. Time is vitest's fake clock; nothing waits for real.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ScanScheduler, type ScanDefinition } from '../../../electron/services/scans/scan-scheduler';
import type { PlatformHttp, PlatformRequest } from '../../../electron/services/http/types';
import { instanceProfileSchema, type InstanceProfile } from '../../../shared/areas/instances/model';
import { ApiFailure } from '../../../shared/errors';

const profile = (id: string): InstanceProfile => instanceProfileSchema.parse({ id, name: `Instance ${id}`, baseUrl: `https://${id}.example.test`, authKind: 'token' });

function setup(ids: string[], options: { concurrency?: number } = {}) {
  const sent: PlatformRequest[] = [];
  const http = (id: string): PlatformHttp => ({
    request: async (req) => {
      sent.push(req);
      return { status: 200, headers: {}, text: id };
    },
    json: async <T>(req: PlatformRequest) => {
      sent.push(req);
      return { id } as T;
    },
    download: async () => {
      throw new Error('no download in these tests');
    },
  });
  const instances = ids.map(profile);
  const scheduler = new ScanScheduler({ instances: () => instances, connect: async (id) => http(id), concurrency: options.concurrency, now: () => Date.now() });
  return { scheduler, sent, instances };
}

const never = () => new Promise<never>(() => undefined);

describe('ScanScheduler', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: Date.UTC(2026, 10, 30, 12) });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('a hanging instance costs its deadline, not more, and the others report on time', async () => {
    const { scheduler } = setup(['a', 'hang', 'b', 'c']);
    const scan: ScanDefinition<string> = {
      id: 'test.scan',
      intervalMs: 60_000,
      timeoutMs: 5_000,
      // The hanging one ignores its signal on purpose: the race must still end it.
      run: ({ instance }) => (instance.id === 'hang' ? never() : Promise.resolve(`ok ${instance.id}`)),
    };
    scheduler.ensure(scan);
    const cycle = scheduler.runNow<string>('test.scan');
    await vi.advanceTimersByTimeAsync(4_999);
    expect(
      scheduler
        .snapshot<string>('test.scan')
        .instances.filter((s) => s.status === 'ok')
        .map((s) => s.instanceId)
        .sort(),
    ).toEqual(['a', 'b', 'c']);
    await vi.advanceTimersByTimeAsync(1);
    const snapshot = await cycle;
    const hung = snapshot.instances.find((s) => s.instanceId === 'hang');
    expect(hung).toMatchObject({ status: 'failed', error: { kind: 'timeout' }, consecutiveFailures: 1 });
    expect(Date.now() - Date.UTC(2026, 10, 30, 12)).toBe(5_000);
    scheduler.close();
  });

  it('never runs more instances at once than its concurrency', async () => {
    const { scheduler } = setup(['1', '2', '3', '4', '5', '6', '7'], { concurrency: 3 });
    let running = 0;
    let peak = 0;
    // Each run waits until the test lets it finish, so "at once" is a state, not a duration.
    const waiting: (() => void)[] = [];
    scheduler.ensure<number>({
      id: 'bounded',
      intervalMs: 60_000,
      timeoutMs: 10_000,
      run: async () => {
        running++;
        peak = Math.max(peak, running);
        await new Promise<void>((release) => waiting.push(release));
        running--;
        return 1;
      },
    });
    await vi.advanceTimersByTimeAsync(1);
    while (waiting.length > 0) {
      expect(running).toBeLessThanOrEqual(3);
      for (const release of waiting.splice(0)) release();
      await vi.advanceTimersByTimeAsync(1);
    }
    expect(peak).toBe(3);
    expect(scheduler.snapshot<number>('bounded').instances.every((s) => s.status === 'ok')).toBe(true);
    scheduler.close();
  });

  it('backs off an instance that keeps failing, says until when, and a success clears it', async () => {
    const { scheduler } = setup(['flaky']);
    let fail = true;
    let calls = 0;
    scheduler.ensure<string>({
      id: 'backoff',
      intervalMs: 10_000,
      timeoutMs: 1_000,
      run: async () => {
        calls++;
        if (fail) throw new ApiFailure({ kind: 'network', message: 'refused' });
        return 'up';
      },
    });
    await vi.advanceTimersByTimeAsync(0); // first cycle: failure 1, checked again next cycle
    expect(scheduler.snapshot('backoff').instances[0]).toMatchObject({ consecutiveFailures: 1 });
    expect(scheduler.snapshot('backoff').instances[0].nextCheckAt).toBeUndefined();
    await vi.advanceTimersByTimeAsync(10_000); // failure 2: waits two intervals
    const second = scheduler.snapshot('backoff').instances[0];
    expect(second).toMatchObject({ consecutiveFailures: 2, status: 'failed' });
    expect(Date.parse(second.nextCheckAt!)).toBe(Date.now() + 20_000);
    await vi.advanceTimersByTimeAsync(10_000); // a cycle runs, but the instance is not due
    expect(calls).toBe(2);
    fail = false;
    await vi.advanceTimersByTimeAsync(10_000);
    expect(calls).toBe(3);
    expect(scheduler.snapshot<string>('backoff').instances[0]).toMatchObject({ status: 'ok', value: 'up', consecutiveFailures: 0 });
    scheduler.close();
  });

  it('on demand checks backed-off instances too', async () => {
    const { scheduler } = setup(['down']);
    let calls = 0;
    scheduler.ensure({
      id: 'demand',
      intervalMs: 10_000,
      timeoutMs: 1_000,
      run: async () => {
        calls++;
        throw new Error('down');
      },
    });
    await vi.advanceTimersByTimeAsync(10_000);
    expect(calls).toBe(2);
    await scheduler.runNow('demand');
    expect(calls).toBe(3);
    scheduler.close();
  });

  it('gives scans a client that refuses anything but GET and HEAD, before sending', async () => {
    const { scheduler, sent } = setup(['x']);
    scheduler.ensure({
      id: 'writes',
      intervalMs: 60_000,
      timeoutMs: 1_000,
      run: async ({ http }) => {
        await http.json({ method: 'GET', path: '/artifactory/api/system/version' });
        await http.request({ method: 'DELETE', path: '/access/api/v2/users/alice' });
        return 'never';
      },
    });
    const snapshot = await scheduler.runNow('writes');
    expect(sent.map((req) => `${req.method} ${req.path}`)).toEqual(['GET /artifactory/api/system/version']);
    expect(snapshot.instances[0]).toMatchObject({ status: 'failed', error: { message: expect.stringContaining('may only read') } });
    scheduler.close();
  });

  it('covers only the instances the scan applies to, and follows the interval, pause and resume', async () => {
    const { scheduler } = setup(['cloud', 'onprem']);
    let calls = 0;
    scheduler.ensure({ id: 'some', intervalMs: 30_000, timeoutMs: 1_000, appliesTo: (i) => i.id === 'onprem', run: async () => ++calls });
    await vi.advanceTimersByTimeAsync(0);
    expect(scheduler.snapshot('some').instances.map((s) => s.instanceId)).toEqual(['onprem']);
    scheduler.setInterval('some', 5_000);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(calls).toBe(2);
    scheduler.setPaused('some', true);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(calls).toBe(2);
    expect(scheduler.snapshot('some').paused).toBe(true);
    scheduler.setPaused('some', false);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(calls).toBe(3);
    scheduler.close();
  });

  it('tells listeners after each cycle', async () => {
    const { scheduler } = setup(['a']);
    scheduler.ensure({ id: 'heard', intervalMs: 1_000, timeoutMs: 500, run: async () => 'v' });
    const heard: number[] = [];
    scheduler.onCycle('heard', (snapshot) => heard.push(snapshot.instances.length));
    await vi.advanceTimersByTimeAsync(2_000);
    expect(heard.length).toBeGreaterThanOrEqual(2);
    scheduler.close();
  });

  it("lets one area read another's scan only when it is registered", async () => {
    const { scheduler } = setup(['a']);
    expect(scheduler.has('licenses.expiry')).toBe(false);
    expect(scheduler.peek('licenses.expiry')).toBeUndefined();
    scheduler.ensure({ id: 'licenses.expiry', intervalMs: 60_000, timeoutMs: 1_000, run: async () => ({ daysLeft: 12 }) });
    await vi.advanceTimersByTimeAsync(0);
    expect(scheduler.has('licenses.expiry')).toBe(true);
    expect(scheduler.peek<{ daysLeft: number }>('licenses.expiry')?.instances[0].value).toEqual({ daysLeft: 12 });
    scheduler.close();
  });

  it('a scan registered paused runs no cycle until resumed', async () => {
    const { scheduler } = setup(['a']);
    let calls = 0;
    scheduler.ensure({ id: 'paused', intervalMs: 1_000, timeoutMs: 500, paused: true, run: async () => ++calls });
    await vi.advanceTimersByTimeAsync(10_000);
    expect(calls).toBe(0);
    expect(scheduler.snapshot('paused')).toMatchObject({ paused: true, instances: [] });
    scheduler.setPaused('paused', false);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(calls).toBe(1);
    scheduler.close();
  });

  it('takes its timers from the options: a manual clock decides when a deadline passes', async () => {
    vi.useRealTimers();
    let now = 0;
    const pending: { at: number; run: () => void }[] = [];
    const timers = {
      setTimeout: (run: () => void, ms: number) => {
        const timer = { at: now + ms, run };
        pending.push(timer);
        return timer;
      },
      clearTimeout: (handle: unknown) => {
        const index = pending.indexOf(handle as (typeof pending)[number]);
        if (index >= 0) pending.splice(index, 1);
      },
    };
    const instances = ['ok', 'hang'].map(profile);
    const scheduler = new ScanScheduler({ instances: () => instances, connect: async () => ({}) as PlatformHttp, now: () => now, timers });
    scheduler.ensure<string>({
      id: 'manual',
      intervalMs: 60_000,
      timeoutMs: 5_000,
      paused: true,
      run: ({ instance }) => (instance.id === 'hang' ? never() : Promise.resolve('up')),
    });
    const cycle = scheduler.runNow<string>('manual');
    await new Promise((resolve) => setImmediate(resolve));
    expect(scheduler.snapshot<string>('manual').instances.find((s) => s.instanceId === 'ok')?.status).toBe('ok');
    // Only the hanging instance's deadline is left; moving the clock to it ends the cycle.
    expect(pending.map((timer) => timer.at)).toEqual([5_000]);
    now = 5_000;
    pending.shift()!.run();
    const snapshot = await cycle;
    expect(snapshot.instances.find((s) => s.instanceId === 'hang')).toMatchObject({ status: 'failed', durationMs: 5_000, error: { kind: 'timeout' } });
    scheduler.close();
  });
});
