// tokens.* through the real services dispatcher against the fake platform over HTTP: the
// request sent (method, path, content type, body), the fake's state afterwards, every
// error status, and that a created token really authenticates until it is revoked.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { CreatedToken, TokenExpiryView, TokenInfo, TokenList } from '../../shared/areas/tokens/model';
import type { FakePlatform } from '../fake-platform';
import { tokensState } from '../fake-platform/areas/tokens';
import { servicesWorld } from './support/services-world';

const world = servicesWorld('tokens');
const { ok, failure } = world;
let fake: FakePlatform;
let reader: string;
let readOnly: string;
beforeAll(() => {
  ({ fake, reader, readOnly } = world.state());
});

const TOKENS = '/access/api/v1/tokens';
const requestsTo = (path: string) => fake.requests.filter((r) => r.path === path);
const storedIds = () => new Set([...fake.state.tokens.values()].filter((t) => t.listed).map((t) => t.token_id));
/** An instance whose credential is the given token (a created token in use). */
const instanceWith = (name: string, token: string, username = 'admin') => world.saveInstance(fake, name, { username, password: '', token, admin: false });

describe('tokens: listing', () => {
  it('lists every stored token for an admin, with the filters and order as query parameters', async () => {
    const all = await ok<TokenList>('tokens.list', {});
    expect(all.visibility).toBe('all');
    expect(all.tokens.map((t) => t.token_id).sort()).toEqual([...storedIds()].sort());
    expect(all.tokens.every((t) => !('value' in t) && !('access_token' in t))).toBe(true);
    const list = requestsTo(TOKENS);
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ method: 'GET', query: {} });

    fake.clearRequests();
    const filtered = await ok<TokenList>('tokens.list', { description: 'CI*', username: 'alice', refreshable: true, order_by: 'expiry', descending_order: true });
    expect(requestsTo(TOKENS)[0].query).toEqual({ description: 'CI*', username: 'alice', refreshable: 'true', order_by: 'expiry', descending_order: 'true' });
    expect(filtered.tokens.map((t) => t.description)).toEqual(['CI deploy']);
  });

  it('orders by expiry as the platform does', async () => {
    const { tokens } = await ok<TokenList>('tokens.list', { order_by: 'expiry' });
    const expiries = tokens.map((t) => t.expiry).filter((e): e is number => e !== undefined);
    expect(expiries).toEqual([...expiries].sort((a, b) => a - b));
  });

  it('a non-admin sees only its own tokens, and the answer says so', async () => {
    const own = await ok<TokenList>('tokens.list', {}, reader);
    expect(own.visibility).toBe('own');
    expect(own.tokens.length).toBeGreaterThan(0);
    expect(own.tokens.every((t) => t.subject.endsWith('/users/reader'))).toBe(true);
  });

  it('refuses a description with * anywhere but the end before sending', async () => {
    expect(await failure('tokens.list', { description: 'C*I' })).toMatchObject({ kind: 'validation' });
    expect(fake.requests).toEqual([]);
  });

  it('gets one token by id with its issuer, and `me`', async () => {
    const [first] = (await ok<TokenList>('tokens.list', {})).tokens;
    fake.clearRequests();
    const one = await ok<TokenInfo>('tokens.get', { id: first.token_id });
    expect(one).toMatchObject({ token_id: first.token_id, subject: first.subject });
    expect(one.issuer).toEqual(expect.stringMatching(/^jfac@/));
    expect(fake.requests[0]).toMatchObject({ method: 'GET', path: `${TOKENS}/${first.token_id}`, status: 200 });
    const me = await ok<TokenInfo>('tokens.get', { id: 'me' });
    expect(me.token_id).toBe('tok-admin');
    expect(await failure('tokens.get', { id: 'no-such-token' })).toMatchObject({ kind: 'http', status: 404 });
  });
});

describe('tokens: create, use, revoke', () => {
  it('creates with a JSON body, answers the values once, and the token authenticates until revoked', async () => {
    const input = {
      username: 'alice',
      scope: 'applied-permissions/groups:"team a",readers',
      expires_in: 7 * 86_400,
      refreshable: true,
      description: 'integration',
      audience: '*@*',
      include_reference_token: true,
    };
    const created = await ok<CreatedToken>('tokens.create', { token: input });
    const post = fake.requests.find((r) => r.method === 'POST')!;
    expect(post).toMatchObject({ path: TOKENS, status: 200 });
    expect(post.headers['content-type']).toMatch(/^application\/json/);
    expect(JSON.parse(post.bodyText)).toEqual({ grant_type: 'client_credentials', ...input });
    // The read by id after creating says the token was stored.
    expect(fake.requests.map((r) => `${r.method} ${r.path}`)).toEqual([`POST ${TOKENS}`, `GET ${TOKENS}/${created.token_id}`]);
    expect(created).toMatchObject({ scope: input.scope, expires_in: input.expires_in, listed: true, token_type: 'Bearer' });
    expect(created.access_token).toMatch(/^ey/);
    expect(created.refresh_token).toEqual(expect.any(String));
    expect(created.reference_token).toEqual(expect.any(String));
    expect(storedIds().has(created.token_id!)).toBe(true);
    expect(fake.state.tokens.get(created.access_token)).toMatchObject({ username: 'alice', description: 'integration', refreshable: true });

    // It authenticates: as alice, `me` is this token; the reference token too.
    const asAlice = await instanceWith('alice by new token', created.access_token, 'alice');
    expect(await ok<TokenInfo>('tokens.get', { id: 'me' }, asAlice)).toMatchObject({ token_id: created.token_id });
    const byReference = await instanceWith('alice by reference', created.reference_token!, 'alice');
    expect((await ok<TokenList>('tokens.list', {}, byReference)).visibility).toBe('own');

    // Revoke: 200 the first time, 204 after; then the value gets 401.
    fake.clearRequests();
    expect(await ok('tokens.revoke', { id: created.token_id })).toEqual({ token_id: created.token_id, status: 200 });
    expect(fake.requests[0]).toMatchObject({ method: 'DELETE', path: `${TOKENS}/${created.token_id}`, status: 200 });
    expect(storedIds().has(created.token_id!)).toBe(false);
    expect(await ok('tokens.revoke', { id: created.token_id })).toEqual({ token_id: created.token_id, status: 204 });
    expect(await failure('tokens.get', { id: 'me' }, asAlice)).toMatchObject({ kind: 'http', status: 401 });
    expect(await failure('tokens.get', { id: 'me' }, byReference)).toMatchObject({ kind: 'http', status: 401 });
  });

  it('the fake takes a form-encoded create as the platform does', async () => {
    const response = await fetch(`${fake.url}${TOKENS}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${fake.principals.admin.token}`, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ username: 'bob', scope: 'applied-permissions/user', expires_in: '86400', refreshable: 'true', description: 'form' }).toString(),
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { access_token: string; refresh_token?: string; expires_in: number };
    expect(body.expires_in).toBe(86_400);
    expect(body.refresh_token).toEqual(expect.any(String));
    expect(fake.state.tokens.get(body.access_token)).toMatchObject({ username: 'bob', refreshable: true, description: 'form' });
  });

  it('a token shorter than the persistency threshold works but is never listed', async () => {
    const created = await ok<CreatedToken>('tokens.create', { token: { scope: 'applied-permissions/user', expires_in: 600, description: 'short-lived' } });
    expect(created.listed).toBe(false);
    expect(created.expires_in).toBe(600);
    const { tokens } = await ok<TokenList>('tokens.list', {});
    expect(tokens.some((t) => t.token_id === created.token_id)).toBe(false);
    const user = await instanceWith('short-lived', created.access_token);
    expect(await ok<TokenList>('tokens.list', {}, user)).toMatchObject({ visibility: 'all' });
    // By id there is nothing to revoke: the platform answers 204.
    expect(await ok('tokens.revoke', { id: created.token_id })).toMatchObject({ status: 204 });
    expect(tokensState(fake.state).persistencyThreshold).toBe(10_800);
  });

  it('a scope the platform refuses is its 400 with its message', async () => {
    const error = await failure('tokens.create', { token: { scope: 'applied-permissions/everything' } });
    expect(error).toMatchObject({ kind: 'http', status: 400, method: 'POST', path: TOKENS });
    expect(error.platformMessage).toContain('applied-permissions/everything');
  });

  it('a scope over 500 characters is refused before sending', async () => {
    const scope = `applied-permissions/groups:${Array.from({ length: 60 }, (_, i) => `group-number-${i}`).join(',')}`;
    expect(scope.length).toBeGreaterThan(500);
    const error = await failure('tokens.create', { token: { scope } });
    expect(error.kind).toBe('validation');
    expect(JSON.stringify(error.issues)).toContain('at most 500 characters');
    expect(fake.requests).toEqual([]);
  });

  it('a non-admin cannot create a group-scoped token or one for another user (403)', async () => {
    expect(await failure('tokens.create', { token: { scope: 'applied-permissions/groups:readers' } }, reader)).toMatchObject({ status: 403 });
    expect(await failure('tokens.create', { token: { username: 'alice', scope: 'applied-permissions/user' } }, reader)).toMatchObject({ status: 403 });
    // Its own user-scoped token is fine, and it can revoke it.
    const own = await ok<CreatedToken>('tokens.create', { token: { scope: 'applied-permissions/user', description: 'reader own' } }, reader);
    expect(await ok('tokens.revoke', { id: own.token_id }, reader)).toMatchObject({ status: 200 });
  });

  it('a non-admin cannot revoke another user’s token (403), and nothing changes', async () => {
    const alices = [...fake.state.tokens.values()].find((t) => t.username === 'alice' && t.listed)!;
    expect(await failure('tokens.revoke', { id: alices.token_id }, reader)).toMatchObject({ kind: 'http', status: 403 });
    expect(storedIds().has(alices.token_id)).toBe(true);
  });

  it('force revocable is refused before sending on a platform older than 7.50.3', async () => {
    const version = fake.state.system.version;
    fake.state.system.version = '7.41.7';
    try {
      // A fresh instance: the console reads (and keeps) each instance's version once.
      const old = await world.saveInstance(fake, 'Old platform', fake.principals.admin);
      fake.clearRequests();
      const error = await failure('tokens.create', { token: { scope: 'applied-permissions/user', force_revocable: true } }, old);
      expect(error.kind).toBe('unsupported');
      expect(error.message).toContain('7.50.3');
      expect(fake.requests.filter((r) => r.method === 'POST')).toEqual([]);
    } finally {
      fake.state.system.version = version;
    }
    await ok('tokens.create', { token: { scope: 'applied-permissions/user', force_revocable: true, expires_in: 600 } });
    expect(JSON.parse(fake.requests.find((r) => r.method === 'POST')!.bodyText)).toMatchObject({ force_revocable: true });
  });
});

describe('tokens: refresh', () => {
  it('the token’s own user gets a new pair; the old access token stops working', async () => {
    const first = await ok<CreatedToken>('tokens.create', { token: { scope: 'applied-permissions/user', refreshable: true, expires_in: 86_400, description: 'to refresh' } });
    const old = await instanceWith('old pair', first.access_token);
    fake.clearRequests();
    const next = await ok<CreatedToken>('tokens.refresh', { refresh_token: first.refresh_token });
    const post = fake.requests[0];
    expect(post).toMatchObject({ method: 'POST', path: TOKENS, status: 200 });
    expect(post.headers['content-type']).toMatch(/^application\/json/);
    expect(JSON.parse(post.bodyText)).toEqual({ grant_type: 'refresh_token', refresh_token: first.refresh_token, refreshable: true });
    expect(next.access_token).not.toBe(first.access_token);
    expect(next.refresh_token).not.toBe(first.refresh_token);
    expect(next.token_id).not.toBe(first.token_id);
    expect(storedIds().has(first.token_id!)).toBe(false);
    expect(fake.state.tokens.get(next.access_token)).toMatchObject({ description: 'to refresh', username: 'admin' });
    expect(await failure('tokens.get', { id: 'me' }, old)).toMatchObject({ status: 401 });
  });

  it('another user’s refresh token is 403; an unknown one is 400; neither error holds the value', async () => {
    const alices = await ok<CreatedToken>('tokens.create', { token: { username: 'reader', scope: 'applied-permissions/user', refreshable: true } });
    const theirs = await failure('tokens.refresh', { refresh_token: alices.refresh_token }, world.state().admin);
    expect(theirs).toMatchObject({ kind: 'http', status: 403 });
    expect(JSON.stringify(theirs)).not.toContain(alices.refresh_token!);
    const unknown = await failure('tokens.refresh', { refresh_token: 'never-issued-refresh-token-12345' });
    expect(unknown).toMatchObject({ kind: 'http', status: 400 });
    expect(JSON.stringify(unknown)).not.toContain('never-issued-refresh-token-12345');
  });

  it('a token that is not refreshable has no refresh token to use', async () => {
    const plain = await ok<CreatedToken>('tokens.create', { token: { scope: 'applied-permissions/user' } });
    expect(plain.refresh_token).toBeUndefined();
  });
});

describe('tokens: revoke by value', () => {
  it('sends the value once, form-encoded, to the revoke call; the token stops working', async () => {
    const created = await ok<CreatedToken>('tokens.create', { token: { scope: 'applied-permissions/user', description: 'by value' } });
    const user = await instanceWith('by value', created.access_token);
    fake.clearRequests();
    const result = await ok<{ token_id?: string; status: number }>('tokens.revokeByValue', { token: created.access_token });
    expect(result).toEqual({ status: 200, token_id: created.token_id });
    expect(JSON.stringify(result)).not.toContain(created.access_token);
    const [post] = fake.requests;
    expect(post).toMatchObject({ method: 'POST', path: '/artifactory/api/security/token/revoke', status: 200 });
    expect(post.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(post.bodyText).toBe(new URLSearchParams({ token: created.access_token }).toString());
    expect(storedIds().has(created.token_id!)).toBe(false);
    expect(await failure('tokens.list', {}, user)).toMatchObject({ status: 401 });
  });

  it('an unknown value is the platform’s 404, without the value in the error', async () => {
    const value = 'eyJhbGciOiJub25lIn0.eyJqdGkiOiJ4In0.not-a-real-token-value';
    const error = await failure('tokens.revokeByValue', { token: value });
    expect(error).toMatchObject({ kind: 'http', status: 404 });
    expect(JSON.stringify(error)).not.toContain(value);
  });
});

describe('tokens: the activity log', () => {
  it('records the token calls by target, never a token value', async () => {
    const created = await ok<CreatedToken>('tokens.create', { token: { scope: 'applied-permissions/user', refreshable: true, description: 'logged' } });
    const refreshed = await ok<CreatedToken>('tokens.refresh', { refresh_token: created.refresh_token });
    await ok('tokens.revokeByValue', { token: refreshed.access_token });
    const { services } = world.state();
    const exported = await services.dispatch('activity.export', { format: 'json' });
    expect(exported.ok).toBe(true);
    const text = JSON.stringify(exported);
    expect(text).toContain('tokens.create');
    expect(text).toContain('tokens.revokeByValue');
    expect(text).toContain(refreshed.token_id);
    for (const secret of [created.access_token, created.refresh_token!, refreshed.access_token, refreshed.refresh_token!]) expect(text).not.toContain(secret);
  });
});

describe('tokens: read-only instances', () => {
  it('refuses every change in main and sends nothing', async () => {
    const calls: [string, Record<string, unknown>][] = [
      ['tokens.create', { token: { scope: 'applied-permissions/user' } }],
      ['tokens.revoke', { id: 'tok-reader' }],
      ['tokens.revokeByValue', { token: 'some-token-value' }],
      ['tokens.refresh', { refresh_token: 'some-refresh-token' }],
    ];
    for (const [name, input] of calls) expect(await failure(name, input, readOnly), name).toMatchObject({ kind: 'read-only' });
    expect(fake.requests).toEqual([]);
    // Reading still works.
    expect((await ok<TokenList>('tokens.list', {}, readOnly)).tokens.length).toBeGreaterThan(0);
  });
});

describe('tokens: expiry across saved instances', () => {
  let hanging: Server;
  beforeAll(async () => {
    hanging = createServer(() => undefined);
    await new Promise<void>((resolve) => hanging.listen(0, '127.0.0.1', resolve));
  });
  afterAll(async () => {
    hanging.closeAllConnections();
    await new Promise((resolve) => hanging.close(resolve));
  });

  it('reports expiring and expired tokens per instance; a hanging instance fails alone', async () => {
    const port = (hanging.address() as AddressInfo).port;
    const { services } = world.state();
    const dead = await services.dispatch('instances.save', {
      name: 'Hanging',
      baseUrl: `http://127.0.0.1:${port}`,
      authKind: 'token',
      secret: 'hanging-token-123',
      timeoutMs: 1_000,
    });
    expect(dead.ok).toBe(true);
    const view = (await services.dispatch('tokens.expiryRun', {})) as { ok: true; value: TokenExpiryView };
    expect(view.ok).toBe(true);
    expect(view.value.settings).toEqual({ withinDays: 14, intervalMinutes: 60 });
    const byName = new Map(view.value.snapshot.instances.map((s) => [s.instanceName, s]));
    const admin = byName.get('Fake admin')!;
    expect(admin.status).toBe('ok');
    // The minimal seed: bob's expired two days ago, alice's CI token within 5 days (and
    // the short tokens the tests above created); soonest first.
    const listed = await ok<TokenList>('tokens.list', {});
    const due = listed.tokens.filter((t) => t.expiry !== undefined && t.expiry < Date.now() / 1000 + 14 * 86_400);
    expect(admin.value).toMatchObject({ expired: 1, expiring: due.length - 1, listed: listed.tokens.length });
    const descriptions = admin.value!.tokens.map((t) => t.description);
    expect(descriptions[0]).toBe('old build agent');
    expect(descriptions).toContain('CI deploy');
    expect(admin.value!.tokens.map((t) => t.expiry)).toEqual(admin.value!.tokens.map((t) => t.expiry).sort((a, b) => a - b));
    expect(admin.value!.soonest).toEqual(expect.any(String));
    // The reader's instance lists only its own tokens: none due.
    expect(byName.get('Fake reader')!.value).toMatchObject({ expiring: 0, expired: 0 });
    expect(byName.get('Hanging')).toMatchObject({ status: 'failed' });
    // Only metadata was read: every request of the scan was a GET of the list.
    expect(fake.requests.every((r) => r.method === 'GET')).toBe(true);
  });

  it('keeps the window and interval the user sets; bad settings are refused', async () => {
    const { services } = world.state();
    const set = (await services.dispatch('tokens.expirySettings', { withinDays: 30, intervalMinutes: 15 })) as { ok: true; value: TokenExpiryView };
    expect(set.value.settings).toEqual({ withinDays: 30, intervalMinutes: 15 });
    expect(set.value.snapshot.intervalMs).toBe(15 * 60_000);
    const bad = await services.dispatch('tokens.expirySettings', { withinDays: 0, intervalMinutes: 15 });
    expect(bad).toMatchObject({ ok: false, error: { kind: 'validation' } });
    await services.dispatch('tokens.expirySettings', { withinDays: 14, intervalMinutes: 60 });
  });
});
