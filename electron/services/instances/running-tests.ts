// Connection tests in flight, by the id the window gave each, so "Cancel" can reach one
// through any binding: Electron's IPC has no way to abort an invoke, so the window sends
// instances.cancelTest with the id (the browser host also aborts when the request closes).
import type { AreaService } from '../areas/types';

/** Ids cancelled before their test arrived (the two calls may race over HTTP); bounded. */
const EARLY_LIMIT = 64;

export interface RunningTest {
  signal: AbortSignal;
  /** Call when the test ends, however it ends. */
  done(): void;
}

export class RunningTests implements AreaService {
  private readonly running = new Map<string, AbortController>();
  private readonly cancelledEarly: string[] = [];

  /** A test without an id can still be aborted by `parent` (the caller's signal), not by id. */
  start(testId: string | undefined, parent?: AbortSignal): RunningTest {
    const controller = new AbortController();
    const signal = parent ? AbortSignal.any([controller.signal, parent]) : controller.signal;
    if (testId === undefined) return { signal, done: () => undefined };
    this.running.get(testId)?.abort();
    this.running.set(testId, controller);
    const early = this.cancelledEarly.indexOf(testId);
    if (early >= 0) {
      this.cancelledEarly.splice(early, 1);
      controller.abort();
    }
    return {
      signal,
      done: () => {
        if (this.running.get(testId) === controller) this.running.delete(testId);
      },
    };
  }

  /** True when a running test was aborted; an unknown id is remembered in case its test is still on the way. */
  cancel(testId: string): boolean {
    const controller = this.running.get(testId);
    if (controller) {
      controller.abort();
      this.running.delete(testId);
      return true;
    }
    this.cancelledEarly.push(testId);
    if (this.cancelledEarly.length > EARLY_LIMIT) this.cancelledEarly.shift();
    return false;
  }

  get size(): number {
    return this.running.size;
  }

  close(): void {
    for (const controller of this.running.values()) controller.abort();
    this.running.clear();
  }
}
