// Support bundles (Artifactory's SUPPORT API, self-hosted only) and Cloud's log collection
// switch (API-NOTES "Support bundles", docs/api-notes/support-bundles.md). A new bundle is
// "in progress" until `readyAfterMs` has passed, then "success" (or "failed" for the ones
// `failNext` marks). The archive is generated while it is sent, in chunks, so a 1 GB
// download needs no 1 GB in memory; `breakAfterBytes` cuts it off mid-stream.
import type { FakeArea } from '../core/area';
import { areaState } from '../core/area';
import { empty, fail, json, type FakeModule, type FakeRequest } from '../core/module';
import type { FakeState } from '../core/state';

export interface FakeBundleParameters {
  configuration: boolean;
  system: boolean;
  logs: { include: boolean; start_date?: string; end_date?: string };
  thread_dump: { count: number; interval: number };
}

export interface FakeBundle {
  id: string;
  name: string;
  description: string | null;
  /** Epoch ms. */
  createdAt: number;
  /** Epoch ms when it stops being "in progress". */
  readyAt: number;
  fails: boolean;
  parameters: FakeBundleParameters;
}

export interface SupportBundlesState {
  bundles: FakeBundle[];
  /** How long a new bundle stays "in progress". */
  readyAfterMs: number;
  /** The next this many bundles end "failed". */
  failNext: number;
  /** Size of every archive. */
  archiveBytes: number;
  chunkBytes: number;
  /** When set, an archive download is cut off after this many bytes. */
  breakAfterBytes: number | null;
  /** Cloud: the last value set; null until someone sets it (there is no read call). */
  logCollection: boolean | null;
}

export const supportBundlesState = (state: FakeState): SupportBundlesState =>
  areaState(state, 'supportBundles', () => ({
    bundles: [],
    readyAfterMs: 1500,
    failNext: 0,
    archiveBytes: 256 * 1024,
    chunkBytes: 64 * 1024,
    breakAfterBytes: null,
    logCollection: null,
  }));

const DEFAULT_PARAMETERS: FakeBundleParameters = { configuration: true, system: true, logs: { include: true }, thread_dump: { count: 1, interval: 0 } };

/** The platform's time form: seconds and an offset ("2019-02-24T13:47:06+02:00"). */
const platformTime = (ms: number): string => `${new Date(ms).toISOString().slice(0, 19)}+00:00`;

function statusOf(bundle: FakeBundle, now = Date.now()): string {
  if (now < bundle.readyAt) return 'in progress';
  return bundle.fails ? 'failed' : 'success';
}

function summary(bundle: FakeBundle) {
  return { id: bundle.id, name: bundle.name, description: bundle.description, created: platformTime(bundle.createdAt), status: statusOf(bundle) };
}

function metadata(state: FakeState, bundle: FakeBundle) {
  const serviceId = `jfrt@${state.system.nodeId}`;
  return {
    name: bundle.name,
    description: bundle.description,
    id: bundle.id,
    artifactory: { service_id: serviceId, bundle_url: `http://${state.system.nodeId}:8081/artifactory/jfrog-support-bundle/${bundle.id}/jfrt/${serviceId}` },
    parameters: structuredClone(bundle.parameters),
    created: platformTime(bundle.createdAt),
    status: statusOf(bundle),
  };
}

/** Byte i of every archive: a pattern tests can regenerate to compare what arrived. */
export const archiveByte = (offset: number): number => (offset * 31 + 7) % 251;

export function archiveChunk(offset: number, length: number): Buffer {
  const chunk = Buffer.allocUnsafe(length);
  for (let i = 0; i < length; i++) chunk[i] = archiveByte(offset + i);
  return chunk;
}

async function* archive(size: number, chunkBytes: number, breakAfter: number | null): AsyncGenerator<Buffer> {
  // The pattern repeats every 251 bytes: one template chunk sliced at the right phase.
  const template = archiveChunk(0, chunkBytes + 251);
  let sent = 0;
  while (sent < size) {
    const length = Math.min(chunkBytes, size - sent);
    if (breakAfter !== null && sent + length > breakAfter) {
      if (breakAfter > sent) yield template.subarray(sent % 251, (sent % 251) + (breakAfter - sent));
      throw new Error('archive broken on purpose');
    }
    yield template.subarray(sent % 251, (sent % 251) + length);
    sent += length;
  }
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function createBundle(state: FakeState, req: FakeRequest) {
  const own = supportBundlesState(state);
  const body = (req.bodyText.trim() === '' ? {} : req.json<Record<string, unknown>>()) ?? {};
  const given = (body.parameters ?? {}) as Partial<FakeBundleParameters>;
  const logs = { ...DEFAULT_PARAMETERS.logs, ...(given.logs ?? {}) };
  // [unsure] what the platform says of a malformed date; the spec gives the pattern only.
  for (const day of [logs.start_date, logs.end_date]) if (day !== undefined && !DAY.test(day)) fail(400, `Invalid date ${day}: expected YYYY-MM-DD`);
  const name = typeof body.name === 'string' && body.name !== '' ? body.name : 'support-bundle';
  const now = Date.now();
  const bundle: FakeBundle = {
    id: `${name}-${now}`,
    name,
    description: typeof body.description === 'string' && body.description !== '' ? body.description : null,
    createdAt: now,
    readyAt: now + own.readyAfterMs,
    fails: own.failNext > 0,
    parameters: {
      configuration: given.configuration ?? true,
      system: given.system ?? true,
      logs,
      thread_dump: { ...DEFAULT_PARAMETERS.thread_dump, ...(given.thread_dump ?? {}) },
    },
  };
  if (own.failNext > 0) own.failNext--;
  // Two bundles made in the same millisecond still get distinct ids.
  while (own.bundles.some((existing) => existing.id === bundle.id)) bundle.id = `${name}-${++bundle.createdAt}`;
  own.bundles.push(bundle);
  return json(200, { id: bundle.id });
}

const find = (state: FakeState, id: string): FakeBundle => supportBundlesState(state).bundles.find((bundle) => bundle.id === id) ?? fail(404, `Support bundle ${id} was not found`);

const routes: FakeModule = ({ route, state }) => {
  const base = '/artifactory/api/system/support';
  const selfHosted = { auth: 'admin', only: 'self-hosted' } as const;
  route(
    'GET',
    `${base}/bundles`,
    () => {
      const { bundles } = supportBundlesState(state);
      // API-NOTES: an empty body means there are none.
      if (bundles.length === 0) return empty(200);
      return json(200, { bundles: bundles.map(summary), count: bundles.length });
    },
    selfHosted,
  );
  route('POST', `${base}/bundle`, (req) => createBundle(state, req), selfHosted);
  route('GET', `${base}/bundle/:id`, (req) => json(200, metadata(state, find(state, req.params.id))), selfHosted);
  route(
    'GET',
    `${base}/bundle/:id/archive`,
    (req) => {
      const bundle = find(state, req.params.id);
      // [unsure] what the platform answers for an archive that is not there yet.
      if (statusOf(bundle) !== 'success') fail(404, `Support bundle ${bundle.id} has no archive (${statusOf(bundle)})`);
      const own = supportBundlesState(state);
      return {
        status: 200,
        headers: { 'content-type': 'application/zip', 'content-disposition': `attachment; filename="${bundle.id}.zip"` },
        stream: { source: archive(own.archiveBytes, own.chunkBytes, own.breakAfterBytes), length: own.archiveBytes },
      };
    },
    selfHosted,
  );
  route(
    'DELETE',
    `${base}/bundle/:id`,
    (req) => {
      const own = supportBundlesState(state);
      const bundle = find(state, req.params.id);
      own.bundles = own.bundles.filter((existing) => existing !== bundle);
      // [unsure] the body of a successful delete; clients only look at the status.
      return empty(200);
    },
    selfHosted,
  );
  // Cloud only (Enable Log Collection, 7.27.6+); admin-scoped token.
  route(
    'POST',
    '/access/api/v1/logshipping/config',
    (req) => {
      const body = req.json<{ enabled?: unknown }>();
      if (typeof body?.enabled !== 'boolean') fail(400, 'enabled must be true or false');
      supportBundlesState(state).logCollection = body.enabled;
      return empty(200);
    },
    { auth: 'admin', only: 'cloud' },
  );
};

/** Bundles made earlier, `count` of them, every fifth one failed. */
export function seedBundles(state: FakeState, count: number, now = Date.now()): void {
  const own = supportBundlesState(state);
  const reasons = ['Upload failures on libs-release', 'Slow UI reported by QA', 'Nightly health check', 'Replication lag', 'Support case follow-up'];
  for (let i = 0; i < count; i++) {
    const createdAt = now - (count - i) * 3 * 3_600_000;
    own.bundles.push({
      id: `bundle-${String(i + 1).padStart(2, '0')}-${createdAt}`,
      name: `bundle-${String(i + 1).padStart(2, '0')}`,
      description: i % 3 === 2 ? null : reasons[i % reasons.length],
      createdAt,
      readyAt: createdAt + 90_000,
      fails: i % 5 === 4,
      parameters: structuredClone(DEFAULT_PARAMETERS),
    });
  }
}

export const supportBundlesArea: FakeArea = {
  name: 'supportBundles',
  routes,
  seed(state, scenario) {
    seedBundles(state, scenario.kind === 'minimal' ? 2 : 20);
  },
};
