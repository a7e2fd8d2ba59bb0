// trust.* through the real services dispatcher against two fake platforms that see each
// other: the root certificate decoded from the platform's own PEM, the Access backup
// triggers, federation CRUD in both filter spellings, validation (204 and a 412 with the
// target's answer), full broadcast, pairing between two saved instances with the token
// never in the answer, log collection on Cloud only, Basic with a password refused.
import { X509Certificate } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { FederationTarget, FederationValidation, Pairing, PairingResult, PingResult, RootCertificate } from '../../shared/areas/trust/model';
import type { CallResult } from '../../shared/errors';
import { startFakePlatform, type FakePlatform } from '../fake-platform';
import { rootCertificate, trustSource, trustState } from '../fake-platform/areas/trust';
import { supportBundlesState } from '../fake-platform/areas/support-bundles';
import { servicesWorld } from './support/services-world';

const world = servicesWorld('trust');
const { ok, failure, onlyRequest } = world;
const FEDERATION = '/access/api/v1/system/federation';
let fake: FakePlatform;
let other: FakePlatform;
let cloud: FakePlatform;
let reader: string;
let readOnly: string;
let otherId: string;
let cloudId: string;

beforeAll(async () => {
  ({ fake, reader, readOnly } = world.state());
  other = await startFakePlatform({ seed: 'minimal', nodeId: 'fake-node-2' });
  cloud = await startFakePlatform({ mode: 'cloud', seed: 'minimal' });
  otherId = await world.saveInstance(other, 'Other admin', other.principals.admin);
  cloudId = await world.saveInstance(cloud, 'Cloud admin', cloud.principals.admin);
  const report = await world.state().services.dispatch('instances.testConnection', { id: cloudId, name: 'Cloud admin', baseUrl: cloud.url, authKind: 'token' });
  if (!report.ok || (report.value as { platform?: string }).platform !== 'cloud') throw new Error('cloud not detected');
});
afterAll(async () => {
  await other?.close();
  await cloud?.close();
});
beforeEach(() => {
  for (const platform of [fake, other]) {
    const own = trustState(platform.state);
    own.federations.clear();
    own.trusted.clear();
    own.filterSpelling = 'camel';
    own.pairings.clear();
    own.pairingTokens.clear();
    platform.clearRequests();
  }
  cloud.clearRequests();
});

const target = (name = 'access-2', url = `${other.url}/access`) => ({
  name,
  url,
  entities: ['users', 'groups'],
  includePatterns: ['team_a_*'],
  excludePatterns: ['none_*'],
  active: true,
});

describe('trust: ping and root certificate', () => {
  it('pings Access', async () => {
    expect(await ok<PingResult>('trust.ping', {})).toEqual({ ok: true, status: 200, text: 'OK' });
    expect(onlyRequest()).toMatchObject({ method: 'GET', path: '/access/api/v1/system/ping' });
  });

  it('decodes the root certificate in main from the bare base64 Access sends', async () => {
    const cert = await ok<RootCertificate>('trust.rootCert', {});
    expect(onlyRequest()).toMatchObject({ method: 'GET', path: '/access/api/v1/cert/root' });
    const real = new X509Certificate((await rootCertificate(fake.state)).pem);
    expect(cert.fingerprint256).toBe(real.fingerprint256);
    expect(cert.subject).toContain('CN=jfac@fake-node-1');
    expect(cert.isCa).toBe(true);
    expect(cert.publicKey).toBe('EC prime256v1');
    expect(cert.daysLeft).toBeGreaterThan(3000);
    expect(cert.pem).toMatch(/^-----BEGIN CERTIFICATE-----\n[A-Za-z0-9+/=\n]+-----END CERTIFICATE-----\n$/);
  });

  it('Basic with a password is refused by these Access calls (7.12+): the 401 with the platform message', async () => {
    const basicId = await world.saveInstance(fake, 'Basic admin', fake.principals.admin).then(async () => {
      const saved = (await world.state().services.dispatch('instances.save', {
        name: 'Basic password admin',
        baseUrl: fake.url,
        authKind: 'basic-password',
        username: fake.principals.admin.username,
        secret: fake.principals.admin.password,
      })) as CallResult<{ id: string }>;
      if (!saved.ok) throw new Error(saved.error.message);
      return saved.value.id;
    });
    const error = await failure('trust.federations', {}, basicId);
    expect(error).toMatchObject({ kind: 'http', status: 401, code: 'ACCESS_PASSWORD_REFUSED' });
    expect(error.message).toContain('access token');
  });
});

describe('trust: Access configuration export and import', () => {
  it('POSTs export and import; read-only refuses both unsent', async () => {
    const exportsBefore = trustState(fake.state).exports;
    await ok('trust.exportAccess', {});
    expect(onlyRequest()).toMatchObject({ method: 'POST', path: '/access/api/v1/system/backup/export' });
    expect(trustState(fake.state).exports).toBe(exportsBefore + 1);
    fake.clearRequests();
    await ok('trust.importAccess', {});
    expect(onlyRequest()).toMatchObject({ method: 'POST', path: '/access/api/v1/system/backup/import' });
    fake.clearRequests();
    expect((await failure('trust.importAccess', {}, readOnly)).kind).toBe('read-only');
    expect((await failure('trust.exportAccess', {}, readOnly)).kind).toBe('read-only');
    expect(fake.requests).toEqual([]);
  });

  it('an import without the bootstrap file shows the platform’s 400', async () => {
    trustState(fake.state).bootstrapFile = false;
    try {
      expect(await failure('trust.importAccess', {})).toMatchObject({ kind: 'http', status: 400 });
    } finally {
      trustState(fake.state).bootstrapFile = true;
    }
  });
});

describe('trust: federation targets', () => {
  it('registers (201, camelCase body), lists, updates, broadcasts and deletes', async () => {
    const created = await ok<FederationTarget>('trust.federationCreate', { target: target() });
    expect(onlyRequest()).toEqual({
      method: 'POST',
      path: FEDERATION,
      query: {},
      status: 201,
      body: {
        name: 'access-2',
        url: `${other.url}/access`,
        entities: ['users', 'groups'],
        permissionFilters: { includePatterns: ['team_a_*'], excludePatterns: ['none_*'] },
        active: true,
      },
    });
    expect(created).toEqual({ ...target(), spelling: 'camel' });

    fake.clearRequests();
    expect(await ok<FederationTarget[]>('trust.federations', {})).toEqual([{ ...target(), spelling: 'camel' }]);

    fake.clearRequests();
    const updated = await ok<FederationTarget>('trust.federationUpdate', {
      name: 'access-2',
      changes: { active: false, includePatterns: ['team_b_*'], excludePatterns: [], spelling: 'camel' },
    });
    expect(fake.requests.map((r) => [r.method, r.path, r.status])).toEqual([
      ['PATCH', `${FEDERATION}/access-2`, 204],
      ['GET', `${FEDERATION}/access-2`, 200],
    ]);
    expect(JSON.parse(fake.requests[0].bodyText)).toEqual({ active: false, permissionFilters: { includePatterns: ['team_b_*'], excludePatterns: [] } });
    expect(updated).toMatchObject({ active: false, includePatterns: ['team_b_*'], excludePatterns: [] });

    fake.clearRequests();
    await ok('trust.federationBroadcast', { name: 'access-2' });
    expect(onlyRequest()).toMatchObject({ method: 'PUT', path: `${FEDERATION}/access-2/full_broadcast`, status: 204 });
    expect(trustState(fake.state).broadcasts).toContain('access-2');

    fake.clearRequests();
    await ok('trust.federationDelete', { name: 'access-2' });
    expect(onlyRequest()).toMatchObject({ method: 'DELETE', path: `${FEDERATION}/access-2`, status: 204 });
    expect(trustState(fake.state).federations.size).toBe(0);
  });

  it('reads the snake_case spelling too, and an update then sends snake_case', async () => {
    await ok('trust.federationCreate', { target: target() });
    trustState(fake.state).filterSpelling = 'snake';
    const [read] = await ok<FederationTarget[]>('trust.federations', {});
    expect(read).toMatchObject({ includePatterns: ['team_a_*'], excludePatterns: ['none_*'], spelling: 'snake' });
    fake.clearRequests();
    await ok('trust.federationUpdate', { name: 'access-2', changes: { includePatterns: ['x_*'], excludePatterns: ['y_*'], spelling: read.spelling } });
    expect(JSON.parse(fake.requests[0].bodyText)).toEqual({ permission_filters: { include_patterns: ['x_*'], exclude_patterns: ['y_*'] } });
    expect(trustState(fake.state).federations.get('access-2')?.permissionFilters).toEqual({ includePatterns: ['x_*'], excludePatterns: ['y_*'] });
  });

  it('the documented errors: 404 for an existing name and for an unknown target, 400 for bad input at the platform', async () => {
    await ok('trust.federationCreate', { target: target() });
    expect(await failure('trust.federationCreate', { target: target() })).toMatchObject({ kind: 'http', status: 404 });
    expect(await failure('trust.federationDelete', { name: 'nope' })).toMatchObject({ kind: 'http', status: 404 });
    expect(await failure('trust.federationBroadcast', { name: 'nope' })).toMatchObject({ kind: 'http', status: 404 });
    expect(await failure('trust.federationUpdate', { name: 'nope', changes: { active: true } })).toMatchObject({ kind: 'http', status: 404 });
  });

  it('bad input is refused at the bridge with a message an admin understands', async () => {
    fake.clearRequests();
    const error = await failure('trust.federationCreate', { target: { ...target(), entities: [], url: 'other.example.com' } });
    expect(error.kind).toBe('validation');
    expect(error.issues?.map((i) => i.message)).toEqual(expect.arrayContaining(['Choose at least one entity to federate', expect.stringContaining('Not a URL')]));
    expect(fake.requests).toEqual([]);
  });

  it('validation: 412 with the target’s answer until the target trusts this instance, then valid', async () => {
    const refused = await ok<FederationValidation>('trust.federationValidate', { url: `${other.url}/access` });
    expect(refused.valid).toBe(false);
    expect(refused.status).toBe(412);
    expect(refused.message).toContain('response from target server');
    expect(onlyRequest()).toMatchObject({ method: 'POST', path: `${FEDERATION}/validate_server`, body: { url: `${other.url}/access` }, status: 412 });

    trustSource(other.state, fake.url);
    expect(await ok<FederationValidation>('trust.federationValidate', { url: `${other.url}/access` })).toMatchObject({ valid: true, status: 204 });
    // Nothing federates to an instance that does not run.
    expect((await ok<FederationValidation>('trust.federationValidate', { url: 'https://gone.invalid/access' })).valid).toBe(false);
  });

  it('a non-admin sees the 403', async () => {
    expect(await failure('trust.federations', {}, reader)).toMatchObject({ status: 403 });
  });
});

describe('trust: pairing between two saved instances', () => {
  it('creates the token on the target, initiates on the source, and the token never comes back', async () => {
    const result = await ok<PairingResult>('trust.pair', { targetInstanceId: otherId, useCase: 'federated-repo/*' });
    expect(result).toEqual({ message: 'Trust with Artifactory was established successfully', source: 'Fake admin', target: 'Other admin', useCase: 'federated-repo/*' });
    expect(other.requests.map((r) => [r.method, r.path, r.status])).toEqual([['POST', '/artifactory/api/v1/service_trust/pairing/federated-repo/*', 200]]);
    expect(fake.requests.map((r) => [r.method, r.path, r.status])).toEqual([['PUT', '/artifactory/api/v1/service_trust/pairing/federated-repo/*', 200]]);
    const [token] = [...trustState(other.state).pairingTokens.keys()];
    expect(JSON.parse(fake.requests[0].bodyText)).toEqual({ pairing_token: token });
    expect(JSON.stringify(result)).not.toContain(token);

    fake.clearRequests();
    expect(await ok<Pairing[]>('trust.pairings', { useCase: 'federated-repo/*' })).toEqual([{ baseUrl: other.url }]);
    expect(onlyRequest()).toMatchObject({ method: 'GET', path: '/artifactory/api/v1/service_trust/pairings/federated-repo/*' });
  });

  it('an unknown use case is the target’s 404, and nothing is initiated', async () => {
    const error = await failure('trust.pair', { targetInstanceId: otherId, useCase: 'no-such-case' });
    expect(error).toMatchObject({ kind: 'http', status: 404 });
    expect(fake.requests).toEqual([]);
    expect(await failure('trust.pairings', { useCase: 'no-such-case' })).toMatchObject({ status: 404 });
  });

  it('refuses pairing with itself and from a read-only instance, unsent', async () => {
    expect((await failure('trust.pair', { targetInstanceId: world.state().admin, useCase: 'federated-repo/*' })).kind).toBe('validation');
    expect((await failure('trust.pair', { targetInstanceId: otherId, useCase: 'federated-repo/*' }, readOnly)).kind).toBe('read-only');
    expect(fake.requests).toEqual([]);
    expect(other.requests).toEqual([]);
  });
});

describe('trust: log collection (Cloud only)', () => {
  it('POSTs {enabled} on Cloud; a self-hosted instance answers unsupported without a request', async () => {
    const result = await ok<{ enabled: boolean }>('trust.setLogCollection', { enabled: true }, cloudId);
    expect(result.enabled).toBe(true);
    expect(cloud.requests.map((r) => [r.method, r.path, JSON.parse(r.bodyText)])).toEqual([['POST', '/access/api/v1/logshipping/config', { enabled: true }]]);
    expect(supportBundlesState(cloud.state).logCollection).toBe(true);
    expect((await failure('trust.setLogCollection', { enabled: true })).kind).toBe('unsupported');
    expect(fake.requests).toEqual([]);
  });
});
