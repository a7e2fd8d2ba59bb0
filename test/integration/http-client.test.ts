// The platform HTTP client over real HTTP against the fake platform: auth headers,
// error mapping, timeout, cancellation, retries and keep-alive reuse.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { AgentCache } from '../../electron/services/http/agents';
import { createPlatformHttp, type PlatformHttpOptions } from '../../electron/services/http/client';
import { instanceProfileSchema, type AuthKind, type InstanceProfile } from '../../shared/areas/instances/model';
import { startFakePlatform, type FakePlatform } from '../fake-platform';
import { watchTimers } from '../support/fake-timers';
import { apiFailureOf } from '../support/api-failure';

let fake: FakePlatform;
beforeAll(async () => {
  fake = await startFakePlatform({ seed: 'minimal' });
});
afterAll(async () => {
  await fake.close();
});
afterEach(() => {
  fake.faults.clear();
  fake.clearRequests();
});

const PROFILE_TIMEOUT_MS = 5000;

function profileFor(authKind: AuthKind, extra: Partial<InstanceProfile> = {}): InstanceProfile {
  return instanceProfileSchema.parse({
    id: 'it-1',
    name: 'fake',
    baseUrl: fake.url,
    authKind,
    username: authKind === 'token' ? undefined : fake.principals.admin.username,
    timeoutMs: PROFILE_TIMEOUT_MS,
    ...extra,
  });
}

const client = (authKind: AuthKind, secret: string | undefined, extra: Partial<InstanceProfile> = {}, options: Partial<PlatformHttpOptions> = {}) =>
  createPlatformHttp({ profile: profileFor(authKind, extra), secret, retryDelayMs: 20, ...options });

const VERSION = { method: 'GET', path: '/artifactory/api/system/version' } as const;

describe('auth kinds', () => {
  it('token → Bearer', async () => {
    const { admin } = fake.principals;
    const body = await client('token', admin.token).json<{ version: string }>(VERSION);
    expect(body.version).toBe(fake.state.system.version);
    expect(fake.requests[0]).toMatchObject({ method: 'GET', path: '/artifactory/api/system/version', principal: admin.username });
    expect(fake.requests[0].headers.authorization).toBe(`Bearer ${admin.token}`);
  });

  it('basic-password and basic-token → Basic username:secret', async () => {
    const { admin } = fake.principals;
    await client('basic-password', admin.password).json(VERSION);
    await client('basic-token', admin.token).json(VERSION);
    expect(fake.requests.map((r) => r.headers.authorization)).toEqual([
      `Basic ${Buffer.from(`${admin.username}:${admin.password}`).toString('base64')}`,
      `Basic ${Buffer.from(`${admin.username}:${admin.token}`).toString('base64')}`,
    ]);
    expect(fake.requests.every((r) => r.principal === admin.username)).toBe(true);
  });

  it('anonymous requests carry no Authorization header', async () => {
    const response = await client('token', fake.principals.admin.token).request({ method: 'GET', path: '/router/api/v1/system/health', anonymous: true });
    expect(response.status).toBe(200);
    expect(fake.requests[0].headers).not.toHaveProperty('authorization');
  });

  it('sends JSON bodies and query strings as given', async () => {
    const http = client('token', fake.principals.admin.token);
    await http.json({ method: 'GET', path: '/access/api/v2/users', query: { limit: 2, cursor: undefined } });
    await http.request({ method: 'POST', path: '/access/api/v2/groups', json: { name: 'it-group', description: 'x' } });
    expect(fake.requests[0]).toMatchObject({ method: 'GET', path: '/access/api/v2/users', query: { limit: '2' } });
    expect(fake.requests[1]).toMatchObject({ method: 'POST', path: '/access/api/v2/groups', headers: { 'content-type': 'application/json' } });
    expect(JSON.parse(fake.requests[1].bodyText)).toEqual({ name: 'it-group', description: 'x' });
    expect(fake.state.groups.has('it-group')).toBe(true);
  });
});

describe('errors', () => {
  it('a wrong password is a 401 with the plain sentence, the platform message, and no secret', async () => {
    const error = await apiFailureOf(() => client('basic-password', 'wrong-password-123').json(VERSION));
    expect(error).toMatchObject({ kind: 'http', status: 401, method: 'GET', path: '/artifactory/api/system/version' });
    expect(error.message).toBe('The instance rejected the credentials (401). Check the username and password or token.');
    expect(error.platformMessage).toBeTruthy();
    expect(JSON.stringify(error)).not.toContain('wrong-password-123');
  });

  it('a non-admin calling an admin API gets the 403 sentence', async () => {
    const error = await apiFailureOf(() => client('token', fake.principals.reader.token).json({ method: 'GET', path: '/artifactory/api/system' }));
    expect(error).toMatchObject({ kind: 'http', status: 403, message: expect.stringContaining('admin permissions (403)') });
  });

  it('an unanswered request becomes a timeout at the profile timeout, not before', async () => {
    // The platform keeps the request without answering; the deadline runs on fake timers,
    // so a busy machine can make it neither early nor late.
    fake.faults.add({ kind: 'hold', path: '/artifactory/api/system/version', times: 1 });
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      let settled = false;
      const outcome = apiFailureOf(() => client('token', fake.principals.admin.token, { timeoutMs: 1000 }).json(VERSION)).finally(() => (settled = true));
      await fake.faults.whenHeld(1);
      await vi.advanceTimersByTimeAsync(999);
      expect(settled).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      expect(await outcome).toMatchObject({ kind: 'timeout', method: 'GET', path: '/artifactory/api/system/version' });
    } finally {
      vi.useRealTimers();
      fake.faults.release();
    }
    // A timeout is not retried.
    expect(fake.requests).toHaveLength(1);
  });

  it('an aborted signal cancels the request', async () => {
    fake.faults.add({ kind: 'hang', path: '/artifactory/api/system/version', times: 1 });
    const controller = new AbortController();
    const outcome = apiFailureOf(() => client('token', fake.principals.admin.token).json({ ...VERSION, signal: controller.signal }));
    // Cancelled while it waits at the platform, not before it was sent.
    await expect.poll(() => fake.requests.length).toBe(1);
    controller.abort();
    expect((await outcome).kind).toBe('cancelled');
  });

  it('malformed JSON names the call', async () => {
    fake.faults.add({ kind: 'malformed-json', path: '/artifactory/api/system/version', times: 1 });
    const error = await apiFailureOf(() => client('token', fake.principals.admin.token).json(VERSION));
    expect(error.message).toBe('The platform sent a response that is not valid JSON (GET /artifactory/api/system/version).');
  });

  it('nothing listening → network error naming host:port', async () => {
    const closed = await startFakePlatform();
    const url = closed.url;
    await closed.close();
    const error = await apiFailureOf(() => client('token', 't', { baseUrl: url }).json(VERSION));
    expect(error).toMatchObject({ kind: 'network', code: 'ECONNREFUSED', message: expect.stringContaining(`Nothing is listening at ${new URL(url).host}`) });
  });
});

describe('retries', () => {
  it('retries a GET on 503 up to twice, then succeeds', async () => {
    fake.faults.add({ kind: 'status', status: 503, path: '/artifactory/api/system/version', times: 2 });
    const body = await client('token', fake.principals.admin.token).json<{ version: string }>(VERSION);
    expect(body.version).toBe(fake.state.system.version);
    expect(fake.requests.map((r) => r.status)).toEqual([503, 503, 200]);
  });

  it('gives up after two retries with the mapped error', async () => {
    fake.faults.add({ kind: 'status', status: 502, path: '/artifactory/api/system/version' });
    const error = await apiFailureOf(() => client('token', fake.principals.admin.token).json(VERSION));
    expect(error).toMatchObject({ kind: 'http', status: 502 });
    expect(fake.requests).toHaveLength(3);
  });

  it('waits with backoff between attempts: 100 ms, then 200 ms', async () => {
    fake.faults.add({ kind: 'status', status: 503, path: '/artifactory/api/system/version', times: 2 });
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const timers = watchTimers();
    try {
      const body = client('token', fake.principals.admin.token, {}, { retryDelayMs: 100 }).json<{ version: string }>(VERSION);
      // The first 503 is in and its backoff set: the retry waits all of it before it is sent.
      await timers.whenSet(100);
      await vi.advanceTimersByTimeAsync(99);
      expect(fake.requests).toHaveLength(1);
      await vi.advanceTimersByTimeAsync(1);
      await timers.whenSet(200);
      expect(fake.requests).toHaveLength(2);
      await vi.advanceTimersByTimeAsync(199);
      expect(fake.requests).toHaveLength(2);
      await vi.advanceTimersByTimeAsync(1);
      expect((await body).version).toBe(fake.state.system.version);
      expect(fake.requests.map((r) => r.status)).toEqual([503, 503, 200]);
      expect(timers.delays.filter((ms) => ms !== PROFILE_TIMEOUT_MS)).toEqual([100, 200]);
    } finally {
      timers.restore();
      vi.useRealTimers();
    }
  });

  it('never retries a POST', async () => {
    fake.faults.add({ kind: 'status', status: 503, path: '/access/api/v2/groups', method: 'POST', times: 1 });
    const error = await apiFailureOf(() => client('token', fake.principals.admin.token).request({ method: 'POST', path: '/access/api/v2/groups', json: { name: 'never-made' } }));
    expect(error).toMatchObject({ kind: 'http', status: 503 });
    expect(fake.requests).toHaveLength(1);
    expect(fake.state.groups.has('never-made')).toBe(false);
  });

  it('does not retry a status listed in acceptStatus', async () => {
    fake.faults.add({ kind: 'status', status: 503, path: '/router/api/v1/system/health', times: 1 });
    const response = await client('token', fake.principals.admin.token).request({ method: 'GET', path: '/router/api/v1/system/health', anonymous: true, acceptStatus: [503] });
    expect(response.status).toBe(503);
    expect(fake.requests).toHaveLength(1);
  });

  it('retries a GET whose connection was reset, but not a POST', async () => {
    fake.faults.add({ kind: 'reset', path: '/artifactory/api/system/version', times: 1 });
    await client('token', fake.principals.admin.token).json(VERSION);
    expect(fake.requests).toHaveLength(2);
    fake.clearRequests();
    fake.faults.add({ kind: 'reset', path: '/access/api/v2/groups', method: 'POST', times: 1 });
    const error = await apiFailureOf(() => client('token', fake.principals.admin.token).request({ method: 'POST', path: '/access/api/v2/groups', json: { name: 'reset-once' } }));
    expect(error).toMatchObject({ kind: 'network', code: 'ECONNRESET' });
    expect(fake.requests).toHaveLength(1);
  });

  it('retries a POST marked idempotent', async () => {
    fake.faults.add({ kind: 'status', status: 503, path: '/access/api/v2/groups', method: 'POST', times: 1 });
    await client('token', fake.principals.admin.token).request({ method: 'POST', path: '/access/api/v2/groups', json: { name: 'safe-to-repeat' }, idempotent: true });
    expect(fake.requests.map((r) => r.status)).toEqual([503, 201]);
    expect(fake.state.groups.has('safe-to-repeat')).toBe(true);
  });
});

it('reuses one keep-alive connection per instance across calls', async () => {
  const agents = new AgentCache();
  const profile = profileFor('token');
  const agent = agents.agentFor(profile);
  const http = createPlatformHttp({ profile, secret: fake.principals.admin.token, agent });
  const sockets = new Set<unknown>();
  agent.on('free', (socket) => sockets.add(socket));
  for (let i = 0; i < 5; i++) await http.json(VERSION);
  expect(sockets.size).toBe(1);
  expect(agents.agentFor(profile)).toBe(agent);
  expect(agents.agentFor({ ...profile, tls: { skipVerify: true } })).not.toBe(agent);
  agents.closeAll();
});
