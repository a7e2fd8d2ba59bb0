// Fault rules that tests add to make the next matching requests misbehave.

/**
 * 'hold' keeps a matching request waiting until the test calls `release()`, so a test can
 * look at the state "while the request is on its way" without guessing a latency.
 */
export type FaultKind = 'latency' | 'status' | 'reset' | 'malformed-json' | 'hang' | 'answer' | 'hold';

export interface FaultRule {
  /** Any method when absent. */
  method?: string;
  /** A string is a path prefix; a RegExp is tested against the path. Any path when absent. */
  path?: string | RegExp;
  kind: FaultKind;
  /** Delay for 'latency' (default 1000). */
  ms?: number;
  /** Status for 'status' (default 500) and 'answer' (default 200). */
  status?: number;
  /** For 'answer': the JSON body sent instead of the route's (a shape the real platform is not expected to send, e.g. a page without its list). */
  body?: unknown;
  /** How many requests it hits; unlimited when absent. */
  times?: number;
}

interface ActiveRule {
  rule: FaultRule;
  left: number;
}

export class FaultSet {
  private rules: ActiveRule[] = [];
  /** Requests stopped by a 'hold' rule, oldest first: calling one lets that request go on. */
  private readonly waiting: (() => void)[] = [];
  /** Tests waiting for a number of held requests (see whenHeld). */
  private readonly watchers: { count: number; resolve: () => void }[] = [];

  add(rule: FaultRule): void {
    this.rules.push({ rule, left: rule.times ?? Number.POSITIVE_INFINITY });
  }

  clear(): void {
    this.rules = [];
  }

  /** Resolves when release() lets this request go (or close() drops it). */
  hold(): Promise<void> {
    const released = new Promise<void>((resolve) => this.waiting.push(resolve));
    for (const watcher of this.watchers.filter((w) => w.count <= this.waiting.length)) {
      this.watchers.splice(this.watchers.indexOf(watcher), 1);
      watcher.resolve();
    }
    return released;
  }

  /** Resolves once at least `count` requests are held: an event, for tests on fake timers. */
  whenHeld(count = 1): Promise<void> {
    if (this.waiting.length >= count) return Promise.resolve();
    return new Promise((resolve) => this.watchers.push({ count, resolve }));
  }

  /** How many requests a 'hold' rule is keeping waiting now. */
  held(): number {
    return this.waiting.length;
  }

  /** Lets the oldest `count` held requests go on (all when absent); returns how many went. */
  release(count = Number.POSITIVE_INFINITY): number {
    const going = this.waiting.splice(0, Math.min(count, this.waiting.length));
    for (const go of going) go();
    return going.length;
  }

  /**
   * The first rule matching this request, counted as used. The pipeline asks again with
   * `afterDelay` once a latency or hold is served, so a delay can precede another fault.
   */
  take(method: string, path: string, afterDelay = false): FaultRule | null {
    const hit = this.rules.find((active) => active.left > 0 && !(afterDelay && isDelay(active.rule)) && matches(active.rule, method, path));
    if (!hit) return null;
    hit.left -= 1;
    if (hit.left <= 0) this.rules = this.rules.filter((active) => active !== hit);
    return hit.rule;
  }
}

const isDelay = (rule: FaultRule): boolean => rule.kind === 'latency' || rule.kind === 'hold';

function matches(rule: FaultRule, method: string, path: string): boolean {
  if (rule.method && rule.method.toUpperCase() !== method) return false;
  if (rule.path === undefined) return true;
  return typeof rule.path === 'string' ? path.startsWith(rule.path) : rule.path.test(path);
}
