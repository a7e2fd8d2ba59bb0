// scim.* through the real services dispatcher against the fake platform: method, path,
// content type and body sent, the fake's Access state afterwards, the documented quirks
// (200 with a SCIM 404 body, lowered names, 20 results) and the error bodies.
import { beforeAll, describe, expect, it } from 'vitest';
import type { FakePlatform } from '../fake-platform';
import { recordStale } from '../fake-platform/areas/scim';
import { servicesWorld } from './support/services-world';

const world = servicesWorld('scim');
const { ok, failure, onlyRequest } = world;
let fake: FakePlatform;
let reader: string;
let readOnly: string;
beforeAll(() => {
  ({ fake, reader, readOnly } = world.state());
});

const SCIM = '/access/api/v1/scim/v2';
const contentTypeOf = () => fake.requests.at(-1)?.headers['content-type'];

describe('scim: users lookup', () => {
  it('filters on userName with the value quoted, and reads the resource', async () => {
    const list = await ok<{ filter: string; totalResults: number; resources: { userName: string; active: boolean; emails: { value: string }[]; groups: string[] }[] }>(
      'scim.findUsers',
      { operator: 'eq', value: 'bob' },
    );
    expect(onlyRequest()).toMatchObject({ method: 'GET', path: `${SCIM}/Users`, query: { filter: 'userName eq "bob"' }, status: 200 });
    expect(list.filter).toBe('userName eq "bob"');
    expect(list.resources).toHaveLength(1);
    expect(list.resources[0]).toMatchObject({ userName: 'bob', active: true, emails: [{ value: 'bob@example.com', primary: true }] });
    expect(list.resources[0].groups).toEqual(expect.arrayContaining(['readers']));
  });

  it('escapes a quote in the value so it stays one string', async () => {
    const list = await ok<{ resources: unknown[] }>('scim.findUsers', { operator: 'eq', value: 'bob" or userName eq "alice' });
    expect(fake.requests[0].query.filter).toBe('userName eq "bob\\" or userName eq \\"alice"');
    expect(list.resources).toEqual([]);
  });

  it('answers at most 20 users, and says how many matched', async () => {
    for (let i = 0; i < 25; i++)
      fake.state.users.set(`bulk${String(i).padStart(2, '0')}`, { ...fake.state.users.get('bob')!, username: `bulk${String(i).padStart(2, '0')}`, groups: [] });
    const list = await ok<{ totalResults: number; resources: { userName: string }[] }>('scim.findUsers', { operator: 'sw', value: 'bulk' });
    expect(fake.requests[0].query.filter).toBe('userName sw "bulk"');
    expect(list.resources).toHaveLength(20);
    expect(list.totalResults).toBe(25);
    for (let i = 0; i < 25; i++) fake.state.users.delete(`bulk${String(i).padStart(2, '0')}`);
  });

  it('sends no filter when the value is empty', async () => {
    await ok('scim.findUsers', { operator: 'eq', value: '' });
    expect(onlyRequest().query).toEqual({});
  });

  it('gets a user; a missing one (200 with a SCIM 404 body) is "not found", never a user', async () => {
    const found = await ok<{ found: boolean; resource: { userName: string; schemas: string[]; meta: Record<string, string>; raw: unknown } }>('scim.getUser', {
      userName: 'alice',
    });
    expect(onlyRequest()).toMatchObject({ method: 'GET', path: `${SCIM}/Users/alice`, status: 200 });
    expect(found.found).toBe(true);
    expect(found.resource).toMatchObject({ userName: 'alice', schemas: ['urn:ietf:params:scim:schemas:core:2.0:User'], meta: { resourceType: 'User' } });
    expect(found.resource.raw).toMatchObject({ userName: 'alice' });

    fake.clearRequests();
    const missing = await ok<{ found: boolean; detail: string }>('scim.getUser', { userName: 'nobody' });
    expect(onlyRequest()).toMatchObject({ method: 'GET', path: `${SCIM}/Users/nobody`, status: 200 });
    expect(missing).toEqual({ found: false, status: 200, detail: "nobody isn't found" });
  });

  it('refuses a bad operator before sending; a non-admin gets 403', async () => {
    expect((await failure('scim.findUsers', { operator: 'gt', value: 'x' })).kind).toBe('validation');
    expect(fake.requests).toHaveLength(0);
    expect(await failure('scim.findUsers', { operator: 'eq', value: 'x' }, reader)).toMatchObject({ kind: 'http', status: 403 });
  });

  it('shows a SCIM error body as the platform message (detail and scimType)', async () => {
    const res = await fetch(`${fake.url}${SCIM}/Users?filter=${encodeURIComponent('title eq "x"')}`, { headers: { authorization: `Bearer ${fake.principals.admin.token}` } });
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toContain('application/scim+json');
    expect(await res.json()).toMatchObject({ status: 400, scimType: 'invalidFilter', schemas: ['urn:ietf:params:scim:api:messages:2.0:Error'] });
  });
});

describe('scim: user writes', () => {
  it('creates with application/scim+json; the platform lowers the name; Access sees the user', async () => {
    const user = await ok<{ userName: string; active: boolean }>('scim.createUser', { user: { userName: 'Erin.Jones', email: 'erin@example.com' } });
    expect(onlyRequest()).toMatchObject({
      method: 'POST',
      path: `${SCIM}/Users`,
      status: 201,
      body: { schemas: ['urn:ietf:params:scim:schemas:core:2.0:User'], userName: 'Erin.Jones', active: true, emails: [{ value: 'erin@example.com', primary: true }] },
    });
    expect(contentTypeOf()).toBe('application/scim+json');
    expect(user).toMatchObject({ userName: 'erin.jones', active: true });
    expect(fake.state.users.get('erin.jones')).toMatchObject({ email: 'erin@example.com', status: 'enabled', realm: 'scim' });
  });

  it('answers 409 with the SCIM error detail for an existing user', async () => {
    const error = await failure('scim.createUser', { user: { userName: 'alice', email: 'a@example.com' } });
    expect(error).toMatchObject({ kind: 'http', status: 409, method: 'POST', path: `${SCIM}/Users`, platformMessage: 'User alice already exists (scimType: uniqueness)' });
  });

  it('refuses a bad e-mail or name before sending', async () => {
    expect((await failure('scim.createUser', { user: { userName: 'x', email: 'not-mail' } })).kind).toBe('validation');
    expect((await failure('scim.createUser', { user: { userName: 'a b', email: 'a@example.com' } })).kind).toBe('validation');
    expect((await failure('scim.patchUser', { userName: 'bob', changes: {} })).kind).toBe('validation');
    expect(fake.requests).toHaveLength(0);
  });

  it('PATCH deactivates: a PatchOp body, and the Access user is disabled', async () => {
    const user = await ok<{ active: boolean }>('scim.patchUser', { userName: 'bob', changes: { active: false } });
    expect(onlyRequest()).toMatchObject({
      method: 'PATCH',
      path: `${SCIM}/Users/bob`,
      status: 200,
      body: { schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'], Operations: [{ op: 'Replace', path: 'active', value: false }] },
    });
    expect(contentTypeOf()).toBe('application/scim+json');
    expect(user.active).toBe(false);
    expect(fake.state.users.get('bob')?.status).toBe('disabled');
    await ok('scim.patchUser', { userName: 'bob', changes: { active: true } });
    expect(fake.state.users.get('bob')?.status).toBe('enabled');
    // The activity log records SCIM writes with the user as the target (from the contract).
    const log = await world.state().services.dispatch('activity.list', { call: 'scim.patchUser' });
    expect(log.ok).toBe(true);
    const text = JSON.stringify(log);
    expect(text).toContain('"call":"scim.patchUser"');
    expect(text).toContain('"target":"bob"');
  });

  it('PATCH changes the e-mail and groups; both show in Access', async () => {
    const user = await ok<{ groups: string[]; emails: { value: string }[] }>('scim.patchUser', {
      userName: 'erin.jones',
      changes: { email: 'erin@new.example', addGroups: ['developers'] },
    });
    expect(onlyRequest().body).toEqual({
      schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'],
      Operations: [
        { op: 'Replace', path: 'emails', value: [{ value: 'erin@new.example', primary: true }] },
        { op: 'Add', path: 'groups', value: [{ value: 'developers' }] },
      ],
    });
    expect(user.groups).toContain('developers');
    expect(fake.state.users.get('erin.jones')?.email).toBe('erin@new.example');
    expect(fake.state.groups.get('developers')?.members).toContain('erin.jones');
    fake.clearRequests();
    await ok('scim.patchUser', { userName: 'erin.jones', changes: { removeGroups: ['developers'] } });
    expect(onlyRequest().body).toMatchObject({ Operations: [{ op: 'Remove', path: 'groups[value eq "developers"]' }] });
    expect(fake.state.groups.get('developers')?.members).not.toContain('erin.jones');
  });

  it('a PATCH of a missing user, or to an unknown group, fails with the SCIM detail and changes nothing', async () => {
    expect(await failure('scim.patchUser', { userName: 'ghost', changes: { active: false } })).toMatchObject({ status: 404, platformMessage: "ghost isn't found" });
    const before = fake.state.users.get('alice')!.status;
    const error = await failure('scim.patchUser', { userName: 'alice', changes: { active: false, addGroups: ['nope'] } });
    expect(error).toMatchObject({ status: 400, platformMessage: 'Group nope does not exist (scimType: invalidValue)' });
    expect(fake.state.users.get('alice')!.status).toBe(before);
  });

  it('PUT replaces active and e-mail', async () => {
    await ok('scim.replaceUser', { userName: 'erin.jones', user: { userName: 'erin.jones', active: false, email: 'erin@put.example' } });
    expect(onlyRequest()).toMatchObject({
      method: 'PUT',
      path: `${SCIM}/Users/erin.jones`,
      body: { id: 'erin.jones', userName: 'erin.jones', active: false, emails: [{ value: 'erin@put.example', primary: true }] },
    });
    expect(contentTypeOf()).toBe('application/scim+json');
    expect(fake.state.users.get('erin.jones')).toMatchObject({ status: 'disabled', email: 'erin@put.example' });
  });

  it('DELETE removes the Access user; read-only instances send nothing', async () => {
    expect((await failure('scim.deleteUser', { userName: 'erin.jones' }, readOnly)).kind).toBe('read-only');
    expect(fake.requests).toHaveLength(0);
    await ok('scim.deleteUser', { userName: 'erin.jones' });
    expect(onlyRequest()).toMatchObject({ method: 'DELETE', path: `${SCIM}/Users/erin.jones`, status: 204 });
    expect(fake.state.users.has('erin.jones')).toBe(false);
    expect(await failure('scim.deleteUser', { userName: 'erin.jones' })).toMatchObject({ status: 404 });
  });

  it('a user created in Access shows through SCIM', async () => {
    await ok('users.create', { user: { username: 'frank', email: 'frank@example.com', password: 'Frank-Passw0rd' } });
    const found = await ok<{ found: true; resource: { userName: string; active: boolean } }>('scim.getUser', { userName: 'frank' });
    expect(found.resource).toMatchObject({ userName: 'frank', active: true });
  });
});

describe('scim: groups', () => {
  it('finds by displayName and reads members; a missing group (a real 404) is "not found"', async () => {
    const list = await ok<{ resources: { displayName: string; members: { value: string }[] }[] }>('scim.findGroups', { operator: 'eq', value: 'developers' });
    expect(onlyRequest()).toMatchObject({ method: 'GET', path: `${SCIM}/Groups`, query: { filter: 'displayName eq "developers"' } });
    expect(list.resources[0].members.map((m) => m.value).sort()).toEqual([...fake.state.groups.get('developers')!.members].sort());
    fake.clearRequests();
    expect(await ok('scim.getGroup', { displayName: 'ghosts' })).toEqual({ found: false, status: 404, detail: "ghosts isn't found" });
    expect(onlyRequest()).toMatchObject({ method: 'GET', path: `${SCIM}/Groups/ghosts`, status: 404 });
  });

  it('creates with members, patches members, replaces, deletes; Access follows each step', async () => {
    await ok('scim.createGroup', { group: { displayName: 'qa', members: ['alice'] } });
    expect(onlyRequest()).toMatchObject({
      method: 'POST',
      path: `${SCIM}/Groups`,
      status: 201,
      body: { schemas: ['urn:ietf:params:scim:schemas:core:2.0:Group'], id: 'qa', displayName: 'qa', members: [{ value: 'alice', display: 'alice' }] },
    });
    expect(contentTypeOf()).toBe('application/scim+json');
    expect(fake.state.users.get('alice')?.groups).toContain('qa');

    fake.clearRequests();
    await ok('scim.patchGroup', { displayName: 'qa', changes: { add: ['bob'], remove: ['alice'] } });
    expect(onlyRequest().body).toEqual({
      schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'],
      Operations: [
        { op: 'Add', path: 'members', value: [{ $ref: null, value: 'bob' }] },
        { op: 'Remove', path: 'members[value eq "alice"]' },
      ],
    });
    expect(fake.state.groups.get('qa')?.members).toEqual(['bob']);

    fake.clearRequests();
    await ok('scim.replaceGroup', { displayName: 'qa', group: { displayName: 'qa', members: ['carol.sso', 'dave'] } });
    expect(onlyRequest()).toMatchObject({ method: 'PUT', path: `${SCIM}/Groups/qa` });
    expect(fake.state.groups.get('qa')?.members.sort()).toEqual(['carol.sso', 'dave']);
    expect(fake.state.users.get('bob')?.groups).not.toContain('qa');

    expect(await failure('scim.patchGroup', { displayName: 'qa', changes: { add: ['ghost'] } })).toMatchObject({
      status: 400,
      platformMessage: 'User ghost does not exist (scimType: invalidValue)',
    });
    expect(await failure('scim.createGroup', { group: { displayName: 'qa' } })).toMatchObject({ status: 409 });

    fake.clearRequests();
    await ok('scim.deleteGroup', { displayName: 'qa' });
    expect(onlyRequest()).toMatchObject({ method: 'DELETE', path: `${SCIM}/Groups/qa`, status: 204 });
    expect(fake.state.groups.has('qa')).toBe(false);
    expect(fake.state.users.get('dave')?.groups).not.toContain('qa');
  });

  it('refuses member lists that add and remove the same user before sending', async () => {
    expect((await failure('scim.patchGroup', { displayName: 'readers', changes: { add: ['bob'], remove: ['bob'] } })).kind).toBe('validation');
    expect((await failure('scim.patchGroup', { displayName: 'readers', changes: {} })).kind).toBe('validation');
    expect(fake.requests).toHaveLength(0);
  });
});

interface Report {
  source: string;
  rows: { userName: string; state: string; differences: { field: string; scim: string; access: string; fix?: { call: string; input: Record<string, unknown> } }[] }[];
}

describe('scim: drift check', () => {
  it('finds the seeded differences over a group, and a fix makes the user clean', async () => {
    // The group tests above moved bob between groups, which ends his seeded stale groups: record them again.
    recordStale(fake.state, 'bob', { groups: fake.state.users.get('bob')!.groups.filter((g) => g !== 'developers') });
    const report = await ok<Report>('scim.drift', { source: { kind: 'group', group: 'developers' } });
    expect(report.source).toBe('group developers (2 members)');
    expect(fake.requests.filter((r) => r.path === '/access/api/v2/groups/developers')).toHaveLength(1);
    expect(
      fake.requests
        .filter((r) => r.path.startsWith(`${SCIM}/Users/`))
        .map((r) => r.path)
        .sort(),
    ).toEqual([`${SCIM}/Users/alice`, `${SCIM}/Users/bob`]);
    expect(
      fake.requests
        .filter((r) => r.path.startsWith('/access/api/v2/users/'))
        .map((r) => r.path)
        .sort(),
    ).toEqual(['/access/api/v2/users/alice', '/access/api/v2/users/bob']);
    const alice = report.rows.find((r) => r.userName === 'alice')!;
    expect(alice.state).toBe('drift');
    expect(alice.differences).toEqual([expect.objectContaining({ field: 'email', scim: 'alice@old-mail.example', access: 'alice@example.com' })]);
    const bob = report.rows.find((r) => r.userName === 'bob')!;
    expect(bob.differences).toEqual([
      expect.objectContaining({
        field: 'groups',
        scim: 'not in developers',
        access: 'member of developers',
        fix: { call: 'scim.patchGroup', label: 'Add to developers in SCIM', input: { displayName: 'developers', changes: { add: ['bob'], remove: [] } } },
      }),
    ]);
    const fix = alice.differences[0].fix!;
    await ok(fix.call, fix.input);
    const again = await ok<Report>('scim.drift', { source: { kind: 'names', userNames: ['alice'] } });
    expect(again.rows).toEqual([expect.objectContaining({ userName: 'alice', state: 'clean', differences: [] })]);
    expect(fake.state.users.get('alice')?.email).toBe('alice@example.com');
  });

  it('active in SCIM but disabled in Access, with a deactivate fix; missing users per row', async () => {
    const report = await ok<Report>('scim.drift', { source: { kind: 'names', userNames: ['dave', 'nobody', 'dave'] } });
    expect(report.source).toBe('2 pasted names');
    expect(report.rows.map((r) => [r.userName, r.state])).toEqual([
      ['dave', 'drift'],
      ['nobody', 'drift'],
    ]);
    expect(report.rows[0].differences).toEqual([
      expect.objectContaining({
        field: 'active',
        scim: 'active',
        access: 'disabled',
        fix: expect.objectContaining({ call: 'scim.patchUser', input: { userName: 'dave', changes: { active: false } } }),
      }),
    ]);
    expect(report.rows[1].differences).toEqual([expect.objectContaining({ field: 'exists', scim: 'not found', access: 'not found' })]);
    expect(report.rows[1].differences[0].fix).toBeUndefined();
  });

  it('an Access change after the seed ends the stale SCIM value (the other way round)', async () => {
    recordStale(fake.state, 'carol.sso', { active: false });
    expect((await ok<Report>('scim.drift', { source: { kind: 'names', userNames: ['carol.sso'] } })).rows[0].state).toBe('drift');
    await ok('users.update', { username: 'carol.sso', changes: { email: 'carol@new.example' } });
    fake.state.users.get('carol.sso')!.status = 'disabled';
    const row = (await ok<Report>('scim.drift', { source: { kind: 'names', userNames: ['carol.sso'] } })).rows[0];
    expect(row.state).toBe('clean');
  });

  it('a non-admin gets 403 for the whole check', async () => {
    expect(await failure('scim.drift', { source: { kind: 'names', userNames: ['alice'] } }, reader)).toMatchObject({ status: 403 });
  });
});
