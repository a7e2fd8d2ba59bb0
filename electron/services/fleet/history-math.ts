// Pure arithmetic of fleet history: how long each check stands for, uptime over a window,
// downsampling to hourly buckets, incidents, the 24 h status bar and per-service timelines.
// No clock and no storage here, so every rule is tested table by table.
import {
  isUp,
  severityOf,
  worstOf,
  type FleetIncident,
  type FleetSample,
  type FleetState,
  type ServiceProblem,
  type ServiceSegment,
  type StatusSlice,
} from '../../../shared/areas/fleet/model';

/** One hour of checks, kept after the raw samples are dropped. */
export interface Rollup {
  bucketStart: number;
  /** Checked time in the bucket, and the part of it the instance was up. */
  coveredMs: number;
  upMs: number;
  checks: number;
  responseSum: number;
  responseCount: number;
  responseMax: number;
  worst: FleetState;
  /** Each service's worst problem in the bucket (its last message). */
  problems: ServiceProblem[];
}

export interface Uptime {
  upMs: number;
  coveredMs: number;
}

export const HOUR_MS = 3_600_000;

/**
 * How long one check stands for when the next is late or missing (the app was closed):
 * longer than the poller's longest back-off, so a backed-off dead instance counts as down
 * the whole time; past it the time is unknown and left out of uptime.
 */
export const holdMsFor = (intervalMs: number): number => Math.max(10 * 60_000, 9 * intervalMs);

/** The stretch [start, end) each sample stands for. Samples sorted by time. */
export function spans(samples: readonly FleetSample[], holdMs: number, until = Number.POSITIVE_INFINITY): { sample: FleetSample; start: number; end: number }[] {
  return samples.map((sample, index) => {
    const next = samples[index + 1]?.at ?? until;
    return { sample, start: sample.at, end: Math.min(next, sample.at + holdMs, until) };
  });
}

const overlap = (start: number, end: number, from: number, to: number): number => Math.max(0, Math.min(end, to) - Math.max(start, from));

/** Up and checked time within [from, to) from raw samples. */
export function uptimeOfSamples(samples: readonly FleetSample[], from: number, to: number, holdMs: number): Uptime {
  let upMs = 0;
  let coveredMs = 0;
  for (const { sample, start, end } of spans(samples, holdMs, to)) {
    const ms = overlap(start, end, from, to);
    coveredMs += ms;
    if (isUp(sample.state)) upMs += ms;
  }
  return { upMs, coveredMs };
}

/** Up and checked time of the hourly buckets that start within [from, to). */
export function uptimeOfRollups(rollups: readonly Rollup[], from: number, to: number): Uptime {
  let upMs = 0;
  let coveredMs = 0;
  for (const rollup of rollups) {
    if (rollup.bucketStart < from || rollup.bucketStart >= to) continue;
    upMs += rollup.upMs;
    coveredMs += rollup.coveredMs;
  }
  return { upMs, coveredMs };
}

/** Percent with one decimal, or undefined when nothing was checked. */
export function percent({ upMs, coveredMs }: Uptime): number | undefined {
  if (coveredMs <= 0) return undefined;
  return Math.round((upMs / coveredMs) * 1000) / 10;
}

export const addUptime = (a: Uptime, b: Uptime): Uptime => ({ upMs: a.upMs + b.upMs, coveredMs: a.coveredMs + b.coveredMs });

const WORSE_SERVICE: Record<string, number> = { FAILED: 4, UNHEALTHY: 3, UNKNOWN: 2, UNHEALTHY_PEER: 1, HEALTHY: 0 };

function mergeProblems(into: Map<string, ServiceProblem>, problems: readonly ServiceProblem[]): void {
  for (const problem of problems) {
    const known = into.get(problem.serviceId);
    if (!known || (WORSE_SERVICE[problem.state] ?? 0) >= (WORSE_SERVICE[known.state] ?? 0)) into.set(problem.serviceId, { ...problem });
  }
}

/**
 * Hourly buckets of the samples (sorted by time). A sample's time is split across the
 * buckets it stands for, so a bucket's covered time never exceeds an hour.
 */
export function downsample(samples: readonly FleetSample[], holdMs: number, until = Number.POSITIVE_INFINITY): Rollup[] {
  const buckets = new Map<number, Rollup & { problemMap: Map<string, ServiceProblem> }>();
  const bucketOf = (start: number) => {
    const key = Math.floor(start / HOUR_MS) * HOUR_MS;
    let bucket = buckets.get(key);
    if (!bucket) {
      bucket = { bucketStart: key, coveredMs: 0, upMs: 0, checks: 0, responseSum: 0, responseCount: 0, responseMax: 0, worst: 'healthy', problems: [], problemMap: new Map() };
      buckets.set(key, bucket);
    }
    return bucket;
  };
  for (const { sample, start, end } of spans(samples, holdMs, until)) {
    const own = bucketOf(sample.at);
    own.checks += 1;
    if (sample.responseMs !== undefined) {
      own.responseSum += sample.responseMs;
      own.responseCount += 1;
      own.responseMax = Math.max(own.responseMax, sample.responseMs);
    }
    own.worst = worstOf([own.worst, sample.state]);
    mergeProblems(own.problemMap, sample.problems);
    for (let cursor = start; cursor < end;) {
      const bucket = bucketOf(cursor);
      const stop = Math.min(end, bucket.bucketStart + HOUR_MS);
      bucket.coveredMs += stop - cursor;
      if (isUp(sample.state)) bucket.upMs += stop - cursor;
      cursor = stop;
    }
  }
  return [...buckets.values()].sort((a, b) => a.bucketStart - b.bucketStart).map(({ problemMap, ...rollup }) => ({ ...rollup, problems: [...problemMap.values()] }));
}

const MAX_MESSAGES = 20;

export type OpenIncident = Omit<FleetIncident, 'id' | 'instanceId' | 'instanceName'>;

/** Messages a sample carries: each problem as "<service>: <message>"; an unreachable instance's error as it is. */
export function messagesOf(sample: FleetSample): string[] {
  return sample.problems.map((problem) => {
    if (problem.serviceId === 'instance') return problem.message;
    return problem.message ? `${problem.serviceId}: ${problem.message}` : `${problem.serviceId}: ${problem.state}`;
  });
}

/**
 * One step of the incident tracker. An incident opens at the first check that is not
 * healthy (a peer's trouble counts: the platform says something is wrong) and closes at the
 * first healthy check after it, however long the gap before that check.
 */
export function stepIncident(open: OpenIncident | undefined, sample: FleetSample): { open?: OpenIncident; closed?: OpenIncident } {
  if (sample.state === 'pending') return { open };
  if (sample.state === 'healthy') return open ? { closed: { ...open, endedAt: sample.at } } : {};
  const current = open ?? { startedAt: sample.at, worst: sample.state, messages: [] };
  const messages = [...current.messages];
  for (const message of messagesOf(sample)) if (!messages.includes(message) && messages.length < MAX_MESSAGES) messages.push(message);
  return { open: { ...current, worst: severityOf(sample.state) > severityOf(current.worst) ? sample.state : current.worst, messages } };
}

/** Every incident in the samples (sorted by time); the last one may still be open. */
export function incidentsOf(samples: readonly FleetSample[]): OpenIncident[] {
  const incidents: OpenIncident[] = [];
  let open: OpenIncident | undefined;
  for (const sample of samples) {
    const step = stepIncident(open, sample);
    if (step.closed) incidents.push(step.closed);
    open = step.open;
  }
  if (open) incidents.push(open);
  return incidents;
}

/** The compact status bar: `count` equal slices of [from, to), each the worst state checked in it. */
export function statusBar(samples: readonly FleetSample[], from: number, to: number, count: number, holdMs: number): StatusSlice[] {
  const width = (to - from) / count;
  const slices: StatusSlice[] = Array.from({ length: count }, (_, index) => ({ from: Math.round(from + index * width), state: 'none' }));
  for (const { sample, start, end } of spans(samples, holdMs, to)) {
    if (end <= from || sample.state === 'pending') continue;
    const first = Math.max(0, Math.floor((Math.max(start, from) - from) / width));
    // A span that ends exactly on a slice boundary does not reach into the next slice.
    const last = Math.min(count - 1, Math.ceil((end - from) / width) - 1);
    for (let index = first; index <= last; index++) {
      const slice = slices[index];
      slice.state = slice.state === 'none' ? sample.state : worstOf([slice.state, sample.state]);
    }
  }
  return slices;
}

/**
 * Per-service state over time. `serviceIds` are the services the instance has (from its
 * last check); a service missing from a check's problems was healthy in it. An unreachable
 * check makes every service unknown for its span.
 */
export function serviceTimelines(samples: readonly FleetSample[], serviceIds: readonly string[], holdMs: number, until: number): Map<string, ServiceSegment[]> {
  const ids = new Set(serviceIds);
  for (const sample of samples) for (const problem of sample.problems) if (sample.state !== 'unreachable') ids.add(problem.serviceId);
  const timelines = new Map<string, ServiceSegment[]>([...ids].map((id) => [id, []]));
  for (const { sample, start, end } of spans(samples, holdMs, until)) {
    if (sample.state === 'pending' || end <= start) continue;
    const byService = new Map(sample.problems.map((problem) => [problem.serviceId, problem]));
    for (const [id, segments] of timelines) {
      const problem = byService.get(id);
      const state: ServiceSegment['state'] = sample.state === 'unreachable' ? 'UNREACHABLE' : (problem?.state ?? 'HEALTHY');
      const message = sample.state === 'unreachable' ? (sample.problems[0]?.message ?? 'Unreachable') : (problem?.message ?? '');
      const last = segments.at(-1);
      // Adjacent spans in the same state (and message) make one segment.
      if (last && last.state === state && last.message === message && last.to === start) last.to = end;
      else segments.push({ from: start, to: end, state, message });
    }
  }
  return timelines;
}
