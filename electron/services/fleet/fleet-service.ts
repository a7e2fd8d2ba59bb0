// The fleet area's long-lived service: registers the `fleet.health` scan on the one
// scheduler of scans across instances, turns each cycle into history (one transaction),
// incidents and notifications, and answers the fleet screen from memory and the store.
import { join } from 'node:path';
import type { InstanceProfile } from '../../../shared/areas/instances/model';
import type { ScanInstanceState, ScanSnapshot } from '../../../shared/api/scans';
import { ApiFailure } from '../../../shared/errors';
import {
  RANGE_MS,
  severityOf,
  worstOf,
  type FleetNotification,
  type FleetNotifications,
  type FleetOverview,
  type FleetRow,
  type FleetSample,
  type FleetState,
  type HistoryPoint,
  type HistoryRange,
  type InstanceHistory,
  type NotificationKind,
  type ServiceSegment,
  type ServiceTimeline,
} from '../../../shared/areas/fleet/model';
import { serviceDisplayName } from '../../../shared/areas/system/model';
import type { AreaService } from '../areas/types';
import type { ScanScheduler } from '../scans/scan-scheduler';
import { toCsv } from './csv';
import { licenseDaysLeft, tokensExpiring } from './expiry-seam';
import { DEFAULT_FLEET_INTERVAL_MS, FLEET_SCAN_ID, fleetHealthScan, type FleetCheck } from './health-scan';
import { HOUR_MS, addUptime, holdMsFor, messagesOf, percent, serviceTimelines, statusBar, stepIncident, uptimeOfRollups, uptimeOfSamples, type OpenIncident } from './history-math';
import { HistoryStore, RAW_RETENTION_MS, HISTORY_SIZE_LIMIT_BYTES, type CycleWrite } from './history-store';
import { NotificationLimiter, type OsNotifier } from './os-notifier';

export const HISTORY_FILE = 'fleet-history.sqlite';
const DAY_MS = 24 * HOUR_MS;
const STATUS_SLICES = 48;
const MAINTAIN_EVERY_MS = HOUR_MS;
/** Points in a response-time chart; more samples are bucketed (max per bucket). */
const MAX_POINTS = 720;

export interface FleetServiceOptions {
  scans: ScanScheduler;
  instances: () => InstanceProfile[];
  dataDir: string;
  /** Default: dataDir/fleet-history.sqlite. ':memory:' in some tests. */
  storePath?: string;
  notifier?: OsNotifier;
  limiter?: NotificationLimiter;
  now?: () => number;
  /** Deadline per instance; the scan's default when absent. */
  timeoutMs?: number;
}

/** What the service keeps per instance between cycles. */
interface Track {
  lastRecorded?: string;
  state?: FleetState;
  open?: { id?: number; incident: OpenIncident };
  /** The last 24 h of samples (no problems kept but the newest): status bar and uptime. */
  recent: FleetSample[];
  serviceIds: string[];
  /** Restored from the store so a restart shows what was last known. */
  lastGood?: FleetSample;
}

interface Settings {
  intervalMs: number;
  paused: boolean;
  muted: string[];
}

export class FleetService implements AreaService {
  private store!: HistoryStore;
  private readonly tracks = new Map<string, Track>();
  private settings: Settings = { intervalMs: DEFAULT_FLEET_INTERVAL_MS, paused: false, muted: [] };
  private readonly now: () => number;
  private readonly limiter: NotificationLimiter;
  private readonly kicked = new Set<string>();
  private lastMaintained = 0;
  private unsubscribe: (() => void) | undefined;
  private cached: FleetOverview | undefined;
  private closed = false;
  readonly ready: Promise<void>;

  constructor(private readonly options: FleetServiceOptions) {
    this.now = options.now ?? Date.now;
    this.limiter = options.limiter ?? new NotificationLimiter();
    this.ready = this.start();
    // Callers await `ready`; this keeps an early failure from being an unhandled rejection.
    this.ready.catch(() => undefined);
  }

  private get storePath(): string {
    return this.options.storePath ?? join(this.options.dataDir, HISTORY_FILE);
  }

  private async start(): Promise<void> {
    try {
      this.store = await HistoryStore.open(this.storePath);
    } catch (error) {
      throw new ApiFailure({
        kind: 'internal',
        message: `The fleet history could not be opened (${this.storePath}): ${error instanceof Error ? error.message : String(error)}`,
      });
    }
    if (this.closed) {
      this.store.close();
      return;
    }
    this.settings = {
      intervalMs: this.store.setting<number>('intervalMs') ?? DEFAULT_FLEET_INTERVAL_MS,
      paused: this.store.setting<boolean>('paused') ?? false,
      muted: this.store.setting<string[]>('muted') ?? [],
    };
    this.restore();
    const { scans } = this.options;
    const alreadyThere = scans.has(FLEET_SCAN_ID);
    // Listen before registering: the first cycle starts at once.
    if (!alreadyThere) scans.ensure(fleetHealthScan({ intervalMs: this.settings.intervalMs, paused: this.settings.paused, timeoutMs: this.options.timeoutMs }));
    this.unsubscribe = scans.onCycle<FleetCheck>(FLEET_SCAN_ID, (snapshot) => this.record(snapshot));
    if (alreadyThere) {
      scans.setInterval(FLEET_SCAN_ID, this.settings.intervalMs);
      scans.setPaused(FLEET_SCAN_ID, this.settings.paused);
    }
  }

  /** Last states, open incidents and the last 24 h from the store. */
  private restore(): void {
    const now = this.now();
    const hold = holdMsFor(this.settings.intervalMs);
    const open = new Map(this.store.openIncidents().map((stored) => [stored.instanceId, stored]));
    for (const instance of this.options.instances()) {
      const recent = this.store.samples(instance.id, now - DAY_MS - hold, now + 1);
      const last = recent.at(-1) ?? this.store.lastSample(instance.id);
      const stored = open.get(instance.id);
      this.tracks.set(instance.id, {
        recent,
        serviceIds: [],
        ...(last ? { state: last.state } : {}),
        ...(stored ? { open: { id: stored.id, incident: stored.incident } } : {}),
        ...(this.store.lastGoodSample(instance.id) ? { lastGood: this.store.lastGoodSample(instance.id) } : {}),
      });
    }
  }

  private track(instanceId: string): Track {
    let track = this.tracks.get(instanceId);
    if (!track) {
      track = { recent: [], serviceIds: [] };
      this.tracks.set(instanceId, track);
    }
    return track;
  }

  /** One cycle's results → samples, incidents and notifications, written in one transaction. */
  private record(snapshot: ScanSnapshot<FleetCheck>): void {
    if (this.closed) return;
    const names = new Map(this.options.instances().map((instance) => [instance.id, instance.name]));
    const write: CycleWrite = { samples: [], incidents: [], notifications: [] };
    const pendingIncidents: { track: Track; index: number }[] = [];
    for (const state of snapshot.instances) {
      if (!state.checkedAt || !names.has(state.instanceId)) continue;
      const track = this.track(state.instanceId);
      if (track.lastRecorded === state.checkedAt) continue; // backed off: not checked this cycle
      track.lastRecorded = state.checkedAt;
      const sample = sampleOf(state);
      const name = names.get(state.instanceId) ?? state.instanceName;
      write.samples.push({ instanceId: state.instanceId, sample });
      if (state.status === 'ok' && state.value) {
        track.serviceIds = state.value.serviceIds;
        track.lastGood = sample;
      }

      const step = stepIncident(track.open?.incident, sample);
      if (step.closed) write.incidents.push({ instanceId: state.instanceId, instanceName: name, id: track.open?.id, incident: step.closed });
      if (step.open) {
        const changed = !track.open || JSON.stringify(track.open.incident) !== JSON.stringify(step.open);
        track.open = { id: track.open?.id, incident: step.open };
        if (changed) {
          write.incidents.push({ instanceId: state.instanceId, instanceName: name, id: track.open.id, incident: step.open });
          if (track.open.id === undefined) pendingIncidents.push({ track, index: write.incidents.length - 1 });
        }
      } else track.open = undefined;

      const notification = this.noticeOf(state.instanceId, name, track.state, sample);
      if (notification) write.notifications.push(notification);
      track.state = sample.state;
      track.recent.push(sample);
    }
    const added = this.store.writeCycle(write);
    // The ids of incidents just opened, in the order they were written.
    const newOnes = write.incidents.filter((entry) => entry.id === undefined);
    for (const { track, index } of pendingIncidents) {
      const at = newOnes.indexOf(write.incidents[index]);
      if (track.open && at >= 0) track.open.id = added[at];
    }
    this.trimRecent();
    this.maybeMaintain();
    this.cached = undefined;
  }

  private noticeOf(instanceId: string, name: string, before: FleetState | undefined, sample: FleetSample): Omit<FleetNotification, 'id' | 'read'> | undefined {
    const after = sample.state;
    const from = before ?? 'pending';
    if (from === after) return undefined;
    // The first check of a healthy instance is no news.
    if (from === 'pending' && after === 'healthy') return undefined;
    const kind: NotificationKind = after === 'healthy' ? 'recovered' : after === 'unreachable' ? 'unreachable' : after === 'unhealthy' ? 'unhealthy' : 'degraded';
    const message = kind === 'recovered' ? `${name} is healthy again.` : messagesOf(sample).join('; ') || `${name} is ${after}.`;
    const muted = this.settings.muted.includes(instanceId);
    let shown = false;
    if (this.options.notifier && !muted && this.limiter.allow(instanceId, this.now())) {
      const title = kind === 'recovered' ? `${name} recovered` : `${name} is ${kind === 'degraded' ? 'degraded' : kind}`;
      try {
        this.options.notifier.notify({ title, body: message.slice(0, 240) });
        shown = true;
      } catch {
        // An OS that refuses notifications must not stop history from being written.
      }
    }
    return { at: sample.at, instanceId, instanceName: name, kind, from, to: after, message: message.slice(0, 2000), shown };
  }

  private trimRecent(): void {
    const hold = holdMsFor(this.settings.intervalMs);
    const from = this.now() - DAY_MS - hold;
    for (const track of this.tracks.values()) {
      let drop = 0;
      while (drop < track.recent.length - 1 && track.recent[drop + 1].at < from) drop++;
      if (drop > 0) track.recent.splice(0, drop);
      // Only the newest sample keeps its problems: the rest serve the status bar and uptime.
      for (let i = 0; i < track.recent.length - 1; i++) if (track.recent[i].problems.length) track.recent[i] = { ...track.recent[i], problems: [] };
    }
  }

  private maybeMaintain(): void {
    const now = this.now();
    if (now - this.lastMaintained < MAINTAIN_EVERY_MS) return;
    this.lastMaintained = now;
    const keep = new Set(this.options.instances().map((instance) => instance.id));
    this.store.maintain(now, holdMsFor(this.settings.intervalMs), keep);
    for (const id of this.tracks.keys()) if (!keep.has(id)) this.tracks.delete(id);
  }

  // ---- What the handlers call ------------------------------------------------------------

  async overview(): Promise<FleetOverview> {
    await this.ready;
    this.kickNewInstances();
    this.cached ??= this.buildOverview();
    // Checking flags and running change between cycles: refresh them from the scheduler.
    const snapshot = this.options.scans.snapshot<FleetCheck>(FLEET_SCAN_ID);
    const checking = new Set(snapshot.instances.filter((s) => s.checking).map((s) => s.instanceId));
    return {
      ...this.cached,
      running: snapshot.running,
      rows: this.cached.rows.map((row) => ({ ...row, checking: checking.has(row.instanceId) })),
      unreadNotifications: this.store.unreadNotifications(),
    };
  }

  /** A saved instance the poller has never checked gets a cycle now rather than at the next interval. */
  private kickNewInstances(): void {
    if (this.settings.paused) return;
    const snapshot = this.options.scans.snapshot<FleetCheck>(FLEET_SCAN_ID);
    const known = new Set(snapshot.instances.map((s) => s.instanceId));
    const fresh = this.options.instances().filter((instance) => !known.has(instance.id) && !this.kicked.has(instance.id));
    if (fresh.length === 0 || snapshot.running) return;
    for (const instance of fresh) this.kicked.add(instance.id);
    void this.options.scans.runNow(FLEET_SCAN_ID).catch(() => undefined);
  }

  async checkNow(): Promise<FleetOverview> {
    await this.ready;
    await this.options.scans.runNow(FLEET_SCAN_ID);
    return this.overview();
  }

  async setSchedule(change: { intervalSeconds?: number; paused?: boolean }): Promise<FleetOverview> {
    await this.ready;
    if (change.intervalSeconds !== undefined) {
      this.settings.intervalMs = change.intervalSeconds * 1000;
      this.store.setSetting('intervalMs', this.settings.intervalMs);
      this.options.scans.setInterval(FLEET_SCAN_ID, this.settings.intervalMs);
    }
    if (change.paused !== undefined) {
      this.settings.paused = change.paused;
      this.store.setSetting('paused', change.paused);
      this.options.scans.setPaused(FLEET_SCAN_ID, change.paused);
    }
    this.cached = undefined;
    return this.overview();
  }

  async notifications(): Promise<FleetNotifications> {
    await this.ready;
    return {
      items: this.store.notifications(),
      unread: this.store.unreadNotifications(),
      muted: [...this.settings.muted],
      osNotifications: this.options.notifier !== undefined,
    };
  }

  async markRead(): Promise<FleetNotifications> {
    await this.ready;
    this.store.markAllRead();
    return this.notifications();
  }

  async setMuted(instanceId: string, muted: boolean): Promise<FleetNotifications> {
    await this.ready;
    const set = new Set(this.settings.muted);
    if (muted) set.add(instanceId);
    else set.delete(instanceId);
    this.settings.muted = [...set];
    this.store.setSetting('muted', this.settings.muted);
    this.cached = undefined;
    return this.notifications();
  }

  async history(instanceId: string, range: HistoryRange): Promise<InstanceHistory> {
    await this.ready;
    const instance = this.options.instances().find((candidate) => candidate.id === instanceId);
    if (!instance) throw new ApiFailure({ kind: 'not-found', message: `No instance with id ${instanceId} exists (it may have been removed).` });
    const now = this.now();
    const from = now - RANGE_MS[range];
    const hold = holdMsFor(this.settings.intervalMs);
    const raw = this.store.samples(instanceId, Math.max(from, now - RAW_RETENTION_MS - 2 * HOUR_MS) - hold, now + 1);
    const rollups = range === '24h' ? [] : this.store.rollups(instanceId, from, now);
    const inRange = raw.filter((sample) => sample.at >= from);

    const points: HistoryPoint[] = [
      ...rollups.map((rollup) => ({
        at: rollup.bucketStart,
        state: rollup.worst,
        ...(rollup.responseCount ? { responseMs: Math.round(rollup.responseSum / rollup.responseCount) } : {}),
      })),
      ...thin(inRange),
    ];

    const track = this.tracks.get(instanceId);
    const rawTimelines = serviceTimelines(raw, track?.serviceIds ?? [], hold, now);
    const timelines: ServiceTimeline[] = [];
    const ids = new Set([...rawTimelines.keys(), ...rollups.flatMap((rollup) => rollup.problems.map((problem) => problem.serviceId))]);
    for (const id of ids) {
      const segments: ServiceSegment[] = [];
      for (const rollup of rollups) {
        const problem = rollup.problems.find((candidate) => candidate.serviceId === id);
        const state: ServiceSegment['state'] = rollup.worst === 'unreachable' && !problem ? 'UNREACHABLE' : (problem?.state ?? 'HEALTHY');
        const last = segments.at(-1);
        if (last && last.state === state && last.to === rollup.bucketStart) last.to = rollup.bucketStart + HOUR_MS;
        else segments.push({ from: rollup.bucketStart, to: rollup.bucketStart + HOUR_MS, state, message: problem?.message ?? '' });
      }
      for (const segment of rawTimelines.get(id) ?? []) {
        if (segment.to <= from) continue;
        segments.push({ ...segment, from: Math.max(segment.from, from) });
      }
      timelines.push({ serviceId: id, name: id === 'router' ? 'Router' : id.startsWith('probe:') ? `Probe: ${id.slice(6)}` : serviceDisplayName(id), segments });
    }

    const uptimeOver = (ms: number) => {
      const since = now - ms;
      const samples = ms <= RANGE_MS[range] ? raw : this.store.samples(instanceId, since - hold, now + 1);
      return percent(addUptime(uptimeOfSamples(samples, since, now, hold), uptimeOfRollups(this.store.rollups(instanceId, since, now), since, now)));
    };

    return {
      instanceId,
      name: instance.name,
      from,
      to: now,
      points,
      timelines,
      incidents: this.store.incidents(from, instanceId),
      uptime: { d1: uptimeOver(DAY_MS), d7: uptimeOver(7 * DAY_MS), d30: uptimeOver(30 * DAY_MS) },
    };
  }

  async exportCsv(kind: 'incidents' | 'uptime', instanceId?: string): Promise<{ fileName: string; csv: string }> {
    await this.ready;
    const now = this.now();
    const instances = this.options.instances().filter((instance) => !instanceId || instance.id === instanceId);
    const byId = new Map(instances.map((instance) => [instance.id, instance]));
    const stamp = new Date(now).toISOString().slice(0, 10);
    if (kind === 'incidents') {
      const incidents = this.store.incidents(now - RANGE_MS['30d'], instanceId).filter((incident) => byId.has(incident.instanceId));
      const rows = incidents.map((incident) => [
        incident.instanceName,
        byId.get(incident.instanceId)?.environment ?? '',
        new Date(incident.startedAt).toISOString(),
        incident.endedAt !== undefined ? new Date(incident.endedAt).toISOString() : '',
        Math.round(((incident.endedAt ?? now) - incident.startedAt) / 1000),
        incident.endedAt !== undefined ? 'closed' : 'open',
        incident.worst,
        incident.messages.join(' | '),
      ]);
      return {
        fileName: `lilypad-fleet-incidents-${stamp}.csv`,
        csv: toCsv(['instance', 'environment', 'started', 'ended', 'duration_s', 'status', 'worst_state', 'messages'], rows),
      };
    }
    const overview = await this.overview();
    const rows: (string | number | undefined)[][] = [];
    for (const instance of instances) {
      const history = await this.history(instance.id, '30d');
      const row = overview.rows.find((candidate) => candidate.instanceId === instance.id);
      rows.push([instance.name, instance.environment, row?.state, history.uptime.d1, history.uptime.d7, history.uptime.d30, history.incidents.length, row?.version]);
    }
    return {
      fileName: `lilypad-fleet-uptime-${stamp}.csv`,
      csv: toCsv(['instance', 'environment', 'state', 'uptime_24h_pct', 'uptime_7d_pct', 'uptime_30d_pct', 'incidents_30d', 'version'], rows),
    };
  }

  private buildOverview(): FleetOverview {
    const now = this.now();
    const hold = holdMsFor(this.settings.intervalMs);
    const snapshot = this.options.scans.snapshot<FleetCheck>(FLEET_SCAN_ID);
    const states = new Map(snapshot.instances.map((state) => [state.instanceId, state]));
    const rows: FleetRow[] = this.options.instances().map((instance) => {
      const track = this.tracks.get(instance.id) ?? { recent: [], serviceIds: [] };
      const state = states.get(instance.id);
      return rowOf(instance, state, track, {
        now,
        hold,
        muted: this.settings.muted.includes(instance.id),
        licenseDaysLeft: licenseDaysLeft(this.options.scans, instance.id),
        tokensExpiring: tokensExpiring(this.options.scans, instance.id),
      });
    });
    const commonVersion = mostCommon(rows.map((row) => row.version));
    for (const row of rows) row.versionDiffers = Boolean(row.version && commonVersion && row.version !== commonVersion);
    rows.sort((a, b) => severityOf(b.state) - severityOf(a.state) || a.name.localeCompare(b.name));
    let sizeBytes = 0;
    try {
      sizeBytes = this.store.sizeBytes();
    } catch {
      // A closed store reports no size.
    }
    return {
      intervalMs: this.settings.intervalMs,
      paused: this.settings.paused,
      running: snapshot.running,
      ...(snapshot.lastCycleAt ? { lastCycleAt: Date.parse(snapshot.lastCycleAt) } : {}),
      worst: rows.length ? worstOf(rows.map((row) => row.state)) : 'healthy',
      ...(commonVersion ? { commonVersion } : {}),
      rows,
      unreadNotifications: 0,
      storage: { path: this.storePath, sizeBytes, limitBytes: HISTORY_SIZE_LIMIT_BYTES },
    };
  }

  close(): void {
    this.closed = true;
    this.unsubscribe?.();
    try {
      this.store?.close();
    } catch {
      // Already closed.
    }
  }
}

function sampleOf(state: ScanInstanceState<FleetCheck>): FleetSample {
  const at = Date.parse(state.checkedAt!);
  if (state.status === 'ok' && state.value) {
    const { value } = state;
    return { at, state: value.state, responseMs: value.responseMs, problems: value.problems, ...(value.version ? { version: value.version } : {}) };
  }
  return { at, state: 'unreachable', problems: [{ serviceId: 'instance', state: 'FAILED', message: state.error?.message ?? 'The check failed.' }] };
}

interface RowContext {
  now: number;
  hold: number;
  muted: boolean;
  licenseDaysLeft?: number;
  tokensExpiring?: number;
}

function rowOf(instance: InstanceProfile, state: ScanInstanceState<FleetCheck> | undefined, track: Track, ctx: RowContext): FleetRow {
  const last = track.recent.at(-1);
  const failed = state?.status === 'failed';
  const current: FleetState = state?.status === 'ok' && state.value ? state.value.state : failed ? 'unreachable' : (last?.state ?? 'pending');
  const problems = state?.status === 'ok' && state.value ? state.value.problems : failed ? [] : (last?.problems ?? []);
  const good = state?.status === 'ok' && state.value ? state.value : undefined;
  const lastSuccess = state?.lastSuccessAt ? Date.parse(state.lastSuccessAt) : track.lastGood?.at;
  const from = ctx.now - DAY_MS;
  const row: FleetRow = {
    instanceId: instance.id,
    name: instance.name,
    color: instance.color,
    environment: instance.environment,
    state: current,
    unhealthyCount: problems.length,
    problems,
    versionDiffers: false,
    consecutiveFailures: state?.consecutiveFailures ?? 0,
    checking: state?.checking ?? false,
    statusBar: statusBar(track.recent, from, ctx.now, STATUS_SLICES, ctx.hold),
    muted: ctx.muted,
  };
  const uptime = percent(uptimeOfSamples(track.recent, from, ctx.now, ctx.hold));
  if (uptime !== undefined) row.uptime24h = uptime;
  if (failed && state?.error) row.error = state.error.message;
  const responseMs = good?.responseMs ?? (failed ? undefined : last?.responseMs);
  if (responseMs !== undefined) row.responseMs = responseMs;
  const version = good?.version ?? track.lastGood?.version;
  if (version) row.version = version;
  const checkedAt = state?.checkedAt ? Date.parse(state.checkedAt) : last?.at;
  if (checkedAt !== undefined) row.lastCheckedAt = checkedAt;
  if (lastSuccess !== undefined) row.lastSuccessAt = lastSuccess;
  if (state?.nextCheckAt) row.nextCheckAt = Date.parse(state.nextCheckAt);
  if (ctx.licenseDaysLeft !== undefined) row.licenseDaysLeft = ctx.licenseDaysLeft;
  if (ctx.tokensExpiring !== undefined) row.tokensExpiring = ctx.tokensExpiring;
  return row;
}

function mostCommon(values: (string | undefined)[]): string | undefined {
  const counts = new Map<string, number>();
  for (const value of values) if (value) counts.set(value, (counts.get(value) ?? 0) + 1);
  let best: string | undefined;
  for (const [value, count] of counts) if (best === undefined || count > (counts.get(best) ?? 0)) best = value;
  return best;
}

/** At most MAX_POINTS points: samples bucketed, each bucket its worst state and slowest answer. */
function thin(samples: FleetSample[]): HistoryPoint[] {
  if (samples.length <= MAX_POINTS) return samples.map(({ at, state, responseMs }) => ({ at, state, ...(responseMs !== undefined ? { responseMs } : {}) }));
  const size = Math.ceil(samples.length / MAX_POINTS);
  const points: HistoryPoint[] = [];
  for (let i = 0; i < samples.length; i += size) {
    const group = samples.slice(i, i + size);
    const responses = group.map((sample) => sample.responseMs).filter((ms): ms is number => ms !== undefined);
    points.push({ at: group[0].at, state: worstOf(group.map((sample) => sample.state)), ...(responses.length ? { responseMs: Math.max(...responses) } : {}) });
  }
  return points;
}
