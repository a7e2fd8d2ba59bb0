// supportBundles.* through the real services dispatcher against the fake platform: list,
// create (in progress → success), metadata, delete, the archive streamed to a file (bytes
// match; cancel and a broken stream leave no file), and Cloud's log collection switch.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { FakePlatform } from '../fake-platform';
import { startFakePlatform } from '../fake-platform';
import { archiveChunk, supportBundlesState } from '../fake-platform/areas/support-bundles';
import type { BundleMetadata, DownloadJob, SupportBundle } from '../../shared/areas/support-bundles/model';
import { servicesWorld } from './support/services-world';

const world = servicesWorld('support-bundles');
const { ok, failure, onlyRequest } = world;
let fake: FakePlatform;
let reader: string;
let readOnly: string;
beforeAll(() => {
  ({ fake, reader, readOnly } = world.state());
});
beforeEach(() => {
  const own = supportBundlesState(fake.state);
  own.readyAfterMs = 0;
  own.failNext = 0;
  own.breakAfterBytes = null;
  own.archiveBytes = 256 * 1024;
});

/** Polls the download until it ends: each poll is a real call, no sleeping. */
async function settle(jobId: string): Promise<DownloadJob> {
  for (;;) {
    const job = await ok<DownloadJob>('supportBundles.downloadStatus', { jobId });
    if (job.state !== 'running') return job;
    await new Promise((resolve) => setImmediate(resolve));
  }
}

const newBundle = async (name: string): Promise<string> => (await ok<{ id: string }>('supportBundles.create', { bundle: { name } })).id;

describe('support bundles: list, create, metadata, delete', () => {
  it('lists the bundles with status and created time', async () => {
    const list = await ok<SupportBundle[]>('supportBundles.list', {});
    expect(list).toHaveLength(supportBundlesState(fake.state).bundles.length);
    expect(list[0]).toMatchObject({ id: expect.stringMatching(/^bundle-01-/), status: 'success', rawStatus: 'success', created: expect.stringMatching(/\+00:00$/) });
    expect(onlyRequest()).toMatchObject({ method: 'GET', path: '/artifactory/api/system/support/bundles' });
  });

  it('reads an empty answer as no bundles', async () => {
    const own = supportBundlesState(fake.state);
    const saved = own.bundles;
    own.bundles = [];
    try {
      expect(await ok('supportBundles.list', {})).toEqual([]);
      expect(fake.requests[0].status).toBe(200);
    } finally {
      own.bundles = saved;
    }
  });

  it('creates with the defaults filled in, shows in progress, then success', async () => {
    supportBundlesState(fake.state).readyAfterMs = 60_000;
    const { id } = await ok<{ id: string }>('supportBundles.create', { bundle: { name: 'slow-ui', description: 'Slow UI' } });
    expect(onlyRequest()).toMatchObject({
      method: 'POST',
      path: '/artifactory/api/system/support/bundle',
      body: { name: 'slow-ui', description: 'Slow UI', parameters: { configuration: true, system: true, logs: { include: true }, thread_dump: { count: 1, interval: 0 } } },
    });
    expect(fake.requests[0].headers['content-type']).toMatch(/^application\/json/);
    expect((await ok<BundleMetadata>('supportBundles.get', { id })).status).toBe('in-progress');
    // Done: the fake's clock for this bundle is moved, not waited for.
    const bundle = supportBundlesState(fake.state).bundles.find((b) => b.id === id);
    if (bundle) bundle.readyAt = Date.now() - 1;
    const meta = await ok<BundleMetadata>('supportBundles.get', { id });
    expect(meta).toMatchObject({ id, name: 'slow-ui', status: 'success', serviceId: 'jfrt@fake-node-1', bundleUrl: expect.stringContaining(id) });
    expect(meta.parameters).toEqual({ configuration: true, system: true, logs: { include: true }, thread_dump: { count: 1, interval: 0 } });
  });

  it('sends the log date range and thread dumps as given, and refuses a range that ends before it starts', async () => {
    const bundle = {
      name: 'range',
      parameters: { configuration: false, system: true, logs: { include: true, start_date: '2026-01-01', end_date: '2026-01-03' }, thread_dump: { count: 3, interval: 500 } },
    };
    await ok('supportBundles.create', { bundle });
    expect(onlyRequest().body).toEqual({ ...bundle, description: '' });
    fake.clearRequests();
    const bad = await failure('supportBundles.create', { bundle: { name: 'x', parameters: { logs: { include: true, start_date: '2026-02-01', end_date: '2026-01-01' } } } });
    expect(bad).toMatchObject({ kind: 'validation', message: expect.stringContaining('before the start') });
    expect(await failure('supportBundles.create', { bundle: { name: 'x', parameters: { logs: { include: true, start_date: '01/02/2026' } } } })).toMatchObject({
      kind: 'validation',
    });
    expect(fake.requests).toHaveLength(0);
  });

  it('a failing bundle ends "failed"', async () => {
    supportBundlesState(fake.state).failNext = 1;
    const id = await newBundle('doomed');
    expect((await ok<BundleMetadata>('supportBundles.get', { id })).status).toBe('failed');
  });

  it('deletes one bundle; a missing one is the platform 404', async () => {
    const id = await newBundle('gone');
    fake.clearRequests();
    await ok('supportBundles.delete', { id });
    expect(onlyRequest()).toMatchObject({ method: 'DELETE', path: `/artifactory/api/system/support/bundle/${id}`, status: 200 });
    expect(supportBundlesState(fake.state).bundles.some((b) => b.id === id)).toBe(false);
    expect(await failure('supportBundles.get', { id })).toMatchObject({ status: 404, platformMessage: expect.stringContaining('not found') });
  });

  it('refuses a non-admin (403) and changes on a read-only instance (no request)', async () => {
    expect(await failure('supportBundles.list', {}, reader)).toMatchObject({ status: 403 });
    fake.clearRequests();
    expect(await failure('supportBundles.create', { bundle: { name: 'ro' } }, readOnly)).toMatchObject({ kind: 'read-only' });
    expect(await failure('supportBundles.delete', { id: 'bundle-01-1' }, readOnly)).toMatchObject({ kind: 'read-only' });
    expect(fake.requests).toHaveLength(0);
  });
});

describe('support bundles: the archive streamed to disk', () => {
  async function expectedDigest(size: number): Promise<string> {
    const hash = createHash('sha256');
    for (let offset = 0; offset < size; offset += 65_536) hash.update(archiveChunk(offset, Math.min(65_536, size - offset)));
    return hash.digest('hex');
  }

  it('streams a finished archive to a file in the data folder whose bytes match, and offers it to the browser once', async () => {
    supportBundlesState(fake.state).archiveBytes = 3 * 1024 * 1024 + 17;
    const id = await newBundle('to-disk');
    fake.clearRequests();
    const started = await ok<DownloadJob>('supportBundles.download', { id });
    expect(started).toMatchObject({ bundleId: id, state: 'running', fileName: `${id}.zip` });
    const job = await settle(started.jobId);
    expect(job).toMatchObject({ state: 'done', received: 3 * 1024 * 1024 + 17, total: 3 * 1024 * 1024 + 17, fetchPath: expect.stringMatching(/^\/api\/files\/[0-9a-f]+$/) });
    expect(onlyRequest()).toMatchObject({ method: 'GET', path: `/artifactory/api/system/support/bundle/${id}/archive`, status: 200 });
    const files = world.state().services.files;
    const shelved = files?.take(job.fetchPath!.split('/').pop()!);
    expect(shelved?.name).toBe(`${id}.zip`);
    const bytes = await readFile(shelved!.path);
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(await expectedDigest(bytes.length));
    expect(bytes.length).toBe(3 * 1024 * 1024 + 17);
    // Only the final file is left in the folder: no partial beside it.
    expect(readdirSync(join(shelved!.path, '..')).filter((name) => name.includes(id))).toEqual([shelved!.path.split('/').pop()]);
  });

  it('a cancelled download leaves no file', async () => {
    const own = supportBundlesState(fake.state);
    own.archiveBytes = 512 * 1024 * 1024;
    const id = await newBundle('cancel-me');
    const started = await ok<DownloadJob>('supportBundles.download', { id });
    // Wait until bytes are flowing, then cancel.
    for (;;) {
      const job = await ok<DownloadJob>('supportBundles.downloadStatus', { jobId: started.jobId });
      if (job.received > 0) break;
      await new Promise((resolve) => setImmediate(resolve));
    }
    const cancelled = await ok<DownloadJob>('supportBundles.cancelDownload', { jobId: started.jobId });
    expect(cancelled.state).toBe('cancelled');
    expect(cancelled.received).toBeLessThan(own.archiveBytes);
    expect(folderFiles(id)).toEqual([]);
  });

  it('a download that breaks mid-stream fails, says so, and leaves nothing under the final name', async () => {
    const own = supportBundlesState(fake.state);
    own.archiveBytes = 4 * 1024 * 1024;
    own.breakAfterBytes = 1024 * 1024 + 5;
    const id = await newBundle('broken');
    const started = await ok<DownloadJob>('supportBundles.download', { id });
    const job = await settle(started.jobId);
    expect(job.state).toBe('failed');
    expect(job.error?.message).toBeTruthy();
    expect(job.fetchPath).toBeUndefined();
    expect(folderFiles(id)).toEqual([]);
  });

  it('an archive that is not ready is the platform 404, before any file is made', async () => {
    supportBundlesState(fake.state).readyAfterMs = 60_000;
    const id = await newBundle('not-yet');
    const started = await ok<DownloadJob>('supportBundles.download', { id });
    const job = await settle(started.jobId);
    expect(job).toMatchObject({ state: 'failed', error: { status: 404 } });
    expect(folderFiles(id)).toEqual([]);
  });
});

describe('support bundles: Cloud', () => {
  it('switches log collection on Cloud with {enabled}; bundles say unsupported there', async () => {
    const cloud = await startFakePlatform({ mode: 'cloud' });
    try {
      const id = await world.saveInstance(cloud, 'Cloud', cloud.principals.admin);
      const { services } = world.state();
      expect(await services.dispatch('supportBundles.list', { instanceId: id })).toMatchObject({ ok: false, error: { kind: 'unsupported' } });
      cloud.clearRequests();
      expect(await services.dispatch('supportBundles.logCollection', { instanceId: id, enabled: true })).toMatchObject({ ok: true });
      expect(cloud.requests.map((r) => [r.method, r.path, r.bodyText])).toEqual([['POST', '/access/api/v1/logshipping/config', '{"enabled":true}']]);
      expect(supportBundlesState(cloud.state).logCollection).toBe(true);
      await services.dispatch('instances.remove', { id });
    } finally {
      await cloud.close();
    }
  });

  it('refuses log collection on a self-hosted instance without a request', async () => {
    await ok('licenses.get', {});
    fake.clearRequests();
    expect(await failure('supportBundles.logCollection', { enabled: true })).toMatchObject({ kind: 'unsupported' });
    expect(fake.requests).toHaveLength(0);
  });
});

function folderFiles(id: string): string[] {
  const folder = join(world.state().dataDir, 'downloads');
  return existsSync(folder) ? readdirSync(folder).filter((name) => name.includes(id)) : [];
}
