// The one scheduler of scans across saved instances (fleet health, token expiry, license
// expiry…). Each scan runs over every instance it applies to, on its interval and on
// demand, with bounded concurrency and a per-instance deadline, so a dead, hanging or
// TLS-broken instance never delays the others. An instance that keeps failing is backed
// off (its next check waits longer) and the state says so. Scans get a read-only client.
import type { InstanceProfile } from '../../../shared/areas/instances/model';
import type { ScanInstanceState, ScanSnapshot } from '../../../shared/api/scans';
import { ApiFailure, type ApiError } from '../../../shared/errors';
import type { PlatformHttp } from '../http/types';
import { readOnlyHttp } from './read-only-http';

export interface ScanContext {
  instance: InstanceProfile;
  /** GET and HEAD only. */
  http: PlatformHttp;
  /** Aborted at the per-instance deadline or when the scheduler closes. */
  signal: AbortSignal;
}

export interface ScanDefinition<R> {
  /** e.g. 'fleet.health', 'tokens.expiry'. */
  id: string;
  /** Time between cycles until the user changes it. */
  intervalMs: number;
  /** Deadline for one instance within a cycle. */
  timeoutMs: number;
  /** Which saved instances this scan covers (e.g. self-hosted only); all when absent. */
  appliesTo?: (instance: InstanceProfile) => boolean;
  /** Registered paused (e.g. the user paused it in an earlier session): no first cycle until resumed. */
  paused?: boolean;
  run(ctx: ScanContext): Promise<R>;
}

export interface ScanSchedulerOptions {
  instances: () => InstanceProfile[];
  /** A client for a saved instance, bound to its stored credential (main only). */
  connect: (instanceId: string) => Promise<PlatformHttp>;
  /** Instances checked at once within one scan's cycle. */
  concurrency?: number;
  now?: () => number;
  /**
   * The timers behind intervals and deadlines; the global ones when absent. Tests pass a
   * manual clock (with `now`) to assert what a cycle cost on that clock, not on the wall.
   */
  timers?: SchedulerTimers;
}

export interface SchedulerTimers {
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const globalTimers: SchedulerTimers = {
  setTimeout: (run, ms) => {
    const handle = setTimeout(run, ms);
    handle.unref?.();
    return handle;
  },
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

type Listener<R> = (snapshot: ScanSnapshot<R>) => void;

/** Longest wait for a failing instance, in intervals. */
const MAX_BACKOFF_INTERVALS = 8;
const DEFAULT_CONCURRENCY = 8;

class Scan<R> {
  intervalMs: number;
  paused = false;
  states = new Map<string, ScanInstanceState<R>>();
  lastCycleAt: string | undefined;
  running: Promise<ScanSnapshot<R>> | undefined;
  timer: unknown;
  listeners = new Set<Listener<R>>();

  constructor(readonly definition: ScanDefinition<R>) {
    this.intervalMs = definition.intervalMs;
    this.paused = definition.paused ?? false;
  }
}

export class ScanScheduler {
  private readonly scans = new Map<string, Scan<unknown>>();
  private readonly closed = new AbortController();
  private readonly concurrency: number;
  private readonly now: () => number;
  private readonly timers: SchedulerTimers;

  constructor(private readonly options: ScanSchedulerOptions) {
    this.concurrency = options.concurrency ?? DEFAULT_CONCURRENCY;
    this.now = options.now ?? Date.now;
    this.timers = options.timers ?? globalTimers;
  }

  /** Registers the scan once (later calls return the same one) and starts its first cycle, unless registered paused. */
  ensure<R>(definition: ScanDefinition<R>): void {
    if (this.scans.has(definition.id)) return;
    const scan = new Scan(definition);
    this.scans.set(definition.id, scan as Scan<unknown>);
    if (!scan.paused) void this.cycle(scan, false);
  }

  /** Whether a scan of that id is registered (another area's scan may not be yet). */
  has(id: string): boolean {
    return this.scans.has(id);
  }

  snapshot<R>(id: string): ScanSnapshot<R> {
    return this.toSnapshot(this.scan<R>(id));
  }

  /** The snapshot of a scan if it is registered, else undefined: for reading another area's scan. */
  peek<R>(id: string): ScanSnapshot<R> | undefined {
    const scan = this.scans.get(id) as Scan<R> | undefined;
    return scan ? this.toSnapshot(scan) : undefined;
  }

  /** One cycle now, backed-off instances included; resolves when every instance has answered or timed out. */
  runNow<R>(id: string): Promise<ScanSnapshot<R>> {
    return this.cycle(this.scan<R>(id), true);
  }

  setInterval(id: string, intervalMs: number): void {
    const scan = this.scan(id);
    scan.intervalMs = intervalMs;
    this.reschedule(scan);
  }

  setPaused(id: string, paused: boolean): void {
    const scan = this.scan(id);
    scan.paused = paused;
    this.reschedule(scan);
  }

  /** Called after every cycle of the scan (history, notifications). */
  onCycle<R>(id: string, listener: Listener<R>): () => void {
    const scan = this.scan<R>(id);
    scan.listeners.add(listener);
    return () => scan.listeners.delete(listener);
  }

  close(): void {
    this.closed.abort();
    for (const scan of this.scans.values()) this.timers.clearTimeout(scan.timer);
  }

  private scan<R>(id: string): Scan<R> {
    const scan = this.scans.get(id);
    if (!scan) throw new ApiFailure({ kind: 'internal', message: `No scan named ${id} is registered.` });
    return scan as Scan<R>;
  }

  private reschedule(scan: Scan<unknown>): void {
    this.timers.clearTimeout(scan.timer);
    scan.timer = undefined;
    if (scan.paused || this.closed.signal.aborted) return;
    scan.timer = this.timers.setTimeout(() => void this.cycle(scan, false), scan.intervalMs);
  }

  private cycle<R>(scan: Scan<R>, onDemand: boolean): Promise<ScanSnapshot<R>> {
    // One cycle at a time per scan; asking again while one runs joins it.
    scan.running ??= this.runCycle(scan, onDemand).finally(() => {
      scan.running = undefined;
      this.reschedule(scan as Scan<unknown>);
    });
    return scan.running;
  }

  private async runCycle<R>(scan: Scan<R>, onDemand: boolean): Promise<ScanSnapshot<R>> {
    const { definition } = scan;
    const targets = this.options.instances().filter((instance) => definition.appliesTo?.(instance) ?? true);
    const present = new Set(targets.map((instance) => instance.id));
    for (const id of scan.states.keys()) if (!present.has(id)) scan.states.delete(id);

    const due = targets.filter((instance) => {
      const state = scan.states.get(instance.id);
      return onDemand || !state?.nextCheckAt || Date.parse(state.nextCheckAt) <= this.now();
    });
    // Instances that failed last time first: a dead one waits out its whole deadline, so
    // it starts at once and the live ones share the other lanes meanwhile (otherwise it
    // queues behind them and the cycle lasts their time plus its deadline).
    due.sort((a, b) => Number(scan.states.get(b.id)?.status === 'failed') - Number(scan.states.get(a.id)?.status === 'failed'));
    for (const instance of due) {
      const previous = scan.states.get(instance.id);
      scan.states.set(instance.id, { ...(previous ?? emptyState<R>(instance)), instanceName: instance.name, checking: true });
    }
    await runBounded(due, this.concurrency, (instance) => this.check(scan, instance));
    scan.lastCycleAt = new Date(this.now()).toISOString();
    const snapshot = this.toSnapshot(scan);
    for (const listener of scan.listeners) listener(snapshot);
    return snapshot;
  }

  private async check<R>(scan: Scan<R>, instance: InstanceProfile): Promise<void> {
    const { definition } = scan;
    const started = this.now();
    const previous = scan.states.get(instance.id) ?? emptyState<R>(instance);
    const deadline = new AbortController();
    const onClose = () => deadline.abort();
    this.closed.signal.addEventListener('abort', onClose, { once: true });
    let timer: unknown;
    const timedOut = new Promise<never>((_, reject) => {
      timer = this.timers.setTimeout(() => {
        deadline.abort();
        reject(new ApiFailure({ kind: 'timeout', message: `${instance.name} did not answer within ${definition.timeoutMs / 1000} s.` }));
      }, definition.timeoutMs);
    });
    try {
      // The race enforces the deadline even if a scan ignores its signal.
      const value = await Promise.race([
        (async () => definition.run({ instance, http: readOnlyHttp(await this.options.connect(instance.id)), signal: deadline.signal }))(),
        timedOut,
      ]);
      const checkedAt = new Date(this.now()).toISOString();
      scan.states.set(instance.id, {
        instanceId: instance.id,
        instanceName: instance.name,
        status: 'ok',
        value,
        checkedAt,
        lastSuccessAt: checkedAt,
        durationMs: this.now() - started,
        consecutiveFailures: 0,
        checking: false,
      });
    } catch (caught) {
      const failures = previous.consecutiveFailures + 1;
      const wait = scan.intervalMs * Math.min(MAX_BACKOFF_INTERVALS, 2 ** (failures - 1));
      const next: ScanInstanceState<R> = {
        ...previous,
        instanceName: instance.name,
        status: 'failed',
        error: errorOf(caught),
        checkedAt: new Date(this.now()).toISOString(),
        durationMs: this.now() - started,
        consecutiveFailures: failures,
        checking: false,
      };
      // The first failure is checked again on the next cycle; repeated ones wait longer.
      if (failures > 1) next.nextCheckAt = new Date(this.now() + wait).toISOString();
      else delete next.nextCheckAt;
      scan.states.set(instance.id, next);
    } finally {
      this.timers.clearTimeout(timer);
      this.closed.signal.removeEventListener('abort', onClose);
    }
  }

  private toSnapshot<R>(scan: Scan<R>): ScanSnapshot<R> {
    return {
      scanId: scan.definition.id,
      intervalMs: scan.intervalMs,
      paused: scan.paused,
      ...(scan.lastCycleAt ? { lastCycleAt: scan.lastCycleAt } : {}),
      running: scan.running !== undefined,
      instances: [...scan.states.values()].map((state) => ({ ...state })),
    };
  }
}

function emptyState<R>(instance: InstanceProfile): ScanInstanceState<R> {
  return { instanceId: instance.id, instanceName: instance.name, status: 'pending', consecutiveFailures: 0, checking: false };
}

function errorOf(caught: unknown): ApiError {
  if (caught instanceof ApiFailure) return caught.error;
  return { kind: 'internal', message: caught instanceof Error ? caught.message : String(caught) };
}

/** Runs `work` over `items`, at most `limit` at a time; never rejects. */
async function runBounded<T>(items: T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lanes = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const item = items[next++];
      await work(item).catch(() => undefined);
    }
  });
  await Promise.all(lanes);
}
