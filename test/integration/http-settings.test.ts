// httpSettings.* through the real services dispatcher against the fake platform: the
// requests sent (method, path, body), the platform's state afterwards, its 400 validation
// body as a typed error, Cloud answered as 'unsupported', read-only refused unsent.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { DockerRepo, WebServerSettings } from '../../shared/areas/http-settings/model';
import { startFakePlatform, type FakePlatform } from '../fake-platform';
import { defaultRepositories } from '../fake-platform/areas/repositories';
import { defaultWebServer } from '../fake-platform/areas/http-settings';
import { servicesWorld } from './support/services-world';

const WEB_SERVER = '/artifactory/api/system/configuration/webServer';
const SNIPPET = '/artifactory/api/system/configuration/reverseProxy/nginx';

const world = servicesWorld('http-settings');
const { ok, failure } = world;
let fake: FakePlatform;
let cloud: FakePlatform;
let reader: string;
let readOnly: string;
let cloudAdmin: string;
let cloudUndetected: string;

const sent = (platform = fake) => platform.requests.map((req) => ({ method: req.method, path: req.path, query: req.query, status: req.status }));
const bodyOf = (index = 0) => JSON.parse(fake.requests[index].bodyText) as Record<string, unknown>;

beforeAll(async () => {
  ({ fake, reader, readOnly } = world.state());
  cloud = await startFakePlatform({ mode: 'cloud', seed: 'minimal' });
  cloudAdmin = await world.saveInstance(cloud, 'Fake cloud', cloud.principals.admin);
  cloudUndetected = await world.saveInstance(cloud, 'Fake cloud, not tested yet', cloud.principals.admin);
  // "Test connection" is how a saved instance learns it is Cloud (the fake runs on 127.0.0.1).
  const report = await world.state().services.dispatch('instances.testConnection', { id: cloudAdmin, name: 'Fake cloud', baseUrl: cloud.url, authKind: 'token' });
  if (!report.ok || (report.value as { platform?: string }).platform !== 'cloud') throw new Error(`cloud not detected: ${JSON.stringify(report)}`);
});

afterAll(async () => {
  await cloud?.close();
});

beforeEach(() => {
  fake.state.webServer = defaultWebServer();
  fake.state.repositories = defaultRepositories();
  fake.state.reverseProxySnippet = null;
  fake.clearRequests();
  cloud.clearRequests();
});

describe('httpSettings.get', () => {
  it('reads the webServer JSON with one GET', async () => {
    const settings = await ok<WebServerSettings>('httpSettings.get', {});
    expect(settings).toMatchObject({ serverName: 'artifactory.acme.test', dockerReverseProxyMethod: 'SUBDOMAIN', sslPort: 443, useHttps: true });
    expect(sent()).toEqual([{ method: 'GET', path: WEB_SERVER, query: {}, status: 200 }]);
  });
});

describe('httpSettings.save', () => {
  it('POSTs the settings and the platform holds them afterwards', async () => {
    const settings = { ...defaultWebServer(), serverName: 'registry.acme.test', dockerReverseProxyMethod: 'PORTPERREPO' as const, httpPort: 8080 };
    await ok('httpSettings.save', { settings });
    expect(sent()).toEqual([{ method: 'POST', path: WEB_SERVER, query: {}, status: 200 }]);
    expect(bodyOf()).toMatchObject({ serverName: 'registry.acme.test', dockerReverseProxyMethod: 'PORTPERREPO', httpPort: 8080, sslPort: 443 });
    expect(fake.state.webServer).toMatchObject({ serverName: 'registry.acme.test', dockerReverseProxyMethod: 'PORTPERREPO', httpPort: 8080 });
  });

  it('sends the HTTPS port back under the name it was read with (httpsPort)', async () => {
    const read = { ...defaultWebServer() };
    delete read.sslPort;
    fake.state.webServer = { ...read, httpsPort: 8443 };
    const settings = await ok<WebServerSettings>('httpSettings.get', {});
    expect(settings.httpsPort).toBe(8443);
    fake.clearRequests();
    await ok('httpSettings.save', { settings: { ...settings, httpsPort: 9443 } });
    expect(bodyOf()).toMatchObject({ httpsPort: 9443 });
    expect(bodyOf()).not.toHaveProperty('sslPort');
    expect(fake.state.webServer.httpsPort).toBe(9443);
  });

  it('surfaces the platform 400 body (HTTPS without a certificate) as a typed error; state unchanged', async () => {
    const error = await failure('httpSettings.save', { settings: { ...defaultWebServer(), sslCertificate: '', serverName: 'changed.acme.test' } });
    expect(error).toMatchObject({ kind: 'http', status: 400, method: 'POST', path: WEB_SERVER });
    expect(error.platformMessage).toMatch(/certificate/i);
    expect(sent()).toEqual([{ method: 'POST', path: WEB_SERVER, query: {}, status: 400 }]);
    expect(fake.state.webServer.serverName).toBe('artifactory.acme.test');
  });

  it('surfaces an invalid port as the platform words it', async () => {
    const error = await failure('httpSettings.save', { settings: { ...defaultWebServer(), httpPort: 70000 } });
    expect(error).toMatchObject({ kind: 'http', status: 400 });
    expect(error.platformMessage).toMatch(/port/i);
    expect(fake.state.webServer.httpPort).toBe(80);
  });

  it('refuses an unknown Docker method before anything is sent', async () => {
    const error = await failure('httpSettings.save', { settings: { ...defaultWebServer(), dockerReverseProxyMethod: 'MAGIC' } });
    expect(error.kind).toBe('validation');
    expect(fake.requests).toHaveLength(0);
  });

  it('is refused on a read-only instance with no request', async () => {
    const error = await failure('httpSettings.save', { settings: { ...defaultWebServer(), serverName: 'nope.acme.test' } }, readOnly);
    expect(error.kind).toBe('read-only');
    expect(fake.requests).toHaveLength(0);
    expect(fake.state.webServer.serverName).toBe('artifactory.acme.test');
  });

  it('a non-admin gets the platform 403', async () => {
    const error = await failure('httpSettings.save', { settings: defaultWebServer() }, reader);
    expect(error).toMatchObject({ kind: 'http', status: 403 });
    expect(fake.state.webServer.serverName).toBe('artifactory.acme.test');
  });
});

describe('httpSettings.platformSnippet', () => {
  it('returns the platform text for the saved settings', async () => {
    const { text } = await ok<{ text: string }>('httpSettings.platformSnippet', {});
    expect(text).toContain('server_name ~(?<repo>.+)\\.artifactory\\.acme\\.test artifactory.acme.test;');
    expect(text).toContain('listen 443 ssl;');
    expect(sent()).toEqual([{ method: 'GET', path: SNIPPET, query: {}, status: 200 }]);
  });

  it('follows a save: port per repository adds a server per Docker port', async () => {
    await ok('httpSettings.save', { settings: { ...defaultWebServer(), dockerReverseProxyMethod: 'PORTPERREPO' } });
    const { text } = await ok<{ text: string }>('httpSettings.platformSnippet', {});
    expect(text).toContain('listen 5001 ssl;');
    expect(text).toContain('/artifactory/api/docker/docker-local/$1/$2');
  });
});

describe('httpSettings.dockerRepos', () => {
  it('lists Docker repositories only, with ports from the webServer JSON (reverseProxyRepoConfigs)', async () => {
    const repos = await ok<DockerRepo[]>('httpSettings.dockerRepos', {});
    expect(repos).toEqual([
      { key: 'docker-local', port: 5001 },
      { key: 'docker-remote', port: 5002 },
      { key: 'docker-virtual', port: 5000 },
    ]);
    // The list, then the webServer JSON; never a repository's own configuration.
    const byPath = (a: { path: string }, b: { path: string }) => a.path.localeCompare(b.path);
    expect(sent().sort(byPath)).toEqual([
      { method: 'GET', path: '/artifactory/api/repositories', query: { packageType: 'docker' }, status: 200 },
      { method: 'GET', path: WEB_SERVER, query: {}, status: 200 },
    ]);
  });

  it('a repository has no port field: the fake answers its configuration without one', async () => {
    const res = await fetch(`${fake.url}/artifactory/api/repositories/docker-local`, { headers: { authorization: `Bearer ${fake.principals.admin.token}` } });
    const config = (await res.json()) as Record<string, unknown>;
    expect(config).toMatchObject({ key: 'docker-local', packageType: 'docker' });
    expect(Object.keys(config).filter((field) => /port/i.test(field))).toEqual([]);
  });

  it('leaves the port out when the webServer JSON has none for a repository (or the platform default -1)', async () => {
    fake.state.repositories = [
      { key: 'docker-plain', rclass: 'local', packageType: 'docker' },
      { key: 'docker-unset', rclass: 'local', packageType: 'docker' },
    ];
    fake.state.webServer = { ...defaultWebServer(), reverseProxyRepositories: { reverseProxyRepoConfigs: [{ repoRef: 'docker-unset', serverName: '', port: -1 }] } };
    expect(await ok<DockerRepo[]>('httpSettings.dockerRepos', {})).toEqual([{ key: 'docker-plain' }, { key: 'docker-unset' }]);
    delete fake.state.webServer.reverseProxyRepositories;
    expect(await ok<DockerRepo[]>('httpSettings.dockerRepos', {})).toEqual([{ key: 'docker-plain' }, { key: 'docker-unset' }]);
  });

  it('a save keeps the ports the platform holds: reverseProxyRepositories goes back as read', async () => {
    const settings = await ok<WebServerSettings>('httpSettings.get', {});
    fake.clearRequests();
    await ok('httpSettings.save', { settings: { ...settings, serverName: 'ports.acme.test' } });
    expect(bodyOf().reverseProxyRepositories).toEqual(defaultWebServer().reverseProxyRepositories);
    expect(fake.state.webServer.reverseProxyRepositories?.reverseProxyRepoConfigs.map((c) => [c.repoRef, c.port])).toEqual([
      ['docker-local', 5001],
      ['docker-remote', 5002],
      ['docker-virtual', 5000],
    ]);
  });
});

describe("webServer field names and Lilypad's own fields", () => {
  it('the platform JSON has no routerPort (no source shows one)', async () => {
    const settings = await ok<WebServerSettings>('httpSettings.get', {});
    expect(settings).not.toHaveProperty('routerPort');
  });

  it('reads both sslPort and httpsPort and sends back both names when both came', async () => {
    fake.state.webServer = { ...defaultWebServer(), sslPort: 443, httpsPort: 443 };
    const settings = await ok<WebServerSettings>('httpSettings.get', {});
    expect(settings).toMatchObject({ sslPort: 443, httpsPort: 443 });
    fake.clearRequests();
    await ok('httpSettings.save', { settings: { ...settings, sslPort: 8443, httpsPort: 8443 } });
    expect(bodyOf()).toMatchObject({ sslPort: 8443, httpsPort: 8443 });
    expect(fake.state.webServer).toMatchObject({ sslPort: 8443, httpsPort: 8443 });
  });

  it('never sends the offline-only fields (the HTTP→HTTPS redirect switch, the router port) to the platform', async () => {
    const settings = await ok<WebServerSettings>('httpSettings.get', {});
    fake.clearRequests();
    await ok('httpSettings.save', { settings: { ...settings, httpToHttpsRedirect: true, routerPort: 18082, serverName: 'extras.acme.test' } });
    const body = bodyOf();
    expect(body).not.toHaveProperty('httpToHttpsRedirect');
    expect(body).not.toHaveProperty('routerPort');
    expect(body).toMatchObject({ serverName: 'extras.acme.test', sslPort: 443 });
  });

  it('a successful save answered with an empty body or 204 is still a success', async () => {
    for (const mode of ['empty', 'no-content'] as const) {
      fake.state.switches.writeBodies = mode;
      try {
        await ok('httpSettings.save', { settings: { ...defaultWebServer(), serverName: `${mode}.acme.test` } });
        expect(fake.state.webServer.serverName).toBe(`${mode}.acme.test`);
      } finally {
        fake.state.switches.writeBodies = 'full';
      }
    }
  });

  it('on an instance of unknown kind, a 403 names both reasons: not an admin, or JFrog Cloud', async () => {
    const error = await failure('httpSettings.save', { settings: defaultWebServer() }, reader);
    expect(error).toMatchObject({ kind: 'http', status: 403, method: 'POST', path: WEB_SERVER });
    expect(error.message).toMatch(/not an administrator/);
    expect(error.message).toMatch(/JFrog Cloud/);
  });
});

describe('on JFrog Cloud', () => {
  it.each(['httpSettings.get', 'httpSettings.platformSnippet', 'httpSettings.dockerRepos'])('%s answers unsupported with an explanation, unsent', async (name) => {
    const error = await failure(name, {}, cloudAdmin);
    expect(error.kind).toBe('unsupported');
    expect(error.message).toMatch(/self-hosted/);
    expect(cloud.requests).toHaveLength(0);
  });

  it('save answers unsupported and nothing reaches the platform', async () => {
    const error = await failure('httpSettings.save', { settings: defaultWebServer() }, cloudAdmin);
    expect(error.kind).toBe('unsupported');
    expect(cloud.requests).toHaveLength(0);
  });

  it('an instance not yet known as Cloud gets the same answer once the platform says 404', async () => {
    const error = await failure('httpSettings.get', {}, cloudUndetected);
    expect(error.kind).toBe('unsupported');
    expect(sent(cloud)).toEqual([{ method: 'GET', path: WEB_SERVER, query: {}, status: 404 }]);
  });
});
