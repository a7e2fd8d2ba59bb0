// Bounded concurrency for the groups list's lazy details.
import { describe, expect, it } from 'vitest';
import { createLimiter } from '../../../../renderer/areas/groups/limit-concurrency';

/** A task the test finishes by hand, so nothing depends on timing. */
function gate<T>(value: T) {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  let started = false;
  return {
    task: async () => {
      started = true;
      await opened;
      return value;
    },
    open: () => open(),
    get started() {
      return started;
    },
  };
}

const flush = () => new Promise((resolve) => setImmediate(resolve));

describe('concurrency limiter', () => {
  it('runs at most max tasks at once, the rest in order as slots free up', async () => {
    const limit = createLimiter(2);
    const gates = [gate('a'), gate('b'), gate('c'), gate('d')];
    const results = gates.map((g) => limit(g.task));
    await flush();
    expect(gates.map((g) => g.started)).toEqual([true, true, false, false]);
    expect([limit.active, limit.queued]).toEqual([2, 2]);
    gates[1].open();
    await flush();
    expect(gates.map((g) => g.started)).toEqual([true, true, true, false]);
    gates[0].open();
    gates[2].open();
    await flush();
    gates[3].open();
    await expect(Promise.all(results)).resolves.toEqual(['a', 'b', 'c', 'd']);
    expect([limit.active, limit.queued]).toEqual([0, 0]);
  });

  it('drops a queued task whose signal aborted, without running it', async () => {
    const limit = createLimiter(1);
    const first = gate(1);
    const skipped = gate(2);
    const last = gate(3);
    const controller = new AbortController();
    const running = limit(first.task);
    const dropped = limit(skipped.task, controller.signal);
    const after = limit(last.task);
    controller.abort(new Error('scrolled away'));
    first.open();
    last.open();
    await expect(running).resolves.toBe(1);
    await expect(dropped).rejects.toThrow('scrolled away');
    await expect(after).resolves.toBe(3);
    expect(skipped.started).toBe(false);
  });

  it('a failing task frees its slot and rejects only its own caller', async () => {
    const limit = createLimiter(1);
    const failing = limit(() => Promise.reject(new Error('403')));
    const next = limit(() => Promise.resolve('ok'));
    await expect(failing).rejects.toThrow('403');
    await expect(next).resolves.toBe('ok');
  });
});
