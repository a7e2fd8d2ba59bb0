// The fake probed with what JFrog's own clients send (the Terraform artifactory and
// platform providers) and with the platform's version- and transport-level behaviour, so
// the console's tests stand on the real shapes (API-NOTES, docs/api-notes/).
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startFakePlatform, type FakePlatform } from '../../fake-platform';
import { makeLicenseKey } from '../../fake-platform/support/license-keys';
import { bearer, rawRequest as request } from '../../support/raw-http';

let platform: FakePlatform;
const admin = () => ({ ...bearer(platform.principals.admin.token), 'content-type': 'application/json' });
const send = (method: string, path: string, body?: unknown, headers: Record<string, string> = admin()) =>
  request(`${platform.url}${path}`, { method, headers, ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }) });

beforeAll(async () => {
  platform = await startFakePlatform({ seed: 'minimal' });
});
afterAll(() => platform.close());
afterEach(() => {
  platform.state.switches.writeBodies = 'full';
  platform.state.switches.accessContentType = 'strict';
  platform.state.system.version = '7.111.4';
});

describe('user PATCH as the Terraform artifactory provider sends it', () => {
  it('accepts username and groups with every field, and leaves memberships to …/groups', async () => {
    const before = [...platform.state.users.get('bob')!.groups];
    const res = await send('PATCH', '/access/api/v2/users/bob', {
      username: 'bob',
      email: 'bob@tf.example.com',
      admin: false,
      profile_updatable: true,
      disable_ui_access: false,
      internal_password_disabled: false,
      groups: ['readers'],
    });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.text)).toMatchObject({ username: 'bob', email: 'bob@tf.example.com' });
    expect(platform.state.users.get('bob')?.groups).toEqual(before);
  });

  it('refuses a username that is not the one in the path', async () => {
    expect((await send('PATCH', '/access/api/v2/users/bob', { username: 'alice', email: 'x@example.com' })).status).toBe(400);
    expect(platform.state.users.get('alice')?.email).toBe('alice@example.com');
  });

  it('before 7.84.3 needs the password in the PATCH (version switch)', async () => {
    platform.state.system.version = '7.83.1';
    expect((await send('PATCH', '/access/api/v2/users/bob', { disable_ui_access: true })).status).toBe(400);
    expect((await send('PATCH', '/access/api/v2/users/bob', { disable_ui_access: true, password: 'Bob-Tf-Passw0rd' })).status).toBe(200);
    platform.state.system.version = '7.84.3';
    expect((await send('PATCH', '/access/api/v2/users/bob', { disable_ui_access: false })).status).toBe(200);
  });

  it('answers effective_admin from 7.66 on, true through a group with admin privileges', async () => {
    platform.state.groups.get('platform-admins')!.members.push('alice');
    platform.state.users.get('alice')!.groups.push('platform-admins');
    try {
      expect(JSON.parse((await send('GET', '/access/api/v2/users/alice')).text)).toMatchObject({ admin: false, effective_admin: true });
      expect(JSON.parse((await send('GET', '/access/api/v2/users/bob')).text)).toMatchObject({ admin: false, effective_admin: false });
      platform.state.system.version = '7.63.0';
      expect(JSON.parse((await send('GET', '/access/api/v2/users/alice')).text)).not.toHaveProperty('effective_admin');
    } finally {
      platform.state.groups.get('platform-admins')!.members = platform.state.groups.get('platform-admins')!.members.filter((m) => m !== 'alice');
      platform.state.users.get('alice')!.groups = platform.state.users.get('alice')!.groups.filter((g) => g !== 'platform-admins');
    }
  });
});

describe('group PATCH as the Terraform platform provider sends it', () => {
  it('accepts the name repeated, members and the manager flags', async () => {
    const members = [...platform.state.groups.get('developers')!.members];
    const res = await send('PATCH', '/access/api/v2/groups/developers', {
      name: 'developers',
      description: 'From Terraform',
      auto_join: false,
      admin_privileges: false,
      members: ['alice'],
      reports_manager: true,
      watch_manager: false,
      policy_manager: false,
      policy_viewer: false,
      manage_resources: false,
      manage_webhook: false,
    });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.text)).toMatchObject({ name: 'developers', description: 'From Terraform', reports_manager: true });
    expect(platform.state.groups.get('developers')?.members).toEqual(members);
  });

  it('refuses another name and any realm change, changing nothing', async () => {
    expect((await send('PATCH', '/access/api/v2/groups/developers', { name: 'renamed' })).status).toBe(400);
    const realm = await send('PATCH', '/access/api/v2/groups/developers', { realm: 'ldap', description: 'sneaky' });
    expect(realm.status).toBe(400);
    expect(JSON.parse(realm.text).errors[0].message).toContain('realm');
    expect((await send('PATCH', '/access/api/v2/groups/developers', { realm_attributes: 'x=y' })).status).toBe(400);
    expect(platform.state.groups.get('developers')).toMatchObject({ realm: 'internal', realm_attributes: '' });
    expect(platform.state.groups.get('developers')?.description).not.toBe('sneaky');
    // The same realm again is no change.
    expect((await send('PATCH', '/access/api/v2/groups/developers', { realm: 'internal' })).status).toBe(200);
  });
});

describe('licenses as the Terraform platform provider reads them', () => {
  it('a second install of the same key: 400 with messages[key] "License already exists."', async () => {
    const key = makeLicenseKey({ type: 'Edge', validThrough: 'Jan 1, 2031', licensedTo: 'Twice Inc.' });
    expect((await send('POST', '/artifactory/api/system/licenses', { licenseKey: key })).status).toBe(200);
    const again = await send('POST', '/artifactory/api/system/licenses', { licenseKey: key });
    expect(again.status).toBe(400);
    expect(JSON.parse(again.text)).toEqual({ status: 400, messages: { [key]: 'License already exists.' } });
  });
});

describe('transport behaviour', () => {
  it('Access JSON endpoints refuse a JSON body sent as text/plain (415); the lenient switch takes it', async () => {
    const headers = { ...bearer(platform.principals.admin.token), 'content-type': 'text/plain' };
    const body = { username: 'plain.text', email: 'p@example.com', password: 'Plain-Passw0rd' };
    const refused = await send('POST', '/access/api/v2/users', body, headers);
    expect(refused.status).toBe(415);
    expect(JSON.parse(refused.text).errors[0].code).toBe('UNSUPPORTED_MEDIA_TYPE');
    expect(platform.state.users.has('plain.text')).toBe(false);
    platform.state.switches.accessContentType = 'lenient';
    expect((await send('POST', '/access/api/v2/users', body, headers)).status).toBe(201);
    expect(platform.state.users.has('plain.text')).toBe(true);
  });

  it.each([
    ['empty', 201, ''],
    ['empty-object', 201, '{}'],
    ['no-content', 204, ''],
  ] as const)('writeBodies "%s" answers a successful write with %i and %j', async (mode, status, text) => {
    platform.state.switches.writeBodies = mode;
    const res = await send('POST', '/access/api/v2/groups', { name: `bodies-${mode}` });
    expect([res.status, res.text]).toEqual([status, text]);
    expect(platform.state.groups.has(`bodies-${mode}`)).toBe(true);
    // Reads and errors are untouched.
    expect(JSON.parse((await send('GET', `/access/api/v2/groups/bodies-${mode}`)).text)).toMatchObject({ name: `bodies-${mode}` });
    expect((await send('POST', '/access/api/v2/groups', { name: `bodies-${mode}` })).status).toBe(409);
  });

  it('the legacy security API reads a bare "+" in the path as a space; %2B is a plus', async () => {
    platform.state.lockedUsers.add('alice');
    expect((await send('POST', '/artifactory/api/security/unlockUsers/ali+ce')).status).toBe(404);
    expect(platform.state.lockedUsers.has('alice')).toBe(true);
    expect((await send('POST', '/artifactory/api/security/unlockUsers/alice')).status).toBe(200);
    expect(platform.state.lockedUsers.has('alice')).toBe(false);
  });

  it('router health can answer 503 with a proxy page instead of JSON', async () => {
    platform.state.system.healthPage = '<h1>502 Bad Gateway</h1>';
    try {
      const res = await request(`${platform.url}/router/api/v1/system/health`);
      expect([res.status, res.headers['content-type'], res.text]).toEqual([503, 'text/html', '<h1>502 Bad Gateway</h1>']);
    } finally {
      platform.state.system.healthPage = null;
    }
  });
});
