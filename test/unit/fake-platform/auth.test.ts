import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { json, type FakeModule } from '../../fake-platform/core/module';
import { startFakePlatform, type FakePlatform } from '../../fake-platform';
import { basic, bearer, rawRequest } from '../../support/raw-http';

// A user-level and an admin-level route under /access/ to see the Access error shape.
const probeModule: FakeModule = ({ route }) => {
  route('GET', '/access/api/v2/probe', (req) => json(200, { who: req.principal?.username ?? null }), { auth: 'user' });
  route('POST', '/access/api/v2/probe-admin', (req) => json(200, req.json<{ n: number }>()));
};

describe('fake platform auth', () => {
  let platform: FakePlatform;
  const admin = () => platform.principals.admin;
  const reader = () => platform.principals.reader;

  beforeAll(async () => {
    platform = await startFakePlatform({ extraModules: [probeModule] });
  });
  afterAll(() => platform.close());

  it('accepts Basic with a password, Basic with a token and Bearer', async () => {
    const systemUrl = `${platform.url}/artifactory/api/system`;
    for (const headers of [basic('admin', admin().password), basic('admin', admin().token), bearer(admin().token)]) {
      const res = await rawRequest(systemUrl, { headers });
      expect(res.status).toBe(200);
      expect(res.text).toContain('SYSTEM INFORMATION');
    }
    expect(platform.requests.slice(-3).map((r) => r.principal)).toEqual(['admin', 'admin', 'admin']);
  });

  it('answers 401 with the Artifactory error body and a Basic challenge for bad credentials', async () => {
    const res = await rawRequest(`${platform.url}/artifactory/api/system`, { headers: basic('admin', 'wrong') });
    expect(res.status).toBe(401);
    expect(JSON.parse(res.text)).toEqual({ errors: [{ status: 401, message: expect.any(String) }] });
    expect(res.headers['www-authenticate']).toMatch(/^Basic/);
  });

  it('answers 401 with the Access error body under /access/, for anonymous and unknown tokens', async () => {
    for (const headers of [{}, bearer('no-such-token'), basic('nobody', 'x'), basic('admin', reader().token)]) {
      const res = await rawRequest(`${platform.url}/access/api/v2/probe`, { headers });
      expect(res.status).toBe(401);
      expect(JSON.parse(res.text)).toEqual({ errors: [{ code: 'UNAUTHORIZED', message: expect.any(String) }] });
    }
  });

  it('lets a non-admin call user routes and answers 403 on admin routes', async () => {
    const probe = await rawRequest(`${platform.url}/access/api/v2/probe`, { headers: bearer(reader().token) });
    expect(probe.status).toBe(200);
    expect(JSON.parse(probe.text)).toEqual({ who: 'reader' });

    const forbidden = await rawRequest(`${platform.url}/artifactory/api/system`, { headers: basic('reader', reader().password) });
    expect(forbidden.status).toBe(403);
    expect(JSON.parse(forbidden.text).errors[0].status).toBe(403);
    const accessForbidden = await rawRequest(`${platform.url}/access/api/v2/probe-admin`, { method: 'POST', headers: bearer(reader().token), body: '{}' });
    expect(JSON.parse(accessForbidden.text).errors[0].code).toBe('FORBIDDEN');
  });

  it('treats a member of an admin-privileged group as an admin', async () => {
    platform.state.users.get('bob')!.groups.push('platform-admins');
    try {
      const res = await rawRequest(`${platform.url}/artifactory/api/system`, { headers: basic('bob', 'Bob-Passw0rd') });
      expect(res.status).toBe(200);
    } finally {
      platform.state.users.get('bob')!.groups.pop();
    }
    const res = await rawRequest(`${platform.url}/artifactory/api/system`, { headers: basic('bob', 'Bob-Passw0rd') });
    expect(res.status).toBe(403);
  });

  it('refuses disabled and locked users and SSO users without an internal password', async () => {
    expect((await rawRequest(`${platform.url}/access/api/v2/probe`, { headers: basic('dave', 'Dave-Passw0rd') })).status).toBe(401);
    platform.state.lockedUsers.add('alice');
    try {
      expect((await rawRequest(`${platform.url}/access/api/v2/probe`, { headers: basic('alice', 'Alice-Passw0rd') })).status).toBe(401);
    } finally {
      platform.state.lockedUsers.delete('alice');
    }
    expect((await rawRequest(`${platform.url}/access/api/v2/probe`, { headers: basic('alice', 'Alice-Passw0rd') })).status).toBe(200);
    expect((await rawRequest(`${platform.url}/access/api/v2/probe`, { headers: basic('carol.sso', '') })).status).toBe(401);
  });

  it('can refuse Basic with a password on Access only (the switch), with the Access error body', async () => {
    const probe = `${platform.url}/access/api/v2/probe`;
    const artifactory = `${platform.url}/artifactory/api/system`;
    try {
      platform.state.accessPasswordPolicy = 'refuse-401';
      const refused = await rawRequest(probe, { headers: basic('admin', admin().password) });
      expect(refused.status).toBe(401);
      expect(JSON.parse(refused.text)).toEqual({ errors: [{ code: 'UNAUTHORIZED', message: expect.any(String) }] });
      // Artifactory still takes the password; Access still takes tokens, as Bearer or as the Basic password.
      expect((await rawRequest(artifactory, { headers: basic('admin', admin().password) })).status).toBe(200);
      expect((await rawRequest(probe, { headers: bearer(admin().token) })).status).toBe(200);
      expect((await rawRequest(probe, { headers: basic('admin', admin().token) })).status).toBe(200);
      // Open Access routes stay open.
      expect((await rawRequest(`${platform.url}/access/api/v1/system/ping`, { headers: basic('admin', admin().password) })).status).toBe(200);

      platform.state.accessPasswordPolicy = 'refuse-403';
      const forbidden = await rawRequest(probe, { headers: basic('admin', admin().password) });
      expect(forbidden.status).toBe(403);
      expect(JSON.parse(forbidden.text).errors[0].code).toBe('FORBIDDEN');
    } finally {
      platform.state.accessPasswordPolicy = 'accept';
    }
    expect((await rawRequest(probe, { headers: basic('admin', admin().password) })).status).toBe(200);
  });

  it('answers 400 with the error body when a handler reads bad JSON', async () => {
    const bad = await rawRequest(`${platform.url}/access/api/v2/probe-admin`, { method: 'POST', headers: bearer(admin().token), body: '{"n":' });
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.text).errors[0].code).toBe('BAD_REQUEST');
    const good = await rawRequest(`${platform.url}/access/api/v2/probe-admin`, { method: 'POST', headers: bearer(admin().token), body: '{"n":3}' });
    expect(JSON.parse(good.text)).toEqual({ n: 3 });
  });

  it('answers 404 for unknown paths and 405 for a known path with another method', async () => {
    const missing = await rawRequest(`${platform.url}/artifactory/api/nothing-here`, { headers: bearer(admin().token) });
    expect(missing.status).toBe(404);
    expect(JSON.parse(missing.text).errors[0]).toMatchObject({ status: 404 });
    const wrongMethod = await rawRequest(`${platform.url}/access/api/v2/probe`, { method: 'DELETE', headers: bearer(admin().token) });
    expect(wrongMethod.status).toBe(405);
  });

  it('records each request with its query, body, caller and status', async () => {
    platform.clearRequests();
    await rawRequest(`${platform.url}/access/api/v2/probe-admin?limit=5&cursor=abc`, { method: 'POST', headers: bearer(admin().token), body: '{"n":1}' });
    await rawRequest(`${platform.url}/access/api/v2/probe`);
    expect(platform.requests).toHaveLength(2);
    expect(platform.requests[0]).toMatchObject({
      method: 'POST',
      path: '/access/api/v2/probe-admin',
      query: { limit: '5', cursor: 'abc' },
      bodyText: '{"n":1}',
      principal: 'admin',
      status: 200,
    });
    expect(platform.requests[1]).toMatchObject({ method: 'GET', status: 401 });
    expect(platform.requests[1].principal).toBeUndefined();
  });
});
