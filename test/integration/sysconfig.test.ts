// sysconfig.* through the real services dispatcher against the fake platform: the XML as
// read and saved (content type, body), the local backup written before every save and
// restorable, malformed XML refused before sending, the URL base as text/plain, verify
// connection with the other side's answer, read-only and non-admin refusals.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ConfigBackup, ConfigXml, SaveResult, VerifyConnectionResult } from '../../shared/areas/sysconfig/model';
import { startFakePlatform, type FakePlatform } from '../fake-platform';
import { sysconfigState } from '../fake-platform/areas/sysconfig';
import { minimalConfigXml } from '../fake-platform/fixtures/config-xml';
import { servicesWorld } from './support/services-world';

const world = servicesWorld('sysconfig');
const { ok, failure, onlyRequest } = world;
const CONFIGURATION = '/artifactory/api/system/configuration';
let fake: FakePlatform;
let reader: string;
let readOnly: string;
beforeAll(() => {
  ({ fake, reader, readOnly } = world.state());
});
beforeEach(() => {
  sysconfigState(fake.state).xml = minimalConfigXml();
  sysconfigState(fake.state).saves = [];
});

const edited = (xml: string) => xml.replace('<fileUploadMaxSizeMb>100</fileUploadMaxSizeMb>', '<fileUploadMaxSizeMb>500</fileUploadMaxSizeMb>');

describe('sysconfig: reading', () => {
  it('system info is the platform text', async () => {
    const info = await ok<string>('sysconfig.info', {});
    expect(info).toContain('SYSTEM INFORMATION');
    expect(onlyRequest()).toMatchObject({ method: 'GET', path: '/artifactory/api/system' });
  });

  it('the configuration XML exactly as the platform holds it', async () => {
    const { xml } = await ok<ConfigXml>('sysconfig.configXml', {});
    expect(xml).toBe(minimalConfigXml());
    expect(onlyRequest()).toMatchObject({ method: 'GET', path: CONFIGURATION });
  });

  it('a non-admin gets the 403 as an error with its status', async () => {
    const error = await failure('sysconfig.configXml', {}, reader);
    expect(error).toMatchObject({ kind: 'http', status: 403 });
  });
});

describe('sysconfig: saving with a local backup first', () => {
  it('reads the current XML, keeps it in the data folder, then posts the new XML as application/xml', async () => {
    const before = sysconfigState(fake.state).xml;
    const next = edited(before);
    const result = await ok<SaveResult>('sysconfig.saveXml', { xml: next });
    expect(fake.requests.map((r) => [r.method, r.path])).toEqual([
      ['GET', CONFIGURATION],
      ['POST', CONFIGURATION],
    ]);
    expect(fake.requests[1].headers['content-type']).toMatch(/^application\/xml/);
    expect(fake.requests[1].bodyText).toBe(next);
    // Held and returned as saved.
    expect(sysconfigState(fake.state).xml).toBe(next);
    expect((await ok<ConfigXml>('sysconfig.configXml', {})).xml).toBe(next);

    expect(result.backup).toMatchObject({ instanceName: 'Fake admin', reason: 'before save', bytes: Buffer.byteLength(before) });
    const dir = join(world.dataDir(), 'config-backups', world.state().admin);
    expect((await readdir(dir)).sort()).toEqual([`${result.backup.id}.json`, `${result.backup.id}.xml`]);
    expect(await readFile(join(dir, `${result.backup.id}.xml`), 'utf8')).toBe(before);

    const listed = await ok<ConfigBackup[]>('sysconfig.backups', {});
    expect(listed[0]).toEqual(result.backup);
    const read = await ok<ConfigXml & { backup: ConfigBackup }>('sysconfig.backup', { id: result.backup.id });
    expect(read.xml).toBe(before);
  });

  it('restores a backup: the current XML is backed up, then the backup is posted', async () => {
    const original = sysconfigState(fake.state).xml;
    const first = await ok<SaveResult>('sysconfig.saveXml', { xml: edited(original) });
    fake.clearRequests();
    const restored = await ok<SaveResult>('sysconfig.restore', { id: first.backup.id });
    expect(fake.requests.map((r) => [r.method, r.path])).toEqual([
      ['GET', CONFIGURATION],
      ['POST', CONFIGURATION],
    ]);
    expect(fake.requests[1].bodyText).toBe(original);
    expect(sysconfigState(fake.state).xml).toBe(original);
    expect(restored.backup.reason).toBe(`before restoring ${first.backup.id}`);
    expect((await ok<ConfigXml>('sysconfig.backup', { id: restored.backup.id })).xml).toBe(edited(original));
  });

  it('malformed XML is refused at the bridge: nothing is read, backed up or sent', async () => {
    const before = (await ok<ConfigBackup[]>('sysconfig.backups', {})).length;
    fake.clearRequests();
    const error = await failure('sysconfig.saveXml', { xml: '<config><offlineMode>false</config>' });
    expect(error.kind).toBe('validation');
    expect(error.issues?.[0].message).toContain('</config> found where </offlineMode> was expected');
    expect(fake.requests).toEqual([]);
    expect(await ok<ConfigBackup[]>('sysconfig.backups', {})).toHaveLength(before);
  });

  it('the fake refuses malformed XML with 400 too (a console without the check would see it)', async () => {
    const response = await fetch(`${fake.url}${CONFIGURATION}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${fake.principals.admin.token}`, 'content-type': 'application/xml' },
      body: '<config><a></config>',
    });
    expect(response.status).toBe(400);
    expect(sysconfigState(fake.state).saves).toEqual([]);
  });

  it('a read-only instance refuses save and restore without a request', async () => {
    expect((await failure('sysconfig.saveXml', { xml: '<config/>' }, readOnly)).kind).toBe('read-only');
    expect((await failure('sysconfig.restore', { id: '20261130T145953Z-abc123' }, readOnly)).kind).toBe('read-only');
    expect(fake.requests).toEqual([]);
  });

  it('an unknown backup id is not-found, and nothing is sent', async () => {
    expect((await failure('sysconfig.restore', { id: '20000101T000000Z-zzzzzz' })).kind).toBe('not-found');
    expect(fake.requests).toEqual([]);
  });

  it('a platform 400 on save comes back with its status and message, after the backup was kept', async () => {
    fake.faults.add({ method: 'POST', path: CONFIGURATION, kind: 'status', status: 400, times: 1 });
    const error = await failure('sysconfig.saveXml', { xml: '<config/>' });
    fake.faults.clear();
    expect(error).toMatchObject({ kind: 'http', status: 400 });
  });
});

describe('sysconfig: URL base and verify connection', () => {
  it('PUTs the URL base as text/plain and the platform holds it in the XML', async () => {
    const message = await ok<string>('sysconfig.setUrlBase', { url: 'https://artifacts.acme.test' });
    const sent = fake.requests[0];
    expect([sent.method, sent.path, sent.headers['content-type'], sent.bodyText]).toEqual([
      'PUT',
      `${CONFIGURATION}/baseUrl`,
      expect.stringMatching(/^text\/plain/),
      'https://artifacts.acme.test',
    ]);
    expect(message).toContain('https://artifacts.acme.test');
    expect(sysconfigState(fake.state).xml).toContain('<urlBase>https://artifacts.acme.test</urlBase>');
  });

  it('refuses a URL that is not http(s) before sending', async () => {
    const error = await failure('sysconfig.setUrlBase', { url: 'ftp://acme.test' });
    expect(error.issues?.[0].message).toBe('The URL must start with http:// or https://');
    expect(fake.requests).toEqual([]);
  });

  it('verify connection: success against another platform, the other side’s error as data, the password never back', async () => {
    const other = await startFakePlatform({ seed: 'minimal' });
    try {
      const good = await ok<VerifyConnectionResult>('sysconfig.verifyConnection', {
        endpoint: other.url,
        username: other.principals.admin.username,
        password: other.principals.admin.password,
      });
      expect(good).toMatchObject({ ok: true, status: 200 });
      expect(onlyRequest()).toMatchObject({
        method: 'POST',
        path: '/artifactory/api/system/verifyconnection',
        body: { endpoint: other.url, username: other.principals.admin.username, password: other.principals.admin.password },
      });
      fake.clearRequests();
      const bad = await ok<VerifyConnectionResult>('sysconfig.verifyConnection', { endpoint: other.url, username: 'admin', password: 'wrong-password-1' });
      expect(bad).toEqual({ ok: false, status: 400, message: 'Received error from endpoint url: HTTP 401: Unauthorized' });
      expect(JSON.stringify(bad)).not.toContain('wrong-password-1');
      const nowhere = await ok<VerifyConnectionResult>('sysconfig.verifyConnection', { endpoint: 'https://nowhere.invalid' });
      expect(nowhere.message).toContain('Connection refused');
    } finally {
      await other.close();
    }
  });

  it('verify connection is allowed on a read-only instance (it changes nothing)', async () => {
    const result = await ok<VerifyConnectionResult>('sysconfig.verifyConnection', { endpoint: 'https://nowhere.invalid' }, readOnly);
    expect(result.ok).toBe(false);
  });
});

describe('sysconfig on JFrog Cloud', () => {
  it('the configuration, save and URL base answer unsupported without a request; system info still works', async () => {
    const cloud = await startFakePlatform({ mode: 'cloud', seed: 'minimal' });
    try {
      const id = await world.saveInstance(cloud, 'Cloud admin', cloud.principals.admin);
      const report = await world.state().services.dispatch('instances.testConnection', { id, name: 'Cloud admin', baseUrl: cloud.url, authKind: 'token' });
      if (!report.ok || (report.value as { platform?: string }).platform !== 'cloud') throw new Error('cloud not detected');
      cloud.clearRequests();
      for (const [name, input] of [
        ['sysconfig.configXml', {}],
        ['sysconfig.saveXml', { xml: '<config/>' }],
        ['sysconfig.setUrlBase', { url: 'https://a.test' }],
      ] as const) {
        const error = await failure(name, input, id);
        expect(error.kind, name).toBe('unsupported');
        expect(error.message).toContain('JFrog Cloud');
      }
      expect(cloud.requests).toEqual([]);
      expect(await ok<string>('sysconfig.info', {}, id)).toContain('SYSTEM INFORMATION');
    } finally {
      await cloud.close();
    }
  });
});
