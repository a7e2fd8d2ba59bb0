// For tests on vitest's fake timers. expect.poll and vi.waitFor move fake time on by their
// interval while they wait, so such tests wait for events instead: here, "the code under
// test has set a timer of this length".
import { vi } from 'vitest';

export interface TimerWatch {
  /** Delays of every setTimeout since the watch began, in order. */
  readonly delays: number[];
  /** Resolves once the nth timer of `ms` has been set (counting those already set). */
  whenSet(ms: number, nth?: number): Promise<void>;
  restore(): void;
}

/** Call after vi.useFakeTimers(): records each setTimeout and still schedules it on the fake clock. */
export function watchTimers(): TimerWatch {
  const schedule = globalThis.setTimeout;
  const delays: number[] = [];
  const waiters: { ms: number; nth: number; resolve: () => void }[] = [];
  const setCount = (ms: number) => delays.filter((delay) => delay === ms).length;
  const spy = vi.spyOn(globalThis, 'setTimeout').mockImplementation(((handler: () => void, ms?: number, ...args: unknown[]) => {
    const id = schedule(handler, ms, ...args);
    delays.push(ms ?? 0);
    for (const waiter of waiters.filter((w) => setCount(w.ms) >= w.nth)) {
      waiters.splice(waiters.indexOf(waiter), 1);
      waiter.resolve();
    }
    return id;
  }) as typeof setTimeout);
  return {
    delays,
    whenSet(ms, nth = 1) {
      if (setCount(ms) >= nth) return Promise.resolve();
      return new Promise((resolve) => waiters.push({ ms, nth, resolve }));
    },
    restore: () => spy.mockRestore(),
  };
}
