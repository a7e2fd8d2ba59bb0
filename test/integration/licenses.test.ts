// licenses.* through the real services dispatcher against the fake platform: what was sent
// (method, path, body), what the platform holds afterwards, the per-key and per-hash
// messages, the error statuses, and the licenses.expiry scan across instances.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { FakePlatform } from '../fake-platform';
import { LICENSE_EXISTS, seedHaCluster } from '../fake-platform/areas/licenses';
import { makeLicenseKey } from '../fake-platform/support/license-keys';
import { startFakePlatform } from '../fake-platform';
import type { ClusterLicenses, HashResult, InstallResult, LicenseExpiry, LicenseInfo } from '../../shared/areas/licenses/model';
import type { ScanSnapshot } from '../../shared/api/scans';
import { servicesWorld } from './support/services-world';

const world = servicesWorld('licenses');
const { ok, failure, onlyRequest } = world;
let fake: FakePlatform;
let reader: string;
let readOnly: string;
beforeAll(() => {
  ({ fake, reader, readOnly } = world.state());
});

const keyFor = (licensedTo: string, validThrough = 'Jan 1, 2031') => makeLicenseKey({ type: 'Enterprise Plus', validThrough, licensedTo });

describe('licenses: single node', () => {
  it('reads the node license with one GET', async () => {
    const license = await ok<LicenseInfo>('licenses.get', {});
    expect(license).toEqual({ type: 'Enterprise Plus', validThrough: 'Dec 31, 2027', licensedTo: 'Lilypad Test Org' });
    expect(onlyRequest()).toMatchObject({ method: 'GET', path: '/artifactory/api/system/license', status: 200 });
  });

  it('installs one key in the single form ({licenseKey}) with newlines kept as \\n in the JSON', async () => {
    const key = `${keyFor('Single Inc.').slice(0, 20)}\n${keyFor('Single Inc.').slice(20)}`;
    const result = await ok<InstallResult>('licenses.install', { licenseKeys: [key], form: 'single' });
    expect(result).toEqual({ status: 200, results: [{ index: 0, outcome: 'installed', message: expect.stringMatching(/success/) }] });
    const sent = onlyRequest();
    expect(sent).toMatchObject({ method: 'POST', path: '/artifactory/api/system/licenses', body: { licenseKey: key } });
    expect(fake.requests[0].headers['content-type']).toMatch(/^application\/json/);
    expect(fake.requests[0].bodyText).toContain('\\n');
    expect(fake.state.system.license).toMatchObject({ licensedTo: 'Single Inc.' });
    // The answer never carries the key back.
    expect(JSON.stringify(result)).not.toContain(key.slice(0, 16));
  });

  it('reports an installed key as "already installed", not as a failure (the platform answers 400)', async () => {
    const key = keyFor('Twice Inc.');
    await ok('licenses.install', { licenseKeys: [key], form: 'single' });
    fake.clearRequests();
    const again = await ok<InstallResult>('licenses.install', { licenseKeys: [key], form: 'single' });
    expect(again).toEqual({ status: 400, results: [{ index: 0, outcome: 'exists', message: LICENSE_EXISTS }] });
    expect(onlyRequest().status).toBe(400);
  });

  it('a failed install keeps every key out of the error and out of the log', async () => {
    const key = keyFor('Echo Inc.');
    fake.faults.add({
      kind: 'answer',
      method: 'POST',
      path: '/artifactory/api/system/licenses',
      status: 500,
      body: { errors: [{ status: 500, message: `Cannot parse ${key}` }] },
      times: 1,
    });
    const error = await failure('licenses.install', { licenseKeys: [key], form: 'single' });
    expect(error).toMatchObject({ kind: 'http', status: 500, platformMessage: 'Cannot parse <license key>' });
    expect(JSON.stringify(error)).not.toContain(key);
    const log = await readFile(join(world.state().dataDir, 'logs', 'lilypad.log'), 'utf8').catch(() => '');
    expect(log).not.toContain(key);
  });

  it('refuses a malformed key before anything is sent', async () => {
    const error = await failure('licenses.install', { licenseKeys: ['short'], form: 'single' });
    expect(error).toMatchObject({ kind: 'validation', message: expect.stringContaining('16 characters') });
    expect(JSON.stringify(error)).not.toContain('short"');
    expect(fake.requests).toHaveLength(0);
  });

  it('refuses a non-admin with 403 and a read-only instance without a request', async () => {
    expect(await failure('licenses.get', {}, reader)).toMatchObject({ status: 403 });
    fake.clearRequests();
    expect(await failure('licenses.install', { licenseKeys: [keyFor('Nope Inc.')], form: 'single' }, readOnly)).toMatchObject({ kind: 'read-only' });
    expect(await failure('licenses.delete', { hashes: ['abc'] }, readOnly)).toMatchObject({ kind: 'read-only' });
    expect(fake.requests).toHaveLength(0);
  });
});

describe('licenses: HA cluster', () => {
  beforeEach(() => {
    seedHaCluster(fake.state, { expiringInDays: 5 });
    fake.clearRequests();
  });

  it('lists every license with hash, node or "not in use", and the nodes router health names', async () => {
    const cluster = await ok<ClusterLicenses>('licenses.cluster', {});
    expect(cluster.nodes).toEqual(['fake-node-1', 'fake-node-1-b', 'fake-node-1-c']);
    expect(cluster.licenses).toHaveLength(2);
    expect(cluster.licenses.map((l) => l.nodeId)).toEqual(['fake-node-1', 'fake-node-1-b']);
    expect(cluster.licenses[0]).toMatchObject({ licenseHash: expect.stringMatching(/^[0-9a-f]{40}$/), nodeUrl: expect.stringContaining('fake-node-1'), expired: false });
    expect(fake.requests.map((r) => `${r.method} ${r.path}`).sort()).toEqual(['GET /artifactory/api/system/licenses', 'GET /router/api/v1/system/health']);
  });

  it('installs two keys in the array form with a message per key; the unlicensed node gets one, the other is not in use', async () => {
    const [first, second] = [keyFor('Node C Inc.'), keyFor('Spare Inc.')];
    const result = await ok<InstallResult>('licenses.install', { licenseKeys: [first, second], form: 'array' });
    expect(result).toEqual({
      status: 200,
      results: [
        { index: 0, outcome: 'installed', message: 'OK' },
        { index: 1, outcome: 'installed', message: 'OK' },
      ],
    });
    expect(onlyRequest()).toMatchObject({ method: 'POST', path: '/artifactory/api/system/licenses', body: [{ licenseKey: first }, { licenseKey: second }] });
    const cluster = await ok<ClusterLicenses>('licenses.cluster', {});
    expect(cluster.licenses.find((l) => l.licensedTo === 'Node C Inc.')?.nodeId).toBe('fake-node-1-c');
    expect(cluster.licenses.find((l) => l.licensedTo === 'Spare Inc.')).toMatchObject({ nodeId: null, nodeUrl: null });
  });

  it('gives each key its own message when some are refused or already there', async () => {
    const existing = keyFor('Again Inc.');
    await ok('licenses.install', { licenseKeys: [existing], form: 'array' });
    const result = await ok<InstallResult>('licenses.install', { licenseKeys: [existing, 'not a valid key at all!!'], form: 'array' });
    expect(result.status).toBe(400);
    expect(result.results).toEqual([
      { index: 0, outcome: 'exists', message: LICENSE_EXISTS },
      { index: 1, outcome: 'failed', message: 'Invalid license key' },
    ]);
  });

  it('deletes by hash with one comma-separated query value and a message per hash', async () => {
    const [keep, drop] = fake.state.system.licenses;
    const results = await ok<HashResult[]>('licenses.delete', { hashes: [drop.licenseHash, 'feedface'] });
    expect(results).toEqual([
      { hash: drop.licenseHash, outcome: 'deleted', message: 'OK' },
      { hash: 'feedface', outcome: 'failed', message: 'License not found' },
    ]);
    expect(onlyRequest()).toMatchObject({ method: 'DELETE', path: '/artifactory/api/system/licenses', query: { licenseHash: `${drop.licenseHash},feedface` } });
    expect(fake.state.system.licenses.map((l) => l.licenseHash)).toEqual([keep.licenseHash]);
  });

  it('refuses a hash with other characters before sending', async () => {
    expect(await failure('licenses.delete', { hashes: ['abc,def'] })).toMatchObject({ kind: 'validation' });
    expect(fake.requests).toHaveLength(0);
  });
});

describe('licenses: Cloud', () => {
  it('answers unsupported without a request on a known Cloud instance', async () => {
    const cloud = await startFakePlatform({ mode: 'cloud' });
    try {
      const id = await world.saveInstance(cloud, 'Cloud', cloud.principals.admin);
      const { services } = world.state();
      const first = await services.dispatch('licenses.get', { instanceId: id });
      // Unknown kind at first: the 404 tells it is Cloud.
      expect(first).toMatchObject({ ok: false, error: { kind: 'unsupported' } });
      cloud.clearRequests();
      const second = await services.dispatch('licenses.cluster', { instanceId: id });
      expect(second).toMatchObject({ ok: false, error: { kind: 'unsupported' } });
      expect(cloud.requests).toHaveLength(0);
      await services.dispatch('instances.remove', { id });
    } finally {
      await cloud.close();
    }
  });
});

describe('licenses: across instances (licenses.expiry scan)', () => {
  it('checks an instance saved since the last cycle as soon as the table is read', async () => {
    const { services } = world.state();
    await services.dispatch('licenses.fleetRefresh', {});
    const later = await startFakePlatform({});
    const id = await world.saveInstance(later, 'Saved later', later.principals.admin);
    try {
      const first = await services.dispatch('licenses.fleet', {});
      expect(first).toMatchObject({ ok: true, value: { running: true } });
      // Joining the running cycle waits for it: no sleeping.
      const done = await services.dispatch('licenses.fleetRefresh', {});
      if (!done.ok) throw new Error(done.error.message);
      expect((done.value as ScanSnapshot<LicenseExpiry>).instances.find((state) => state.instanceId === id)).toMatchObject({
        status: 'ok',
        value: { licensedTo: 'Lilypad Test Org' },
      });
    } finally {
      await services.dispatch('instances.remove', { id });
      await later.close();
    }
  });

  it('lists every self-hosted instance with its license; a dead one is failed without holding the rest', async () => {
    seedHaCluster(fake.state, { expiringInDays: 5 });
    const dead = await startFakePlatform({});
    const deadUrl = dead.url;
    const deadId = await world.saveInstance(dead, 'Dead one', dead.principals.admin);
    await dead.close();
    const { services } = world.state();
    try {
      const result = await services.dispatch('licenses.fleetRefresh', {});
      if (!result.ok) throw new Error(result.error.message);
      const snapshot = result.value as ScanSnapshot<LicenseExpiry>;
      expect(snapshot.scanId).toBe('licenses.expiry');
      const admin = snapshot.instances.find((state) => state.instanceName === 'Fake admin');
      expect(admin).toMatchObject({ status: 'ok', value: { type: 'Enterprise Plus', licenseCount: 2, expiresOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) } });
      // The earliest expiry of the licenses in use: the one 5 days out.
      const days = Math.round(
        (Date.parse(`${admin?.value?.expiresOn}T00:00:00Z`) - Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(), new Date().getUTCDate())) / 86_400_000,
      );
      expect(days).toBe(5);
      const gone = snapshot.instances.find((state) => state.instanceId === deadId);
      expect(gone).toMatchObject({ status: 'failed', error: { kind: 'network' } });
      expect(deadUrl).toContain('127.0.0.1');
      // Reading the snapshot again sends nothing.
      fake.clearRequests();
      const again = await services.dispatch('licenses.fleet', {});
      expect(again.ok).toBe(true);
      expect(fake.requests).toHaveLength(0);
    } finally {
      await services.dispatch('instances.remove', { id: deadId });
    }
  });
});
