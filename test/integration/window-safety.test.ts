// What reaches the window from a platform that misbehaves, through the real services:
// secrets it reflects, a password it quotes, answers too big to carry, redirects, and a
// saved credential aimed at another host.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createAppServices } from '../../electron/services/app-services';
import type { AppServices } from '../../electron/services/app-services-types';
import type { CallResult } from '../../shared/errors';
import type { ConnectionReport, InstanceView } from '../../shared/areas/instances/model';
import type { SystemOverview, VersionInfo } from '../../shared/areas/system/model';
import { MiB, startRawServer, streamBytes, type RawServer } from './support/raw-server';

const PASSWORD = 'S3cret-admin-pw';
const NEW_PASSWORD = 'Brand-new-pa55word';
const basic = Buffer.from(`admin:${PASSWORD}`).toString('base64');

/** A platform that reflects the request's Authorization header wherever it writes text. */
function reflecting(req: IncomingMessage, res: ServerResponse): void {
  const auth = req.headers.authorization ?? '';
  const json = (status: number, body: unknown): void => void res.writeHead(status, { 'Content-Type': 'application/json' }).end(JSON.stringify(body));
  const path = (req.url ?? '').split('?')[0];
  if (path === '/artifactory/api/system/version') return json(200, { version: `7.90.1 (${auth})`, revision: auth, addons: [auth] });
  if (path === '/artifactory/api/system/license') return json(200, { type: 'Enterprise', validThrough: 'never', licensedTo: `Acme ${auth}` });
  if (path === '/artifactory/api/system/ping') return void res.writeHead(200, { 'Content-Type': 'text/plain' }).end(`OK, you sent Authorization: ${auth}`);
  if (path.startsWith('/artifactory/api/v1/system/')) return void res.writeHead(503, { 'Content-Type': 'text/plain' }).end(`down; you said ${auth}`);
  if (path === '/router/api/v1/system/health') return json(200, { router: { node_id: 'n1', state: 'HEALTHY', message: '' }, services: [] });
  if (path === '/artifactory/api/system') return json(200, {});
  if (path === '/access/api/v2/users/bob/password' || path === '/artifactory/api/security/users/authorization/changePassword') {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => json(400, { errors: [{ message: `Password rejected: ${body} is too weak` }] }));
    return;
  }
  if (path === '/access/api/v2/users') return void streamBytes(res, 300 * MiB, { prefix: '{"users":[' });
  json(404, { errors: [{ message: 'nothing here' }] });
}

let platform: RawServer;
let elsewhere: RawServer;
let services: AppServices;
let instanceId: string;

const dispatch = <T>(name: string, input: unknown) => services.dispatch(name, input) as Promise<CallResult<T>>;

beforeAll(async () => {
  platform = await startRawServer(reflecting);
  elsewhere = await startRawServer(reflecting);
  services = createAppServices({ dataDir: mkdtempSync(join(tmpdir(), 'lilypad-window-')), runtime: 'browser-host' });
  const saved = await dispatch<InstanceView>('instances.save', { name: 'Reflecting', baseUrl: platform.url, authKind: 'basic-password', username: 'admin', secret: PASSWORD });
  if (!saved.ok) throw new Error(saved.error.message);
  instanceId = saved.value.id;
});
afterAll(async () => {
  await services.close();
  await platform.close();
  await elsewhere.close();
});

const leaks = (value: unknown): boolean => {
  const text = JSON.stringify(value);
  return text.includes(PASSWORD) || text.includes(basic) || text.includes(NEW_PASSWORD);
};

describe('reflected and quoted secrets never reach the window', () => {
  it('probe details, version fields and the license, as the platform echoed the Authorization header', async () => {
    const overview = await dispatch<SystemOverview>('system.overview', { instanceId });
    expect(overview.ok).toBe(true);
    if (!overview.ok) return;
    expect(platform.requests.some((r) => r.headers.authorization === `Basic ${basic}`)).toBe(true);
    expect(leaks(overview)).toBe(false);
    // Scrubbed in place: the rest of the text is still there.
    expect(overview.value.version.version).toBe('7.90.1 (Basic ***)');
    expect(overview.value.probes.find((p) => p.name === 'ping')?.detail).toBe('OK, you sent Authorization: Basic ***');
    expect(overview.value.license?.licensedTo).toBe('Acme Basic ***');
    const version = await dispatch<VersionInfo>('system.version', { instanceId });
    expect(leaks(version)).toBe(false);
  });

  it("the connection test's version step and report", async () => {
    const report = await dispatch<ConnectionReport>('instances.testConnection', {
      id: instanceId,
      name: 'Reflecting',
      baseUrl: platform.url,
      authKind: 'basic-password',
      username: 'admin',
    });
    expect(report.ok).toBe(true);
    expect(leaks(report)).toBe(false);
    if (report.ok) expect(report.value.version).toContain('Basic ***');
  });

  it('a new password the platform quotes in its error', async () => {
    const result = await dispatch('users.setPassword', { instanceId, username: 'bob', password: NEW_PASSWORD });
    expect(result).toMatchObject({ ok: false, error: { kind: 'http', status: 400 } });
    expect(leaks(result)).toBe(false);
    expect(JSON.stringify(result)).toContain('Password rejected');
  });

  it('without mangling a validation message that names a secret field', async () => {
    const result = await dispatch('users.setPassword', { instanceId, username: 'bob', password: 'x'.repeat(1025) });
    expect(result).toMatchObject({ ok: false, error: { kind: 'validation', issues: [{ path: 'password', message: 'Too big: expected string to have <=1024 characters' }] } });
    if (!result.ok) expect(result.error.message).toBe('Invalid input for users.setPassword: password: Too big: expected string to have <=1024 characters');
  });
});

describe('answers too big for the window', () => {
  it('a 300 MiB users page fails with a clear too-large error instead of reaching the window', async () => {
    const result = await dispatch('users.page', { instanceId });
    expect(result).toMatchObject({ ok: false, error: { kind: 'too-large', path: '/access/api/v2/users' } });
    if (!result.ok) expect(result.error.message).toContain('The answer is too large (over the 64 MiB limit for this call)');
  });
});

describe('a saved secret never goes to another host', () => {
  const form = (extra: Record<string, unknown>) => ({ id: instanceId, name: 'Reflecting', baseUrl: platform.url, authKind: 'basic-password', username: 'admin', ...extra });

  it('testing the saved instance against another base URL asks for the secret and sends nothing there', async () => {
    const result = await dispatch('instances.testConnection', form({ baseUrl: elsewhere.url.replace('127.0.0.1', 'localhost') }));
    expect(result).toMatchObject({ ok: false, error: { kind: 'validation', issues: [{ path: 'secret' }] } });
    if (!result.ok) expect(result.error.issues?.[0].message).toMatch(/^The base URL now points to localhost:\d+ \(not 127\.0\.0\.1:\d+\): enter the password or token again/);
    expect(elsewhere.requests).toEqual([]);
  });

  it('…or with another username; the same origin with another path still uses the stored secret', async () => {
    const user = await dispatch('instances.testConnection', form({ username: 'someone-else' }));
    expect(user).toMatchObject({ ok: false, error: { kind: 'validation', issues: [{ path: 'secret', message: expect.stringContaining('The username changed') }] } });
    const samePlace = await dispatch<ConnectionReport>('instances.testConnection', form({ baseUrl: `${platform.url}/` }));
    expect(samePlace).toMatchObject({ ok: true, value: { ok: true } });
  });

  it('with the secret typed again, the other host is tested', async () => {
    const typed = await dispatch<ConnectionReport>('instances.testConnection', form({ baseUrl: elsewhere.url, secret: 'typed-again' }));
    expect(typed.ok).toBe(true);
    expect(elsewhere.requests.at(-1)?.headers.authorization).toBe(`Basic ${Buffer.from('admin:typed-again').toString('base64')}`);
  });

  it('saving another URL or username without a new secret is refused and keeps the old profile', async () => {
    for (const changed of [{ baseUrl: elsewhere.url }, { username: 'root' }]) {
      const result = await dispatch('instances.save', form(changed));
      expect(result, JSON.stringify(changed)).toMatchObject({ ok: false, error: { kind: 'validation', issues: [{ path: 'secret' }] } });
    }
    const list = await dispatch<InstanceView[]>('instances.list', {});
    expect(list.ok && list.value.find((i) => i.id === instanceId)).toMatchObject({ baseUrl: platform.url, username: 'admin', hasSecret: true });
  });
});

describe('redirects', () => {
  it('the connection test says where the platform redirected; the other host gets nothing', async () => {
    const target = await startRawServer(reflecting);
    const redirecting = await startRawServer((_req, res) => res.writeHead(301, { Location: `http://localhost:${target.port}/artifactory/api/system/version` }).end());
    try {
      const report = await dispatch<ConnectionReport>('instances.testConnection', {
        name: 'r',
        baseUrl: redirecting.url,
        authKind: 'basic-password',
        username: 'admin',
        secret: PASSWORD,
      });
      expect(report.ok).toBe(true);
      if (!report.ok) return;
      // Said on the step that asks "is this JFrog?", and as the fix; sign-in never runs.
      const said = `The platform redirected to http://localhost:${target.port}/artifactory/api/system/version (301)`;
      expect(report.value.steps.find((step) => step.id === 'jfrog')).toMatchObject({ state: 'fail', detail: expect.stringContaining(said) });
      expect(report.value.fix).toContain(said);
      expect(report.value.steps.find((step) => step.id === 'auth')).toMatchObject({ state: 'skipped' });
      expect(target.requests).toEqual([]);
    } finally {
      await redirecting.close();
      await target.close();
    }
  });
});
