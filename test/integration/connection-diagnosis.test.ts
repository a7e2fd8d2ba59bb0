// The connection test against real loopback servers: each usual base-URL mistake gets its
// fix, the Access password refusal is warned about, and a cancelled test stops its
// requests (the server sees the connection close).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testConnection } from '../../electron/services/instances/connection-test';
import { instanceProfileSchema, type ConnectionReport, type InstanceProfile } from '../../shared/areas/instances/model';
import { ApiFailure } from '../../shared/errors';
import { startFakePlatform, type FakePlatform } from '../fake-platform';
import { neverAnswers, startLoopbackServer, welcomePage, type LoopbackServer } from '../support/loopback-server';
import { makeTestPki, type TestPki } from '../support/tls';

let fake: FakePlatform;
let tlsFake: FakePlatform;
let pki: TestPki;
let notJFrog: LoopbackServer;
let redirecting: LoopbackServer;
const servers: LoopbackServer[] = [];

beforeAll(async () => {
  pki = await makeTestPki();
  fake = await startFakePlatform();
  tlsFake = await startFakePlatform({ tls: { keyPem: pki.keyPem, certPem: pki.certPem } });
  notJFrog = await startLoopbackServer(welcomePage('Welcome to nginx!', 'nginx/1.25.3'));
  redirecting = await startLoopbackServer((req, res) => {
    res.writeHead(301, { location: `https://127.0.0.1:8443${req.url ?? '/'}` });
    res.end();
  });
  servers.push(notJFrog, redirecting);
});
afterAll(async () => {
  await Promise.all([fake?.close(), tlsFake?.close(), ...servers.map((server) => server.close())]);
});

const profileFor = (baseUrl: string, extra: Partial<InstanceProfile> = {}): InstanceProfile =>
  instanceProfileSchema.parse({ id: 'diag', name: 'diag', baseUrl, authKind: 'basic-password', username: 'admin', timeoutMs: 5000, ...extra });

const stateOf = (report: ConnectionReport, id: string) => report.steps.find((s) => s.id === id)?.state;
const detailOf = (report: ConnectionReport, id: string) => report.steps.find((s) => s.id === id)?.detail ?? '';

describe('connection test: the usual base-URL mistakes', () => {
  it('a base URL ending in /artifactory: remove it (and nothing is sent)', async () => {
    fake.clearRequests();
    const report = await testConnection({ profile: profileFor(`${fake.url}/artifactory/`), secret: fake.principals.admin.password });
    expect(report.ok).toBe(false);
    expect(stateOf(report, 'url')).toBe('fail');
    expect(report.fix).toContain('ends in /artifactory');
    expect(report.fix).toContain(`use ${fake.url}.`);
    expect(fake.requests).toHaveLength(0);
  });

  it('https:// to a plain HTTP port: use http or the TLS port', async () => {
    const port = new URL(fake.url).port;
    const report = await testConnection({ profile: profileFor(`https://127.0.0.1:${port}`), secret: fake.principals.admin.password });
    expect(report.ok).toBe(false);
    expect(stateOf(report, 'tls')).toBe('fail');
    expect(report.fix).toBe(`127.0.0.1:${port} speaks plain HTTP, not TLS. Use http://127.0.0.1:${port}, or the platform's HTTPS port (often 443) with https://.`);
    expect(detailOf(report, 'tls')).toContain('speaks plain HTTP');
  });

  it('http:// to a TLS port: use https', async () => {
    const port = new URL(tlsFake.url).port;
    tlsFake.clearRequests();
    const report = await testConnection({ profile: profileFor(`http://127.0.0.1:${port}`), secret: tlsFake.principals.admin.password });
    expect(report.ok).toBe(false);
    expect(stateOf(report, 'tls')).toBe('fail');
    expect(report.fix).toBe(`127.0.0.1:${port} speaks TLS (HTTPS), not plain HTTP. Use https://127.0.0.1:${port}.`);
    // The credentials never went out over plain HTTP to that port.
    expect(tlsFake.requests).toHaveLength(0);
  });

  it('a URL that answers but is not a JFrog platform says what answered: status, server, title', async () => {
    const report = await testConnection({ profile: profileFor(notJFrog.url), secret: 'whatever' });
    expect(report.ok).toBe(false);
    expect(stateOf(report, 'jfrog')).toBe('fail');
    expect(report.fix).toContain('answers, but not as a JFrog platform');
    expect(report.fix).toContain('HTTP 200');
    expect(report.fix).toContain('server nginx/1.25.3');
    expect(report.fix).toContain('page \u201cWelcome to nginx!\u201d');
    expect(notJFrog.paths).toEqual(['/router/api/v1/system/health', '/artifactory/api/system/ping', '/']);
    // Credentials go only where a JFrog platform answers.
    expect(notJFrog.authorizations.every((header) => header === undefined)).toBe(true);
  });

  it('a proxy that hides the router but passes Artifactory is still JFrog (its ping answers)', async () => {
    const artifactoryOnly = await startLoopbackServer((req, res) => {
      if (req.url === '/artifactory/api/system/ping') return void res.writeHead(200, { 'content-type': 'text/plain' }).end('OK');
      if (req.url === '/artifactory/api/system/version') return void res.writeHead(200, { 'content-type': 'application/json' }).end('{"version":"7.104.2","revision":"1"}');
      res.writeHead(404, { 'content-type': 'text/html' }).end('<title>404 Not Found</title>');
    });
    servers.push(artifactoryOnly);
    const report = await testConnection({ profile: profileFor(artifactoryOnly.url, { authKind: 'token', username: undefined }), secret: 'a-token' });
    expect(stateOf(report, 'jfrog')).toBe('ok');
    expect(detailOf(report, 'jfrog')).toContain('Artifactory answers (the router health check does not: HTTP 404');
    expect(stateOf(report, 'auth')).toBe('ok');
    expect(report.version).toBe('7.104.2 (rev. 1)');
  });

  it('an http → https redirect: use https', async () => {
    const report = await testConnection({ profile: profileFor(redirecting.url), secret: 'whatever' });
    expect(report.ok).toBe(false);
    expect(report.fix).toBe(`127.0.0.1:${redirecting.port} redirects to https. Use https://127.0.0.1:8443.`);
  });

  it('the right URL has no fix and identifies the JFrog router', async () => {
    const report = await testConnection({ profile: profileFor(fake.url), secret: fake.principals.admin.password });
    expect(report.ok).toBe(true);
    expect(report.fix).toBeUndefined();
    expect(detailOf(report, 'jfrog')).toContain('JFrog router answers');
  });
});

describe('connection test: Access and passwords', () => {
  it('warns and names the fix when Access refuses the password that Artifactory took', async () => {
    fake.state.accessPasswordPolicy = 'refuse-401';
    try {
      const report = await testConnection({ profile: profileFor(fake.url), secret: fake.principals.admin.password });
      expect(report.ok).toBe(true);
      expect(stateOf(report, 'auth')).toBe('ok');
      expect(stateOf(report, 'access')).toBe('warn');
      expect(detailOf(report, 'access')).toContain('Access refused the password (401)');
      expect(report.fix).toContain('access token');
    } finally {
      fake.state.accessPasswordPolicy = 'accept';
    }
  });

  it('says both possibilities for a 403 from Access', async () => {
    fake.state.accessPasswordPolicy = 'refuse-403';
    try {
      const report = await testConnection({ profile: profileFor(fake.url), secret: fake.principals.admin.password });
      expect(stateOf(report, 'access')).toBe('warn');
      expect(detailOf(report, 'access')).toMatch(/not an administrator.*access token/);
    } finally {
      fake.state.accessPasswordPolicy = 'accept';
    }
  });

  it('does not check Access for token sign-ins', async () => {
    fake.clearRequests();
    const report = await testConnection({ profile: profileFor(fake.url, { authKind: 'token', username: undefined }), secret: fake.principals.admin.token });
    expect(report.steps.map((s) => s.id)).not.toContain('access');
    expect(fake.requests.some((r) => r.path.startsWith('/access/'))).toBe(false);
  });
});

describe('connection test: cancellation', () => {
  it('an abort stops the hanging request at once and ends the test as cancelled', async () => {
    const hanging = await startLoopbackServer(neverAnswers);
    servers.push(hanging);
    const controller = new AbortController();
    const running = testConnection({ profile: profileFor(hanging.url, { timeoutMs: 600_000 }), secret: 'x', signal: controller.signal });
    await hanging.received();
    controller.abort();
    const outcome = await running.then(
      () => null,
      (caught: unknown) => caught,
    );
    expect(outcome).toBeInstanceOf(ApiFailure);
    expect((outcome as ApiFailure).error.kind).toBe('cancelled');
    // The server saw the connection go: nothing keeps waiting for the 10-minute timeout.
    await hanging.abandoned();
  });

  it('an already aborted signal sends nothing', async () => {
    fake.clearRequests();
    const controller = new AbortController();
    controller.abort();
    await expect(testConnection({ profile: profileFor(fake.url), secret: 'x', signal: controller.signal })).rejects.toMatchObject({ error: { kind: 'cancelled' } });
    expect(fake.requests).toHaveLength(0);
  });
});
