import { describe, expect, it } from 'vitest';
import { runBulk, type BulkProgress } from '../../../../renderer/components/bulk/run-bulk';

/** An action whose calls wait until the test lets them finish; it counts what runs at once. */
function gatedAction(fail: (item: string) => string | null = () => null) {
  const waiting: (() => void)[] = [];
  const started: string[] = [];
  let running = 0;
  let peak = 0;
  const action = async (item: string) => {
    started.push(item);
    running++;
    peak = Math.max(peak, running);
    await new Promise<void>((resolve) => waiting.push(resolve));
    running--;
    const reason = fail(item);
    if (reason) throw new Error(reason);
  };
  const releaseAll = async () => {
    // Each release can start another item; keep going until nothing waits.
    for (let round = 0; round < 1000 && waiting.length; round++) {
      waiting.splice(0).forEach((resolve) => resolve());
      for (let i = 0; i < 5; i++) await Promise.resolve();
    }
  };
  return { action, started, waiting, peak: () => peak, releaseAll };
}

const items = (n: number) => Array.from({ length: n }, (_, i) => `user-${i}`);

describe('runBulk', () => {
  it('runs every item with at most `concurrency` in flight and gives one result per item, in input order', async () => {
    const gate = gatedAction();
    const reports: BulkProgress[] = [];
    const run = runBulk(items(20), gate.action, { concurrency: 3, onProgress: (p) => reports.push(p) });
    for (let i = 0; i < 5; i++) await Promise.resolve();
    expect(gate.started).toEqual(['user-0', 'user-1', 'user-2']);
    await gate.releaseAll();
    const results = await run;
    expect(results.map((r) => r.item)).toEqual(items(20));
    expect(results.every((r) => r.outcome === 'ok')).toBe(true);
    expect(gate.peak()).toBe(3);
    expect(reports.every((p) => p.inFlight <= 3 && p.peakInFlight <= 3)).toBe(true);
    expect(reports.at(-1)).toMatchObject({ done: 20, failed: 0, total: 20, inFlight: 0, peakInFlight: 3 });
  });

  it('reports each failure with its reason, described by the caller, and goes on with the rest', async () => {
    const gate = gatedAction((item) => (item === 'user-1' || item === 'user-3' ? `boom ${item}` : null));
    const run = runBulk(items(5), gate.action, { concurrency: 2, describeError: (e) => `described: ${(e as Error).message}` });
    await gate.releaseAll();
    const results = await run;
    expect(results.filter((r) => r.outcome === 'failed')).toEqual([
      { item: 'user-1', outcome: 'failed', message: 'described: boom user-1' },
      { item: 'user-3', outcome: 'failed', message: 'described: boom user-3' },
    ]);
    expect(results.filter((r) => r.outcome === 'ok')).toHaveLength(3);
  });

  it('after cancel, sends nothing more and lists every unsent item as cancelled', async () => {
    const gate = gatedAction();
    const controller = new AbortController();
    const run = runBulk(items(10), gate.action, { concurrency: 4, signal: controller.signal });
    for (let i = 0; i < 5; i++) await Promise.resolve();
    controller.abort();
    await gate.releaseAll();
    const results = await run;
    expect(gate.started).toEqual(['user-0', 'user-1', 'user-2', 'user-3']);
    expect(results.slice(0, 4).every((r) => r.outcome === 'ok')).toBe(true);
    expect(results.slice(4)).toEqual(
      items(10)
        .slice(4)
        .map((item) => ({ item, outcome: 'cancelled' })),
    );
  });

  it('handles an empty list and a concurrency below one', async () => {
    expect(await runBulk([], async () => undefined)).toEqual([]);
    const gate = gatedAction();
    const run = runBulk(items(3), gate.action, { concurrency: 0 });
    for (let i = 0; i < 5; i++) await Promise.resolve();
    expect(gate.started).toEqual(['user-0']);
    await gate.releaseAll();
    expect((await run).map((r) => r.outcome)).toEqual(['ok', 'ok', 'ok']);
    expect(gate.peak()).toBe(1);
  });

  it('reports at most once per frame, and its last state before the run resolves', async () => {
    const gate = gatedAction();
    const frames: (() => void)[] = [];
    const reports: BulkProgress[] = [];
    const run = runBulk(items(20), gate.action, { concurrency: 4, onProgress: (p) => reports.push(p), nextFrame: (draw) => frames.push(draw) });
    for (let i = 0; i < 5; i++) await Promise.resolve();
    // The start is reported at once; the four calls that left since wait for one frame.
    expect(reports).toEqual([{ done: 0, failed: 0, total: 20, inFlight: 0, peakInFlight: 0 }]);
    expect(frames).toHaveLength(1);
    frames.shift()!();
    expect(reports.at(-1)).toEqual({ done: 0, failed: 0, total: 20, inFlight: 4, peakInFlight: 4 });
    await gate.releaseAll();
    await run;
    // Forty changes since, one frame asked for and never drawn: the run gave its end itself.
    expect(frames).toHaveLength(1);
    expect(reports).toHaveLength(3);
    expect(reports.at(-1)).toEqual({ done: 20, failed: 0, total: 20, inFlight: 0, peakInFlight: 4 });
    frames.shift()!();
    expect(reports).toHaveLength(3);
  });
});
