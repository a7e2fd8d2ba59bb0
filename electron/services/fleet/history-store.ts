// Fleet history on disk: one SQLite file in the app's data folder (better-sqlite3).
// Every poll cycle is one transaction in WAL mode, so a crash mid-write leaves the last
// committed cycle intact and never a torn file (see the README, "Fleet", for the
// measurement behind this choice). Bounded: raw samples 48 h, hourly buckets and incidents
// 30 days, notifications the newest 500, and a hard size limit.
import type { Database as SqliteDatabase, Statement } from 'better-sqlite3';
import type { FleetIncident, FleetNotification, FleetSample, FleetState, NotificationKind, ServiceProblem } from '../../../shared/areas/fleet/model';
import { HOUR_MS, downsample, type OpenIncident, type Rollup } from './history-math';

export const RAW_RETENTION_MS = 48 * HOUR_MS;
export const HISTORY_RETENTION_MS = 30 * 24 * HOUR_MS;
export const NOTIFICATIONS_KEPT = 500;
/** The file never grows past this: the oldest raw samples go first (hourly buckets stay). */
export const HISTORY_SIZE_LIMIT_BYTES = 100 * 1024 * 1024;

const STATES: FleetState[] = ['healthy', 'degraded', 'unhealthy', 'unreachable', 'pending'];
const stateCode = (state: FleetState): number => STATES.indexOf(state);
const stateOf = (code: number): FleetState => STATES[code] ?? 'pending';

const SCHEMA_VERSION = 1;

const SCHEMA = `
CREATE TABLE IF NOT EXISTS instances (key INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE);
CREATE TABLE IF NOT EXISTS samples (
  instance INTEGER NOT NULL, at INTEGER NOT NULL, state INTEGER NOT NULL,
  response_ms INTEGER, version TEXT, problems TEXT,
  PRIMARY KEY (instance, at)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS rollups (
  instance INTEGER NOT NULL, bucket_start INTEGER NOT NULL,
  covered_ms INTEGER NOT NULL, up_ms INTEGER NOT NULL, checks INTEGER NOT NULL,
  response_sum INTEGER NOT NULL, response_count INTEGER NOT NULL, response_max INTEGER NOT NULL,
  worst INTEGER NOT NULL, problems TEXT,
  PRIMARY KEY (instance, bucket_start)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS incidents (
  id INTEGER PRIMARY KEY, instance INTEGER NOT NULL, instance_name TEXT NOT NULL,
  started_at INTEGER NOT NULL, ended_at INTEGER, worst INTEGER NOT NULL, messages TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS incidents_by_instance ON incidents (instance, started_at);
CREATE TABLE IF NOT EXISTS notifications (
  id INTEGER PRIMARY KEY, at INTEGER NOT NULL, instance_id TEXT NOT NULL, instance_name TEXT NOT NULL,
  kind TEXT NOT NULL, from_state INTEGER NOT NULL, to_state INTEGER NOT NULL, message TEXT NOT NULL,
  read INTEGER NOT NULL DEFAULT 0, shown INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
`;

interface SampleRow {
  at: number;
  state: number;
  response_ms: number | null;
  version: string | null;
  problems: string | null;
}

interface RollupRow {
  bucket_start: number;
  covered_ms: number;
  up_ms: number;
  checks: number;
  response_sum: number;
  response_count: number;
  response_max: number;
  worst: number;
  problems: string | null;
}

interface IncidentRow {
  id: number;
  instance_id: string;
  instance_name: string;
  started_at: number;
  ended_at: number | null;
  worst: number;
  messages: string;
}

interface NotificationRow {
  id: number;
  at: number;
  instance_id: string;
  instance_name: string;
  kind: string;
  from_state: number;
  to_state: number;
  message: string;
  read: number;
  shown: number;
}

/** What one poll cycle writes, in one transaction. */
export interface CycleWrite {
  samples: { instanceId: string; sample: FleetSample }[];
  /** Incidents opened or changed (an id when already stored). */
  incidents: { instanceId: string; instanceName: string; id?: number; incident: OpenIncident }[];
  notifications: Omit<FleetNotification, 'id' | 'read'>[];
}

export interface StoredOpenIncident {
  id: number;
  instanceId: string;
  incident: OpenIncident;
}

const parseProblems = (text: string | null): ServiceProblem[] => (text ? (JSON.parse(text) as ServiceProblem[]) : []);

function toSample(row: SampleRow): FleetSample {
  const sample: FleetSample = { at: row.at, state: stateOf(row.state), problems: parseProblems(row.problems) };
  if (row.response_ms !== null) sample.responseMs = row.response_ms;
  if (row.version !== null) sample.version = row.version;
  return sample;
}

function toIncident(row: IncidentRow): FleetIncident {
  return {
    id: row.id,
    instanceId: row.instance_id,
    instanceName: row.instance_name,
    startedAt: row.started_at,
    ...(row.ended_at !== null ? { endedAt: row.ended_at } : {}),
    worst: stateOf(row.worst),
    messages: JSON.parse(row.messages) as string[],
  };
}

export class HistoryStore {
  private readonly keys = new Map<string, number>();
  private readonly statements: Record<string, Statement>;

  private constructor(
    private readonly db: SqliteDatabase,
    readonly path: string,
    private readonly limitBytes: number,
  ) {
    for (const row of db.prepare('SELECT key, id FROM instances').all() as { key: number; id: string }[]) this.keys.set(row.id, row.key);
    this.statements = {
      addInstance: db.prepare('INSERT INTO instances (id) VALUES (?)'),
      addSample: db.prepare('INSERT OR REPLACE INTO samples (instance, at, state, response_ms, version, problems) VALUES (?, ?, ?, ?, ?, ?)'),
      samples: db.prepare('SELECT at, state, response_ms, version, problems FROM samples WHERE instance = ? AND at >= ? AND at < ? ORDER BY at'),
      lastSample: db.prepare('SELECT at, state, response_ms, version, problems FROM samples WHERE instance = ? ORDER BY at DESC LIMIT 1'),
      lastGoodSample: db.prepare('SELECT at, state, response_ms, version, problems FROM samples WHERE instance = ? AND state <> ? ORDER BY at DESC LIMIT 1'),
      rollups: db.prepare('SELECT * FROM rollups WHERE instance = ? AND bucket_start >= ? AND bucket_start < ? ORDER BY bucket_start'),
      addIncident: db.prepare('INSERT INTO incidents (instance, instance_name, started_at, ended_at, worst, messages) VALUES (?, ?, ?, ?, ?, ?)'),
      updateIncident: db.prepare('UPDATE incidents SET ended_at = ?, worst = ?, messages = ?, instance_name = ? WHERE id = ?'),
      openIncidents: db.prepare('SELECT incidents.*, instances.id AS instance_id FROM incidents JOIN instances ON instances.key = incidents.instance WHERE ended_at IS NULL'),
      addNotification: db.prepare('INSERT INTO notifications (at, instance_id, instance_name, kind, from_state, to_state, message, shown) VALUES (?, ?, ?, ?, ?, ?, ?, ?)'),
      getSetting: db.prepare('SELECT value FROM settings WHERE key = ?'),
      setSetting: db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value'),
    };
  }

  /** Opens (or creates) the store; better-sqlite3 is loaded here, so a missing native module fails this call only. */
  static async open(path: string, options: { limitBytes?: number } = {}): Promise<HistoryStore> {
    const { default: Database } = await import('better-sqlite3');
    const db = new Database(path);
    try {
      // auto_vacuum must be chosen before the first table exists; it lets the size cap give pages back.
      db.pragma('auto_vacuum = INCREMENTAL');
      db.pragma('journal_mode = WAL');
      // NORMAL in WAL: a crash of the app loses nothing committed; a power cut may lose the
      // last cycles but never corrupts the file.
      db.pragma('synchronous = NORMAL');
      db.pragma('busy_timeout = 2000');
      const version = db.pragma('user_version', { simple: true }) as number;
      if (version > SCHEMA_VERSION) throw new Error(`The fleet history was written by a newer Lilypad (schema ${version}).`);
      db.exec(SCHEMA);
      db.pragma(`user_version = ${SCHEMA_VERSION}`);
    } catch (error) {
      db.close();
      throw error;
    }
    return new HistoryStore(db, path, options.limitBytes ?? HISTORY_SIZE_LIMIT_BYTES);
  }

  close(): void {
    if (this.db.open) this.db.close();
  }

  private keyOf(instanceId: string): number {
    let key = this.keys.get(instanceId);
    if (key === undefined) {
      key = Number(this.statements.addInstance.run(instanceId).lastInsertRowid);
      this.keys.set(instanceId, key);
    }
    return key;
  }

  /** Writes one cycle atomically; answers the ids of the incidents it added, in order. */
  writeCycle(write: CycleWrite): number[] {
    const run = this.db.transaction((cycle: CycleWrite) => {
      for (const { instanceId, sample } of cycle.samples) {
        this.statements.addSample.run(
          this.keyOf(instanceId),
          sample.at,
          stateCode(sample.state),
          sample.responseMs ?? null,
          sample.version ?? null,
          sample.problems.length ? JSON.stringify(sample.problems) : null,
        );
      }
      const added: number[] = [];
      for (const { instanceId, instanceName, id, incident } of cycle.incidents) {
        const messages = JSON.stringify(incident.messages);
        if (id !== undefined) this.statements.updateIncident.run(incident.endedAt ?? null, stateCode(incident.worst), messages, instanceName, id);
        else {
          const result = this.statements.addIncident.run(this.keyOf(instanceId), instanceName, incident.startedAt, incident.endedAt ?? null, stateCode(incident.worst), messages);
          added.push(Number(result.lastInsertRowid));
        }
      }
      for (const n of cycle.notifications) {
        this.statements.addNotification.run(n.at, n.instanceId, n.instanceName, n.kind, stateCode(n.from), stateCode(n.to), n.message, n.shown ? 1 : 0);
      }
      return added;
    });
    return run(write);
  }

  samples(instanceId: string, from: number, to: number): FleetSample[] {
    const key = this.keys.get(instanceId);
    if (key === undefined) return [];
    return (this.statements.samples.all(key, from, to) as SampleRow[]).map(toSample);
  }

  lastSample(instanceId: string): FleetSample | undefined {
    const key = this.keys.get(instanceId);
    const row = key === undefined ? undefined : (this.statements.lastSample.get(key) as SampleRow | undefined);
    return row ? toSample(row) : undefined;
  }

  /** The newest check that reached the instance. */
  lastGoodSample(instanceId: string): FleetSample | undefined {
    const key = this.keys.get(instanceId);
    const row = key === undefined ? undefined : (this.statements.lastGoodSample.get(key, stateCode('unreachable')) as SampleRow | undefined);
    return row ? toSample(row) : undefined;
  }

  rollups(instanceId: string, from: number, to: number): Rollup[] {
    const key = this.keys.get(instanceId);
    if (key === undefined) return [];
    return (this.statements.rollups.all(key, from, to) as RollupRow[]).map((row) => ({
      bucketStart: row.bucket_start,
      coveredMs: row.covered_ms,
      upMs: row.up_ms,
      checks: row.checks,
      responseSum: row.response_sum,
      responseCount: row.response_count,
      responseMax: row.response_max,
      worst: stateOf(row.worst),
      problems: parseProblems(row.problems),
    }));
  }

  /** Incidents that started since `from` or are still open, newest first; of one instance or all. */
  incidents(from: number, instanceId?: string): FleetIncident[] {
    const sql =
      'SELECT incidents.*, instances.id AS instance_id FROM incidents JOIN instances ON instances.key = incidents.instance ' +
      `WHERE (started_at >= ? OR ended_at IS NULL OR ended_at >= ?)${instanceId ? ' AND instances.id = ?' : ''} ORDER BY started_at DESC`;
    const args = instanceId ? [from, from, instanceId] : [from, from];
    return (this.db.prepare(sql).all(...args) as IncidentRow[]).map(toIncident);
  }

  openIncidents(): StoredOpenIncident[] {
    return (this.statements.openIncidents.all() as IncidentRow[]).map((row) => {
      const { id, instanceId, ...incident } = toIncident(row);
      delete (incident as Partial<FleetIncident>).instanceName;
      return { id, instanceId, incident };
    });
  }

  notifications(limit = 200): FleetNotification[] {
    const rows = this.db.prepare('SELECT * FROM notifications ORDER BY id DESC LIMIT ?').all(limit) as NotificationRow[];
    return rows.map((row) => ({
      id: row.id,
      at: row.at,
      instanceId: row.instance_id,
      instanceName: row.instance_name,
      kind: row.kind as NotificationKind,
      from: stateOf(row.from_state),
      to: stateOf(row.to_state),
      message: row.message,
      read: row.read === 1,
      shown: row.shown === 1,
    }));
  }

  unreadNotifications(): number {
    return (this.db.prepare('SELECT COUNT(*) AS n FROM notifications WHERE read = 0').get() as { n: number }).n;
  }

  markAllRead(): void {
    this.db.prepare('UPDATE notifications SET read = 1 WHERE read = 0').run();
  }

  setting<T>(key: string): T | undefined {
    const row = this.statements.getSetting.get(key) as { value: string } | undefined;
    return row ? (JSON.parse(row.value) as T) : undefined;
  }

  setSetting(key: string, value: unknown): void {
    this.statements.setSetting.run(key, JSON.stringify(value));
  }

  /** SQLite's own check of the file: 'ok' when sound. */
  integrityCheck(): string {
    return String(this.db.pragma('integrity_check', { simple: true }));
  }

  sizeBytes(): number {
    const pages = this.db.pragma('page_count', { simple: true }) as number;
    const size = this.db.pragma('page_size', { simple: true }) as number;
    return pages * size;
  }

  /**
   * Keeps the store bounded: raw samples older than 48 h become hourly buckets (whole hours
   * only), anything older than 30 days goes, so does the history of removed instances, and
   * past the size limit the oldest raw samples go first.
   */
  maintain(now: number, holdMs: number, keepInstances: ReadonlySet<string>): void {
    const rawCutoff = Math.floor((now - RAW_RETENTION_MS) / HOUR_MS) * HOUR_MS;
    const cutoff = now - HISTORY_RETENTION_MS;
    const upsertRollup = this.db.prepare(`
      INSERT INTO rollups (instance, bucket_start, covered_ms, up_ms, checks, response_sum, response_count, response_max, worst, problems)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
      ON CONFLICT (instance, bucket_start) DO UPDATE SET
        covered_ms = covered_ms + excluded.covered_ms, up_ms = up_ms + excluded.up_ms, checks = checks + excluded.checks,
        response_sum = response_sum + excluded.response_sum, response_count = response_count + excluded.response_count,
        response_max = max(response_max, excluded.response_max), worst = max(worst, excluded.worst), problems = excluded.problems`);
    const compact = this.db.transaction(() => {
      for (const [id, key] of this.keys) {
        if (!keepInstances.has(id)) {
          for (const table of ['samples', 'rollups', 'incidents']) this.db.prepare(`DELETE FROM ${table} WHERE instance = ?`).run(key);
          this.db.prepare('DELETE FROM instances WHERE key = ?').run(key);
          this.keys.delete(id);
          continue;
        }
        const old = (this.statements.samples.all(key, 0, rawCutoff) as SampleRow[]).map(toSample);
        if (old.length === 0) continue;
        for (const rollup of downsample(old, holdMs, rawCutoff)) {
          upsertRollup.run(
            key,
            rollup.bucketStart,
            Math.round(rollup.coveredMs),
            Math.round(rollup.upMs),
            rollup.checks,
            Math.round(rollup.responseSum),
            rollup.responseCount,
            Math.round(rollup.responseMax),
            stateCode(rollup.worst),
            rollup.problems.length ? JSON.stringify(rollup.problems) : null,
          );
        }
        this.db.prepare('DELETE FROM samples WHERE instance = ? AND at < ?').run(key, rawCutoff);
      }
      this.db.prepare('DELETE FROM rollups WHERE bucket_start < ?').run(cutoff);
      this.db.prepare('DELETE FROM incidents WHERE ended_at IS NOT NULL AND ended_at < ?').run(cutoff);
      this.db.prepare('DELETE FROM notifications WHERE id NOT IN (SELECT id FROM notifications ORDER BY id DESC LIMIT ?)').run(NOTIFICATIONS_KEPT);
    });
    compact();
    this.enforceLimit();
  }

  private enforceLimit(): void {
    this.db.pragma('incremental_vacuum');
    for (let round = 0; round < 20 && this.sizeBytes() > this.limitBytes; round++) {
      const oldest = this.db.prepare('SELECT min(at) AS at, max(at) AS newest FROM samples').get() as { at: number | null; newest: number | null };
      if (oldest.at === null || oldest.newest === null) break;
      // Drop the oldest tenth of the raw window, then give the pages back.
      const step = Math.max(HOUR_MS, (oldest.newest - oldest.at) / 10);
      this.db.prepare('DELETE FROM samples WHERE at < ?').run(oldest.at + step);
      this.db.pragma('wal_checkpoint(TRUNCATE)');
      this.db.pragma('incremental_vacuum');
    }
  }
}
