// Fault rules that tests add to make the next matching requests misbehave.

export type FaultKind = 'latency' | 'status' | 'reset' | 'malformed-json' | 'hang' | 'answer';

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

  add(rule: FaultRule): void {
    this.rules.push({ rule, left: rule.times ?? Number.POSITIVE_INFINITY });
  }

  clear(): void {
    this.rules = [];
  }

  /**
   * The first rule matching this request, counted as used. The pipeline asks again with
   * `afterLatency` once a delay is served, so latency can precede another fault.
   */
  take(method: string, path: string, afterLatency = false): FaultRule | null {
    const hit = this.rules.find(
      (active) => active.left > 0 && !(afterLatency && active.rule.kind === 'latency') && matches(active.rule, method, path),
    );
    if (!hit) return null;
    hit.left -= 1;
    if (hit.left <= 0) this.rules = this.rules.filter((active) => active !== hit);
    return hit.rule;
  }
}

function matches(rule: FaultRule, method: string, path: string): boolean {
  if (rule.method && rule.method.toUpperCase() !== method) return false;
  if (rule.path === undefined) return true;
  return typeof rule.path === 'string' ? path.startsWith(rule.path) : rule.path.test(path);
}
