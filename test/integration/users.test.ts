// users.* through the real services dispatcher against the fake platform: what was sent
// (method, path, body), what the platform holds afterwards, and the error statuses.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { FakePlatform } from '../fake-platform';
import { servicesWorld } from './support/services-world';

const world = servicesWorld('users');
const { ok, failure, onlyRequest } = world;
let fake: FakePlatform;
let reader: string;
let readOnly: string;
beforeAll(() => {
  ({ fake, reader, readOnly } = world.state());
});

describe('users: reading', () => {
  it('walks the list with limit and cursor until the cursor is gone', async () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await ok<{ users: { username: string; realm: string; status: string }[]; cursor?: string }>('users.page', { limit: 2, ...(cursor ? { cursor } : {}) });
      seen.push(...page.users.map((u) => u.username));
      cursor = page.cursor;
      pages++;
    } while (cursor);
    expect(seen.sort()).toEqual([...fake.state.users.keys()].sort());
    expect(pages).toBe(Math.ceil(fake.state.users.size / 2));
    expect(fake.requests.map((r) => [r.method, r.path, r.query.limit])).toEqual(Array.from({ length: pages }, () => ['GET', '/access/api/v2/users', '2']));
    expect(fake.requests[0].query.cursor).toBeUndefined();
    expect(fake.requests[1].query.cursor).toEqual(expect.any(String));
  });

  it('keeps a walk exact while users are created and deleted between pages', async () => {
    await ok('users.create', { user: { username: 'walk.gone', email: 'g@example.com', password: 'pw-123456' } });
    const before = new Set(fake.state.users.keys());
    const seen: string[] = [];
    let page = await ok<{ users: { username: string }[]; cursor?: string }>('users.page', { limit: 3 });
    seen.push(...page.users.map((u) => u.username));
    // Between pages: one user sorting before the cursor, one after it, and one deletion ahead.
    await ok('users.create', { user: { username: '0-early', email: 'e@example.com', password: 'pw-123456' } });
    await ok('users.create', { user: { username: 'zz-late', email: 'l@example.com', password: 'pw-123456' } });
    await ok('users.delete', { username: 'walk.gone' });
    while (page.cursor) {
      page = await ok('users.page', { limit: 3, cursor: page.cursor });
      seen.push(...page.users.map((u) => u.username));
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toContain('zz-late');
    expect(seen).not.toContain('0-early');
    expect(seen).not.toContain('walk.gone');
    for (const name of before) if (name !== 'walk.gone') expect(seen).toContain(name);
    await ok('users.delete', { username: '0-early' });
    await ok('users.delete', { username: 'zz-late' });
  });

  it('reads the next page while the window takes this one, once, and again after a change to users', async () => {
    type Page = { users: { username: string }[]; cursor?: string };
    const asked = (cursor: string | undefined) => fake.requests.filter((r) => r.method === 'GET' && r.path === '/access/api/v2/users' && r.query.cursor === cursor);
    fake.clearRequests();
    const first = await ok<Page>('users.page', { limit: 2 });
    // Main asks for the second page before the window does; the window's call then sends nothing.
    await expect.poll(() => asked(first.cursor).length).toBe(1);
    const second = await ok<Page>('users.page', { limit: 2, cursor: first.cursor });
    expect(asked(first.cursor)).toHaveLength(1);
    await expect.poll(() => asked(second.cursor).length).toBe(1);
    // A change to users forgets the page read ahead: the window's next call reads it again.
    await ok('users.create', { user: { username: 'zz-after-read-ahead', email: 'r@example.com', password: 'pw-123456' } });
    const third = await ok<Page>('users.page', { limit: 2, cursor: second.cursor });
    expect(asked(second.cursor)).toHaveLength(2);
    expect(third.users.length).toBeGreaterThan(0);
    // A read ahead is the same question: same limit and cursor, nothing else.
    expect(asked(second.cursor).map((r) => r.query.limit)).toEqual(['2', '2']);
    await ok('users.delete', { username: 'zz-after-read-ahead' });
  });

  it('gets one user with every boolean present', async () => {
    const carol = await ok<Record<string, unknown>>('users.get', { username: 'carol.sso' });
    expect(carol).toMatchObject({ username: 'carol.sso', realm: 'saml', internal_password_disabled: true, admin: false, groups: ['readers'] });
    expect(carol).not.toHaveProperty('password');
    expect(onlyRequest()).toMatchObject({ method: 'GET', path: '/access/api/v2/users/carol.sso', status: 200 });
  });

  it('answers 404 for an unknown user with the platform message', async () => {
    const error = await failure('users.get', { username: 'nobody' });
    expect(error).toMatchObject({ kind: 'http', status: 404 });
    expect(error.platformMessage).toContain('nobody');
  });

  it('is 401 with a wrong token, and the token never comes back in the error', async () => {
    const wrong = await world.saveInstance(fake, 'Fake wrong token', { ...fake.principals.admin, token: 'not-a-valid-token-123' });
    fake.clearRequests();
    const error = await failure('users.page', {}, wrong);
    expect(error).toMatchObject({ kind: 'http', status: 401 });
    expect(JSON.stringify(error)).not.toContain('not-a-valid-token-123');
    expect(fake.requests.map((r) => [r.path, r.status])).toEqual([['/access/api/v2/users', 401]]);
  });

  it('is 403 for a non-admin principal', async () => {
    expect(await failure('users.page', {}, reader)).toMatchObject({ kind: 'http', status: 403 });
    expect(fake.requests.map((r) => [r.path, r.status])).toEqual([['/access/api/v2/users', 403]]);
  });
});

describe('users: create', () => {
  it('POSTs the user; the platform adds it to the auto-join group', async () => {
    const created = await ok<{ username: string; groups: string[] }>('users.create', {
      user: { username: 'erin', email: 'erin@example.com', password: 'Erin-Passw0rd', groups: ['developers'] },
    });
    expect(onlyRequest()).toMatchObject({
      method: 'POST',
      path: '/access/api/v2/users',
      status: 201,
      body: { username: 'erin', email: 'erin@example.com', password: 'Erin-Passw0rd', groups: ['developers'], admin: false },
    });
    expect(created.groups.sort()).toEqual(['developers', 'readers']);
    expect(fake.state.users.get('erin')?.groups.sort()).toEqual(['developers', 'readers']);
    expect(fake.state.groups.get('readers')?.members).toContain('erin');
    expect(fake.state.groups.get('developers')?.members).toContain('erin');
  });

  it('answers 409 for an existing username and changes nothing', async () => {
    const before = { ...fake.state.users.get('alice') };
    const error = await failure('users.create', { user: { username: 'alice', email: 'other@example.com', password: 'x-Passw0rd' } });
    expect(error).toMatchObject({ kind: 'http', status: 409 });
    expect(fake.requests.map((r) => [r.method, r.status])).toEqual([['POST', 409]]);
    expect(fake.state.users.get('alice')?.email).toBe(before.email);
  });

  it('refuses an invalid username in the bridge: nothing is sent', async () => {
    const error = await failure('users.create', { user: { username: 'Bad Name', email: 'b@example.com', password: 'pw' } });
    expect(error.kind).toBe('validation');
    expect(fake.requests).toHaveLength(0);
    expect(fake.state.users.has('Bad Name')).toBe(false);
  });

  it('the platform itself answers 400 with an Access error body for an invalid username', async () => {
    const res = await fetch(`${fake.url}/access/api/v2/users`, {
      method: 'POST',
      headers: { authorization: `Bearer ${fake.principals.admin.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'Bad Name', email: 'b@example.com', password: 'pw' }),
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ errors: [{ code: 'BAD_REQUEST', message: expect.stringContaining('Bad Name') }] });
  });

  it('needs no password when the internal password is disabled', async () => {
    await ok('users.create', { user: { username: 'sso.user', email: 's@example.com', internal_password_disabled: true } });
    expect(onlyRequest().body).not.toHaveProperty('password');
    expect(fake.state.users.get('sso.user')).toMatchObject({ internal_password_disabled: true, password: '' });
  });
});

describe('users: update and delete', () => {
  it('PATCHes only the changed fields', async () => {
    const before = { ...fake.state.users.get('bob')! };
    const updated = await ok<{ email: string; admin: boolean }>('users.update', { username: 'bob', changes: { email: 'bob@new.example.com' } });
    // The first update of an instance asks for its version (older ones need the password in a PATCH).
    const [patch, ...others] = fake.requests.filter((r) => r.method === 'PATCH');
    expect(others).toHaveLength(0);
    expect({ path: patch.path, status: patch.status, body: JSON.parse(patch.bodyText) as unknown }).toEqual({
      path: '/access/api/v2/users/bob',
      status: 200,
      body: { email: 'bob@new.example.com' },
    });
    expect(fake.requests.filter((r) => r.method !== 'PATCH').map((r) => `${r.method} ${r.path}`)).toEqual(['GET /artifactory/api/system/version']);
    expect(updated.email).toBe('bob@new.example.com');
    expect(fake.state.users.get('bob')).toEqual({ ...before, email: 'bob@new.example.com' });
  });

  it('DELETEs a user (204) and drops it from its groups', async () => {
    await ok('users.create', { user: { username: 'temp.user', email: 't@example.com', password: 'pw-123456' } });
    fake.clearRequests();
    await ok('users.delete', { username: 'temp.user' });
    expect(onlyRequest()).toMatchObject({ method: 'DELETE', path: '/access/api/v2/users/temp.user', status: 204 });
    expect(fake.state.users.has('temp.user')).toBe(false);
    expect(fake.state.groups.get('readers')?.members).not.toContain('temp.user');
    expect(await failure('users.delete', { username: 'temp.user' })).toMatchObject({ status: 404 });
  });

  it('URL-encodes names in the path', async () => {
    await failure('users.get', { username: 'a/b?c' });
    expect(fake.requests[0].path).toBe('/access/api/v2/users/a%2Fb%3Fc');
  });
});

describe('users: groups of a user', () => {
  it('PATCHes …/groups with add and remove; both sides of the membership change', async () => {
    const result = await ok<{ groups: string[] }>('users.updateGroups', { username: 'dave', add: ['developers'], remove: ['readers'] });
    expect(onlyRequest()).toMatchObject({ method: 'PATCH', path: '/access/api/v2/users/dave/groups', status: 200, body: { add: ['developers'], remove: ['readers'] } });
    expect(result.groups).toEqual(['developers']);
    expect(fake.state.users.get('dave')?.groups).toEqual(['developers']);
    expect(fake.state.groups.get('developers')?.members).toContain('dave');
    expect(fake.state.groups.get('readers')?.members).not.toContain('dave');
  });

  it('answers 400 when removing a group the user is not in, and applies nothing of the call', async () => {
    const error = await failure('users.updateGroups', { username: 'carol.sso', add: ['developers'], remove: ['platform-admins'] });
    expect(error).toMatchObject({ kind: 'http', status: 400 });
    expect(error.platformMessage).toContain('not a member');
    expect(fake.requests.map((r) => [r.method, r.path, r.status])).toEqual([['PATCH', '/access/api/v2/users/carol.sso/groups', 400]]);
    expect(fake.state.users.get('carol.sso')?.groups).toEqual(['readers']);
    expect(fake.state.groups.get('developers')?.members).not.toContain('carol.sso');
  });

  it('answers 400 for an unknown group (the spec lists it among the 400 cases)', async () => {
    expect(await failure('users.updateGroups', { username: 'alice', add: ['no-such-group'] })).toMatchObject({ status: 400 });
  });
});

describe('users: passwords and locks', () => {
  it('PUTs a new password (204)', async () => {
    await ok('users.setPassword', { username: 'alice', password: 'New-Alice-Passw0rd' });
    expect(onlyRequest()).toMatchObject({ method: 'PUT', path: '/access/api/v2/users/alice/password', status: 204, body: { password: 'New-Alice-Passw0rd' } });
    expect(fake.state.users.get('alice')?.password).toBe('New-Alice-Passw0rd');
  });

  it('answers 400 to a password change when the internal password is disabled', async () => {
    expect(await failure('users.setPassword', { username: 'carol.sso', password: 'whatever-1' })).toMatchObject({ kind: 'http', status: 400 });
    expect(fake.state.users.get('carol.sso')?.password).toBe('');
  });

  it('lets a non-admin change only their own password', async () => {
    await ok('users.setPassword', { username: 'reader', password: 'Reader-New-Passw0rd' }, reader);
    expect(fake.state.users.get('reader')?.password).toBe('Reader-New-Passw0rd');
    expect(await failure('users.setPassword', { username: 'bob', password: 'Hijack-Passw0rd' }, reader)).toMatchObject({ kind: 'http', status: 403 });
    expect(fake.state.users.get('bob')?.password).not.toBe('Hijack-Passw0rd');
    expect(fake.requests.map((r) => [r.method, r.path, r.status])).toEqual([
      ['PUT', '/access/api/v2/users/reader/password', 204],
      ['PUT', '/access/api/v2/users/bob/password', 403],
    ]);
  });

  it('expires a password through the Artifactory security API', async () => {
    await ok('users.expirePassword', { username: 'bob' });
    expect(onlyRequest()).toMatchObject({ method: 'POST', path: '/artifactory/api/security/users/authorization/expirePassword/bob', status: 200 });
    expect(fake.state.users.get('bob')?.password_expired).toBe(true);
  });

  it('lists locked users and unlocks one', async () => {
    fake.state.lockedUsers.add('alice');
    expect(await ok<string[]>('users.locked', {})).toEqual(['alice']);
    await ok('users.unlock', { username: 'alice' });
    expect(fake.requests.map((r) => [r.method, r.path, r.status])).toEqual([
      ['GET', '/artifactory/api/security/lockedUsers', 200],
      ['POST', '/artifactory/api/security/unlockUsers/alice', 200],
    ]);
    expect(fake.state.lockedUsers.has('alice')).toBe(false);
    expect(await ok<string[]>('users.locked', {})).toEqual([]);
  });
});

describe('users: read-only instance', () => {
  it('refuses every mutation in main without sending anything', async () => {
    const attempts: [string, Record<string, unknown>][] = [
      ['users.create', { user: { username: 'ro.user', email: 'r@example.com', password: 'pw-123456' } }],
      ['users.update', { username: 'alice', changes: { admin: true } }],
      ['users.delete', { username: 'alice' }],
      ['users.updateGroups', { username: 'alice', add: ['developers'] }],
      ['users.setPassword', { username: 'alice', password: 'x-123456' }],
      ['users.expirePassword', { username: 'alice' }],
      ['users.unlock', { username: 'alice' }],
    ];
    for (const [name, input] of attempts) expect((await failure(name, input, readOnly)).kind).toBe('read-only');
    expect(fake.requests).toHaveLength(0);
    expect(fake.state.users.has('ro.user')).toBe(false);
    expect(fake.state.users.get('alice')?.admin).toBe(false);
    // Reads still work on a read-only instance.
    await ok('users.get', { username: 'alice' }, readOnly);
  });
});

describe('users: a 2xx is success whatever its body', () => {
  afterEach(() => {
    fake.state.switches.writeBodies = 'full';
  });

  it.each(['empty', 'empty-object', 'no-content'] as const)('create, update and groups succeed when the platform answers %s, and read what they show back', async (mode) => {
    fake.state.switches.writeBodies = mode;
    const name = `empty.${mode}`;
    const created = await ok<{ username: string; groups: string[]; email: string }>('users.create', {
      user: { username: name, email: `${name}@example.com`, password: 'Empty-Passw0rd', groups: ['developers'] },
    });
    expect(created).toMatchObject({ username: name, email: `${name}@example.com` });
    expect(created.groups.sort()).toEqual(['developers', 'readers']);
    const status = mode === 'no-content' ? 204 : 201;
    expect(fake.requests.map((r) => [r.method, r.path, r.status])).toEqual([
      ['POST', '/access/api/v2/users', status],
      ['GET', `/access/api/v2/users/${name}`, 200],
    ]);
    expect(fake.state.users.has(name)).toBe(true);

    fake.clearRequests();
    const updated = await ok<{ email: string }>('users.update', { username: name, changes: { email: `new.${name}@example.com` } });
    expect(updated.email).toBe(`new.${name}@example.com`);
    expect(fake.requests.filter((r) => r.method === 'PATCH').map((r) => [r.path, JSON.parse(r.bodyText)])).toEqual([
      [`/access/api/v2/users/${name}`, { email: `new.${name}@example.com` }],
    ]);
    expect(fake.state.users.get(name)?.email).toBe(`new.${name}@example.com`);

    fake.clearRequests();
    const groups = await ok<{ groups: string[] }>('users.updateGroups', { username: name, add: [], remove: ['developers'] });
    expect(groups.groups).toEqual(['readers']);
    expect(fake.requests.map((r) => [r.method, r.path])).toEqual([
      ['PATCH', `/access/api/v2/users/${name}/groups`],
      ['GET', `/access/api/v2/users/${name}`],
    ]);
    expect(fake.state.groups.get('developers')?.members).not.toContain(name);
    await ok('users.delete', { username: name });
  });

  it('a failed read-back says the write was done, so nobody retries it into a 409', async () => {
    fake.state.switches.writeBodies = 'empty';
    fake.faults.add({ kind: 'status', status: 500, method: 'GET', path: '/access/api/v2/users/readback.fails' });
    try {
      const error = await failure('users.create', { user: { username: 'readback.fails', email: 'r@example.com', password: 'Readback-Passw0rd' } });
      expect(error.message).toMatch(/^The platform created readback\.fails, but reading the result back failed/);
      expect(fake.state.users.has('readback.fails')).toBe(true);
    } finally {
      fake.faults.clear();
      fake.state.switches.writeBodies = 'full';
      await ok('users.delete', { username: 'readback.fails' });
    }
  });
});

describe('users: update on Artifactory older than 7.84.3', () => {
  afterEach(() => {
    fake.state.system.version = '7.111.4';
  });

  it('the platform itself refuses a PATCH without a password there, and accepts one with it', async () => {
    fake.state.system.version = '7.77.18';
    const patch = (body: unknown) =>
      fetch(`${fake.url}/access/api/v2/users/bob`, {
        method: 'PATCH',
        headers: { authorization: `Bearer ${fake.principals.admin.token}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    expect((await patch({ email: 'bob@old.example.com' })).status).toBe(400);
    expect(fake.state.users.get('bob')?.email).not.toBe('bob@old.example.com');
    expect((await patch({ email: 'bob@old.example.com', password: 'Bob-Old-Passw0rd' })).status).toBe(200);
    expect(fake.state.users.get('bob')?.email).toBe('bob@old.example.com');
  });

  it('learns the version, then refuses plainly without sending the PATCH', async () => {
    const old = await world.saveInstance(fake, 'Old platform', fake.principals.admin);
    fake.state.system.version = '7.77.18';
    fake.clearRequests();
    const error = await failure('users.update', { username: 'alice', changes: { disable_ui_access: true } }, old);
    expect(error.kind).toBe('unsupported');
    expect(error.message).toMatch(/^This version cannot update a user without setting the password\. Old platform runs Artifactory 7\.77\.18;/);
    expect(error.message).toContain('7.77.18');
    expect(fake.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /artifactory/api/system/version']);
    expect(fake.state.users.get('alice')?.disable_ui_access).toBe(false);

    // Known now: no second version request. An update that sets the password is what this version accepts.
    fake.clearRequests();
    await ok('users.update', { username: 'alice', changes: { disable_ui_access: true, password: 'Alice-Again-Passw0rd' } }, old);
    expect(fake.requests.map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual(['PATCH /access/api/v2/users/alice 200']);
    expect(fake.state.users.get('alice')).toMatchObject({ disable_ui_access: true, password: 'Alice-Again-Passw0rd' });
    await ok('users.update', { username: 'alice', changes: { disable_ui_access: false, password: 'Alice-Passw0rd' } }, old);
  });

  it('takes the version from system.version, and sends the PATCH once the platform is new enough', async () => {
    const upgraded = await world.saveInstance(fake, 'Upgraded platform', fake.principals.admin);
    fake.state.system.version = '7.77.18';
    await ok('system.version', {}, upgraded);
    expect((await failure('users.update', { username: 'bob', changes: { profile_updatable: false } }, upgraded)).kind).toBe('unsupported');
    fake.state.system.version = '7.84.3';
    await ok('system.version', {}, upgraded);
    fake.clearRequests();
    await ok('users.update', { username: 'bob', changes: { profile_updatable: false } }, upgraded);
    expect(onlyRequest()).toMatchObject({ method: 'PATCH', path: '/access/api/v2/users/bob', status: 200, body: { profile_updatable: false } });
    await ok('users.update', { username: 'bob', changes: { profile_updatable: true } }, upgraded);
  });
});

describe('users: admin through a group', () => {
  afterEach(() => {
    fake.state.system.version = '7.111.4';
  });

  it('effective_admin comes from the groups (7.66+) and shows as admin; the own flag stays false', async () => {
    await ok('groups.updateMembers', { name: 'platform-admins', add: ['dave'] });
    try {
      const dave = await ok<{ admin: boolean; effective_admin: boolean }>('users.get', { username: 'dave' });
      expect(dave).toMatchObject({ admin: false, effective_admin: true });
      fake.state.system.version = '7.63.2';
      expect(await ok('users.get', { username: 'dave' })).toMatchObject({ admin: false, effective_admin: false });
    } finally {
      await ok('groups.updateMembers', { name: 'platform-admins', remove: ['dave'] });
    }
    expect(await ok('users.get', { username: 'dave' })).toMatchObject({ admin: false, effective_admin: false });
  });
});

describe('users: names that must stay one path segment', () => {
  it.each(['.', '..', '%2e', '%2E%2e', '.%2e', '%252e%252e'])('refuses %s as a name before anything is sent', async (name) => {
    for (const [call, input] of [
      ['users.get', { username: name }],
      ['users.delete', { username: name }],
      ['users.update', { username: name, changes: { email: 'x@example.com' } }],
      ['users.unlock', { username: name }],
      ['users.expirePassword', { username: name }],
    ] as const) {
      const error = await failure(call, input);
      expect(error.kind, `${call} ${name}`).toBe('validation');
      expect(error.message).toContain('cannot be "." or ".."');
    }
    expect((await failure('users.create', { user: { username: name, email: 'x@example.com', password: 'Dot-Passw0rd' } })).kind).toBe('validation');
    expect(fake.requests).toHaveLength(0);
    expect(fake.state.users.size).toBeGreaterThan(0);
  });

  it('the fake normalises a dot segment like a server would: DELETE …/users/.. lands on the list route', async () => {
    const res = await fetch(`${fake.url}/access/api/v2/users/..`, { method: 'DELETE', headers: { authorization: `Bearer ${fake.principals.admin.token}` } });
    expect(fake.requests.at(-1)?.path).toBe('/access/api/v2/');
    expect(res.status).toBe(404);
  });

  it('unlocks and expires the user named with "+", not the one with a space: + travels as %2B', async () => {
    await ok('users.create', { user: { username: 'plus+one', email: 'p@example.com', password: 'Plus-Passw0rd' } });
    fake.state.lockedUsers.add('plus+one');
    fake.clearRequests();
    await ok('users.unlock', { username: 'plus+one' });
    await ok('users.expirePassword', { username: 'plus+one' });
    expect(fake.requests.map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual([
      'POST /artifactory/api/security/unlockUsers/plus%2Bone 200',
      'POST /artifactory/api/security/users/authorization/expirePassword/plus%2Bone 200',
    ]);
    expect(fake.state.lockedUsers.has('plus+one')).toBe(false);
    expect(fake.state.users.get('plus+one')?.password_expired).toBe(true);
    // A bare '+' reads as a space on these routes, as on the real platform.
    const bare = await fetch(`${fake.url}/artifactory/api/security/unlockUsers/plus+one`, { method: 'POST', headers: { authorization: `Bearer ${fake.principals.admin.token}` } });
    expect(bare.status).toBe(404);
    expect(JSON.stringify(await bare.json())).toContain('plus one');
    await ok('users.delete', { username: 'plus+one' });
  });
});

describe('users: paging answers that are not pages', () => {
  it('a page without a "users" list is an error, not an empty list', async () => {
    fake.faults.add({ kind: 'answer', path: '/access/api/v2/users', body: { cursor: 'abc' }, times: 1 });
    const error = await failure('users.page', { limit: 10 });
    expect(error).toMatchObject({ kind: 'http', method: 'GET', path: '/access/api/v2/users' });
    expect(error.message).toContain('without a "users" list');
    fake.faults.add({ kind: 'answer', path: '/access/api/v2/users', body: { users: 'nope' }, times: 1 });
    expect((await failure('users.page', {})).message).toContain('without a "users" list');
  });
});
