// groups.* through the real services dispatcher against the fake platform: what was sent
// (method, path, body), what the platform holds afterwards, and the error statuses.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { FakePlatform } from '../fake-platform';
import { servicesWorld } from './support/services-world';

const world = servicesWorld('groups');
const { ok, failure, onlyRequest } = world;
let fake: FakePlatform;
let reader: string;
let readOnly: string;
beforeAll(() => {
  ({ fake, reader, readOnly } = world.state());
});

describe('groups: reading', () => {
  it('walks the list with limit and cursor', async () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await ok<{ groups: { group_name: string }[]; cursor?: string }>('groups.page', { limit: 1, ...(cursor ? { cursor } : {}) });
      seen.push(...page.groups.map((g) => g.group_name));
      cursor = page.cursor;
    } while (cursor);
    expect(seen).toEqual([...fake.state.groups.keys()].sort());
    expect(fake.requests.every((r) => r.method === 'GET' && r.path === '/access/api/v2/groups' && r.query.limit === '1')).toBe(true);
    expect(fake.requests).toHaveLength(fake.state.groups.size);
  });

  it('gets a group with members as an array and snake_case flags', async () => {
    const readers = await ok<Record<string, unknown>>('groups.get', { name: 'readers' });
    expect(readers).toMatchObject({ name: 'readers', auto_join: true, admin_privileges: false });
    expect(readers.members).toEqual(fake.state.groups.get('readers')?.members);
    expect(onlyRequest()).toMatchObject({ method: 'GET', path: '/access/api/v2/groups/readers', status: 200 });
  });

  it('answers 404 for an unknown group and 403 for a non-admin', async () => {
    expect(await failure('groups.get', { name: 'ghosts' })).toMatchObject({ kind: 'http', status: 404 });
    expect(await failure('groups.page', {}, reader)).toMatchObject({ kind: 'http', status: 403 });
    expect(fake.requests.map((r) => r.status)).toEqual([404, 403]);
  });
});

describe('groups: create, update, delete', () => {
  it('POSTs a group with members; users list the group too', async () => {
    const created = await ok<{ name: string; members: string[] }>('groups.create', { group: { name: 'qa', description: 'Testers', members: ['alice', 'bob'] } });
    expect(onlyRequest()).toMatchObject({ method: 'POST', path: '/access/api/v2/groups', status: 201, body: { name: 'qa', description: 'Testers', members: ['alice', 'bob'] } });
    expect(created.members).toEqual(['alice', 'bob']);
    expect(fake.state.groups.get('qa')?.members).toEqual(['alice', 'bob']);
    expect(fake.state.users.get('alice')?.groups).toContain('qa');
    expect(fake.state.users.get('bob')?.groups).toContain('qa');
  });

  it('answers 409 for an existing group', async () => {
    expect(await failure('groups.create', { group: { name: 'developers' } })).toMatchObject({ kind: 'http', status: 409 });
    expect(fake.requests.map((r) => [r.method, r.status])).toEqual([['POST', 409]]);
  });

  it('refuses auto_join with admin_privileges in the bridge; the platform refuses it too', async () => {
    const error = await failure('groups.create', { group: { name: 'bad', auto_join: true, admin_privileges: true } });
    expect(error.kind).toBe('validation');
    expect(fake.requests).toHaveLength(0);
    const res = await fetch(`${fake.url}/access/api/v2/groups`, {
      method: 'POST',
      headers: { authorization: `Bearer ${fake.principals.admin.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'bad', auto_join: true, admin_privileges: true }),
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ errors: [{ code: 'BAD_REQUEST', message: expect.stringContaining('auto_join') }] });
    expect(fake.state.groups.has('bad')).toBe(false);
  });

  it('refuses a name over 64 characters before sending', async () => {
    expect((await failure('groups.create', { group: { name: 'g'.repeat(65) } })).kind).toBe('validation');
    expect(fake.requests).toHaveLength(0);
  });

  it('PATCHes only the changed fields', async () => {
    const before = { ...fake.state.groups.get('developers')! };
    const updated = await ok<{ description: string }>('groups.update', { name: 'developers', changes: { description: 'Builders' } });
    expect(onlyRequest()).toEqual({ method: 'PATCH', path: '/access/api/v2/groups/developers', query: {}, status: 200, body: { description: 'Builders' } });
    expect(updated.description).toBe('Builders');
    expect(fake.state.groups.get('developers')).toEqual({ ...before, description: 'Builders' });
  });

  it('answers 400 when an update would make an admin group auto-join, and changes nothing', async () => {
    const error = await failure('groups.update', { name: 'platform-admins', changes: { auto_join: true, description: 'changed' } });
    expect(error).toMatchObject({ kind: 'http', status: 400 });
    expect(fake.state.groups.get('platform-admins')).toMatchObject({ auto_join: false, description: 'Full control' });
  });

  it('DELETEs a group (204) and its members forget it', async () => {
    await ok('groups.create', { group: { name: 'short-lived', members: ['alice'] } });
    fake.clearRequests();
    await ok('groups.delete', { name: 'short-lived' });
    expect(onlyRequest()).toMatchObject({ method: 'DELETE', path: '/access/api/v2/groups/short-lived', status: 204 });
    expect(fake.state.groups.has('short-lived')).toBe(false);
    expect(fake.state.users.get('alice')?.groups).not.toContain('short-lived');
    expect(await failure('groups.delete', { name: 'short-lived' })).toMatchObject({ status: 404 });
  });
});

describe('groups: members', () => {
  it('PATCHes …/members with add and remove; both sides change', async () => {
    const result = await ok<{ members: string[] }>('groups.updateMembers', { name: 'developers', add: ['carol.sso'], remove: ['bob'] });
    expect(onlyRequest()).toMatchObject({ method: 'PATCH', path: '/access/api/v2/groups/developers/members', status: 200, body: { add: ['carol.sso'], remove: ['bob'] } });
    expect(result.members.sort()).toEqual(['alice', 'carol.sso']);
    expect(fake.state.groups.get('developers')?.members.sort()).toEqual(['alice', 'carol.sso']);
    expect(fake.state.users.get('carol.sso')?.groups).toContain('developers');
    expect(fake.state.users.get('bob')?.groups).not.toContain('developers');
  });

  it('answers 400 for an unknown user or a name in both lists, changing nothing', async () => {
    expect(await failure('groups.updateMembers', { name: 'developers', add: ['nobody'] })).toMatchObject({ status: 400 });
    expect(await failure('groups.updateMembers', { name: 'developers', add: ['dave'], remove: ['dave'] })).toMatchObject({ status: 400 });
    expect(await failure('groups.updateMembers', { name: 'ghosts', add: ['dave'] })).toMatchObject({ status: 404 });
    expect(fake.state.groups.get('developers')?.members).not.toContain('dave');
  });

  it('a read-only instance refuses every group mutation without sending anything', async () => {
    const attempts: [string, Record<string, unknown>][] = [
      ['groups.create', { group: { name: 'ro-group' } }],
      ['groups.update', { name: 'developers', changes: { description: 'ro' } }],
      ['groups.delete', { name: 'developers' }],
      ['groups.updateMembers', { name: 'developers', add: ['dave'] }],
    ];
    for (const [name, input] of attempts) expect((await failure(name, input, readOnly)).kind).toBe('read-only');
    expect(fake.requests).toHaveLength(0);
    expect(fake.state.groups.has('ro-group')).toBe(false);
    expect(fake.state.groups.has('developers')).toBe(true);
  });
});

describe('groups: a 2xx is success whatever its body', () => {
  afterEach(() => {
    fake.state.switches.writeBodies = 'full';
  });

  it.each(['empty', 'empty-object', 'no-content'] as const)('create, update and members succeed when the platform answers %s, and read back what they show', async (mode) => {
    fake.state.switches.writeBodies = mode;
    const name = `empty-${mode}`;
    const created = await ok<{ name: string; members: string[]; description: string }>('groups.create', { group: { name, description: 'Empty answers', members: ['alice'] } });
    expect(created).toEqual(expect.objectContaining({ name, description: 'Empty answers', members: ['alice'] }));
    expect(fake.requests.map((r) => [r.method, r.path, r.status])).toEqual([
      ['POST', '/access/api/v2/groups', mode === 'no-content' ? 204 : 201],
      ['GET', `/access/api/v2/groups/${name}`, 200],
    ]);

    fake.clearRequests();
    const updated = await ok<{ description: string }>('groups.update', { name, changes: { description: 'Changed' } });
    expect(updated.description).toBe('Changed');
    expect(fake.requests.map((r) => [r.method, r.path, r.bodyText])).toEqual([
      ['PATCH', `/access/api/v2/groups/${name}`, JSON.stringify({ description: 'Changed' })],
      ['GET', `/access/api/v2/groups/${name}`, ''],
    ]);

    fake.clearRequests();
    const members = await ok<{ members: string[] }>('groups.updateMembers', { name, add: ['bob'], remove: ['alice'] });
    expect(members.members).toEqual(['bob']);
    expect(fake.requests.map((r) => [r.method, r.path])).toEqual([
      ['PATCH', `/access/api/v2/groups/${name}/members`],
      ['GET', `/access/api/v2/groups/${name}`],
    ]);
    expect(fake.state.groups.get(name)).toMatchObject({ description: 'Changed', members: ['bob'] });
    expect(fake.state.users.get('alice')?.groups).not.toContain(name);
    await ok('groups.delete', { name });
  });
});

describe('groups: names that must stay one path segment', () => {
  it.each(['.', '..', '%2e', '%2E%2e', '%2e.'])('refuses %s before anything is sent (Copy as cURL uses the same mapping)', async (name) => {
    const calls = [
      ['groups.get', { name }],
      ['groups.delete', { name }],
      ['groups.update', { name, changes: { description: 'x' } }],
      ['groups.updateMembers', { name, add: ['alice'] }],
      ['groups.create', { group: { name } }],
    ] as const;
    for (const [call, input] of calls) {
      const error = await failure(call, input);
      expect(error.kind, `${call} ${name}`).toBe('validation');
      expect(error.message).toContain('cannot be "." or ".."');
    }
    expect(fake.requests).toHaveLength(0);
  });

  it('a name holding slashes and dots travels as one encoded segment', async () => {
    expect(await failure('groups.get', { name: 'a/../b' })).toMatchObject({ kind: 'http', status: 404 });
    expect(fake.requests.map((r) => r.path)).toEqual(['/access/api/v2/groups/a%2F..%2Fb']);
  });
});

describe('groups: paging answers that are not pages', () => {
  it('a page without a "groups" list is an error, not an empty list', async () => {
    fake.faults.add({ kind: 'answer', path: '/access/api/v2/groups', body: { users: [] }, times: 1 });
    const error = await failure('groups.page', {});
    expect(error).toMatchObject({ kind: 'http', method: 'GET', path: '/access/api/v2/groups' });
    expect(error.message).toContain('without a "groups" list');
  });
});
