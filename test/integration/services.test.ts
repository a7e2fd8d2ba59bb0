// The whole services stack (createAppServices → dispatcher → handlers → HTTP client)
// against the fake platform over real HTTP: instances, connection test, system calls,
// read-only refusal, faults, and no secret in any answer.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createAppServices } from '../../electron/services/app-services';
import type { AppServices } from '../../electron/services/app-services-types';
import type { CallResult } from '../../shared/errors';
import type { ConnectionReport, InstanceView } from '../../shared/areas/instances/model';
import type { RouterHealth, SystemOverview, VersionInfo } from '../../shared/areas/system/model';
import { startFakePlatform, type FakePlatform, type Principal } from '../fake-platform';

let fake: FakePlatform;
let cloud: FakePlatform;
let services: AppServices;
let dataDir: string;
/** Every answer the services gave, to search for secrets at the end. */
const answers: CallResult<unknown>[] = [];

async function call<T>(name: string, input: unknown): Promise<CallResult<T>> {
  const result = (await services.dispatch(name, input)) as CallResult<T>;
  answers.push(result);
  return result;
}

async function value<T>(name: string, input: unknown): Promise<T> {
  const result = await call<T>(name, input);
  if (!result.ok) throw new Error(`${name} failed: ${JSON.stringify(result.error)}`);
  return result.value;
}

const form = (platform: FakePlatform, who: Principal, extra: Record<string, unknown> = {}) => ({
  name: `${who.username} on ${platform.url}`,
  baseUrl: platform.url,
  authKind: 'basic-password',
  username: who.username,
  secret: who.password,
  timeoutMs: 5000,
  ...extra,
});

beforeAll(async () => {
  fake = await startFakePlatform({ seed: 'minimal' });
  cloud = await startFakePlatform({ seed: 'minimal', mode: 'cloud' });
  dataDir = await mkdtemp(join(tmpdir(), 'lilypad-services-'));
  services = createAppServices({ dataDir, runtime: 'browser-host' });
});
afterAll(async () => {
  await services.close();
  await Promise.all([fake.close(), cloud.close()]);
  await rm(dataDir, { recursive: true, force: true });
});
afterEach(() => {
  fake.faults.clear();
  fake.clearRequests();
});

describe('instances', () => {
  it('saves, lists with hasSecret, and persists profiles across service restarts', async () => {
    const saved = await value<InstanceView>('instances.save', form(fake, fake.principals.admin));
    expect(saved).toMatchObject({ baseUrl: fake.url, hasSecret: true, platform: 'unknown' });
    const restarted = createAppServices({ dataDir, runtime: 'browser-host' });
    const listed = await restarted.dispatch('instances.list', {});
    // The default secret store is memory: profiles survive, secrets do not.
    expect(listed).toMatchObject({ ok: true, value: expect.arrayContaining([expect.objectContaining({ id: saved.id, hasSecret: false })]) });
    await restarted.close();
  });
});

describe('connection test', () => {
  it('runs every step for a self-hosted admin and stores the detected platform', async () => {
    const saved = await value<InstanceView>('instances.save', form(fake, fake.principals.admin, { name: 'detect me' }));
    fake.clearRequests();
    // The stored secret is used when the form has an id and no secret.
    const report = await value<ConnectionReport>('instances.testConnection', { ...form(fake, fake.principals.admin, { name: 'detect me' }), id: saved.id, secret: undefined });
    expect(report.steps.map((s) => [s.id, s.state])).toEqual([
      ['reach', 'ok'],
      ['tls', 'skipped'],
      ['jfrog', 'ok'],
      ['auth', 'ok'],
      ['access', 'ok'],
      ['version', 'ok'],
      ['platform', 'ok'],
    ]);
    expect(report).toMatchObject({ ok: true, platform: 'self-hosted', version: expect.stringContaining(fake.state.system.version) });
    expect(report.fix).toBeUndefined();
    // The router is asked without credentials; Access is checked because the instance signs in with a password.
    expect(fake.requests.map((r) => `${r.method} ${r.path} ${r.principal ?? '-'} ${r.headers.authorization ? 'auth' : 'anonymous'}`)).toEqual([
      `GET /router/api/v1/system/health - anonymous`,
      `GET /artifactory/api/system/version admin auth`,
      `GET /access/api/v2/users/admin admin auth`,
      `GET /artifactory/api/system/license admin auth`,
    ]);
    const list = await value<InstanceView[]>('instances.list', {});
    expect(list.find((i) => i.id === saved.id)?.platform).toBe('self-hosted');
  });

  it('explains a wrong password at the auth step', async () => {
    const report = await value<ConnectionReport>('instances.testConnection', form(fake, fake.principals.admin, { secret: 'not-the-password' }));
    expect(report.ok).toBe(false);
    expect(report.steps.find((s) => s.id === 'auth')).toMatchObject({ state: 'fail', detail: expect.stringContaining('rejected the credentials (401)') });
    expect(report.steps.find((s) => s.id === 'version')?.state).toBe('skipped');
  });

  it('says unknown for a non-admin on a custom domain and cloud for an admin on Cloud', async () => {
    const reader = await value<ConnectionReport>('instances.testConnection', form(fake, fake.principals.reader));
    expect(reader).toMatchObject({ ok: true, platform: 'unknown' });
    expect(reader.steps.find((s) => s.id === 'platform')?.state).toBe('warn');
    const onCloud = await value<ConnectionReport>('instances.testConnection', form(cloud, cloud.principals.admin));
    expect(onCloud).toMatchObject({ ok: true, platform: 'cloud' });
  });

  it('names a host that DNS cannot resolve', async () => {
    const report = await value<ConnectionReport>('instances.testConnection', { ...form(fake, fake.principals.admin), baseUrl: 'https://no-such-host.invalid' });
    expect(report.steps[0]).toMatchObject({ id: 'reach', state: 'fail', detail: 'DNS could not resolve no-such-host.invalid. Check the base URL.' });
  });

  it('names an unreachable host:port and skips the rest', async () => {
    const gone = await startFakePlatform();
    const url = gone.url;
    await gone.close();
    const report = await value<ConnectionReport>('instances.testConnection', { ...form(fake, fake.principals.admin), baseUrl: url });
    expect(report.ok).toBe(false);
    expect(report.steps[0]).toMatchObject({ id: 'reach', state: 'fail', detail: expect.stringContaining(`Nothing is listening at ${new URL(url).host}`) });
    expect(report.steps.slice(1).every((s) => s.state === 'skipped')).toBe(true);
  });
});

describe('system', () => {
  let admin: string;
  let reader: string;
  let cloudAdmin: string;
  beforeAll(async () => {
    admin = (await value<InstanceView>('instances.save', form(fake, fake.principals.admin, { name: 'sys admin' }))).id;
    reader = (
      await value<InstanceView>(
        'instances.save',
        form(fake, fake.principals.reader, { name: 'sys reader', authKind: 'token', username: undefined, secret: fake.principals.reader.token }),
      )
    ).id;
    cloudAdmin = (await value<InstanceView>('instances.save', form(cloud, cloud.principals.admin, { name: 'cloud admin' }))).id;
    // What the connection test would have found.
    await value('instances.testConnection', { ...form(cloud, cloud.principals.admin, { name: 'cloud admin' }), id: cloudAdmin });
  });

  it('version: one GET of the version call, revision and add-ons included', async () => {
    fake.clearRequests();
    const version = await value<VersionInfo>('system.version', { instanceId: admin });
    expect(version).toMatchObject({ version: fake.state.system.version, revision: fake.state.system.revision, addons: fake.state.system.addons });
    expect(fake.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /artifactory/api/system/version']);
  });

  it('overview: version, license and three probes on self-hosted', async () => {
    const overview = await value<SystemOverview>('system.overview', { instanceId: admin });
    expect(overview.version).toMatchObject({ version: fake.state.system.version, addons: fake.state.system.addons });
    expect(overview.license).toEqual({ type: 'Enterprise Plus', validThrough: 'Dec 31, 2027', licensedTo: 'Lilypad Test Org' });
    expect(overview.probes.map((p) => [p.name, p.state])).toEqual([
      ['ping', 'ok'],
      ['readiness', 'ok'],
      ['liveness', 'ok'],
    ]);
  });

  it('overview: a readable license marks the instance self-hosted, so self-hosted screens show', async () => {
    const fresh = (await value<InstanceView>('instances.save', form(fake, fake.principals.admin, { name: 'sys detect' }))).id;
    const listed = async () => (await value<InstanceView[]>('instances.list', {})).find((i) => i.id === fresh);
    expect((await listed())?.platform).toBe('unknown');
    const overview = await value<SystemOverview>('system.overview', { instanceId: fresh });
    expect(overview.platform).toBe('self-hosted');
    expect((await listed())?.platform).toBe('self-hosted');
  });

  it('overview: license is null with a note for a non-admin and on Cloud (no request sent there)', async () => {
    const forReader = await value<SystemOverview>('system.overview', { instanceId: reader });
    expect(forReader).toMatchObject({ license: null, licenseNote: expect.stringContaining('403') });
    cloud.clearRequests();
    const onCloud = await value<SystemOverview>('system.overview', { instanceId: cloudAdmin });
    expect(onCloud).toMatchObject({ license: null, platform: 'cloud', licenseNote: expect.stringContaining('Cloud') });
    expect(cloud.requests.some((r) => r.path === '/artifactory/api/system/license')).toBe(false);
  });

  it('overview: a failing probe is data, not an error', async () => {
    fake.state.system.ready = false;
    try {
      const overview = await value<SystemOverview>('system.overview', { instanceId: admin });
      expect(overview.probes.find((p) => p.name === 'readiness')).toMatchObject({ state: 'fail', detail: expect.stringContaining('503') });
    } finally {
      fake.state.system.ready = true;
    }
  });

  it('routerHealth: anonymous, 200 when healthy', async () => {
    const health = await value<RouterHealth>('system.routerHealth', { instanceId: admin });
    expect(health).toMatchObject({ httpStatus: 200, router: { state: 'HEALTHY' } });
    expect(health.services.length).toBeGreaterThan(0);
    expect(fake.requests).toHaveLength(1);
    expect(fake.requests[0]).toMatchObject({ method: 'GET', path: '/router/api/v1/system/health' });
    expect(fake.requests[0].headers).not.toHaveProperty('authorization');
  });

  it('routerHealth: 503 with one UNHEALTHY service is data, sent once, and unknown states are normalised', async () => {
    const services = fake.state.system.health.services;
    const before = structuredClone(services);
    services[0].state = 'UNHEALTHY';
    services[0].message = 'db down';
    services[1].state = 'SOMETHING_NEW';
    try {
      const health = await value<RouterHealth>('system.routerHealth', { instanceId: admin });
      expect(health.httpStatus).toBe(503);
      expect(health.services[0]).toMatchObject({ serviceId: services[0].service_id, state: 'UNHEALTHY', message: 'db down' });
      expect(health.services[1].state).toBe('UNKNOWN');
      expect(health.services.slice(2).every((s) => s.state === 'HEALTHY')).toBe(true);
      expect(fake.requests).toHaveLength(1);
    } finally {
      fake.state.system.health.services = before;
    }
  });

  it('routerHealth: a 503 whose body is not JSON (a proxy page) is data: unhealthy, with its text', async () => {
    fake.state.system.healthPage = '<html><body><h1>503 Service Temporarily Unavailable</h1><hr>nginx</body></html>';
    try {
      const health = await value<RouterHealth>('system.routerHealth', { instanceId: admin });
      expect(health).toMatchObject({ httpStatus: 503, unreadable: true, services: [], router: { state: 'UNHEALTHY' } });
      expect(health.router.message).toBe('HTTP 503: 503 Service Temporarily Unavailable nginx');
      expect(fake.requests.map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual(['GET /router/api/v1/system/health 503']);
    } finally {
      fake.state.system.healthPage = null;
    }
  });

  it('version and overview remember the version in main, so a user update needs no extra request', async () => {
    const fresh = (await value<InstanceView>('instances.save', form(fake, fake.principals.admin, { name: 'version memory' }))).id;
    await value<SystemOverview>('system.overview', { instanceId: fresh });
    fake.clearRequests();
    await value('users.update', { instanceId: fresh, username: 'bob', changes: { email: 'bob@example.com' } });
    expect(fake.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['PATCH /access/api/v2/users/bob']);
  });

  it('a read-only instance refuses writes with nothing sent, and still reads', async () => {
    const readOnly = (await value<InstanceView>('instances.save', form(fake, fake.principals.admin, { name: 'ro', readOnly: true }))).id;
    fake.clearRequests();
    const refused = await call('groups.delete', { instanceId: readOnly, name: 'developers' });
    expect(refused).toEqual({ ok: false, error: { kind: 'read-only', message: 'ro is read-only: Lilypad does not send changes to it.' } });
    expect(fake.requests).toHaveLength(0);
    expect(fake.state.groups.has('developers')).toBe(true);
    expect((await call('system.overview', { instanceId: readOnly })).ok).toBe(true);
  });

  it('every fault kind comes back as a typed error, and the next call works', async () => {
    const path = '/artifactory/api/system/version';
    const cases = [
      { fault: { kind: 'status', status: 500, path, times: 1 } as const, kind: 'http' },
      { fault: { kind: 'status', status: 503, path, times: 3 } as const, kind: 'http' },
      { fault: { kind: 'reset', path, times: 3 } as const, kind: 'network' },
      { fault: { kind: 'malformed-json', path, times: 1 } as const, kind: 'http' },
      { fault: { kind: 'hang', path, times: 1 } as const, kind: 'timeout' },
    ];
    const fast = (await value<InstanceView>('instances.save', form(fake, fake.principals.admin, { name: 'fast timeout', timeoutMs: 1000 }))).id;
    for (const { fault, kind } of cases) {
      fake.faults.add(fault);
      const result = await call<SystemOverview>('system.overview', { instanceId: fast });
      expect(result.ok ? 'ok' : result.error.kind, fault.kind).toBe(kind);
      fake.faults.clear();
      expect((await call('system.overview', { instanceId: fast })).ok).toBe(true);
    }
    fake.faults.add({ kind: 'latency', ms: 300, path, times: 1 });
    expect((await call('system.overview', { instanceId: fast })).ok).toBe(true);
  });
});

it('no answer ever contained a password or token of the principals', () => {
  expect(answers.length).toBeGreaterThan(10);
  const text = JSON.stringify(answers);
  for (const platform of [fake, cloud]) {
    for (const who of [platform.principals.admin, platform.principals.reader]) {
      expect(text).not.toContain(who.password);
      expect(text).not.toContain(who.token);
      expect(text).not.toContain(Buffer.from(`${who.username}:${who.password}`).toString('base64'));
    }
  }
  expect(text).not.toContain('not-the-password');
});
