// The groups and users handlers against a platform that answers in the shapes the spec
// prints (camelCase flags, members as a string-encoded array, missing booleans, an empty
// cursor): the console must still show arrays and booleans, and stop paging.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { groupsArea } from '../../electron/services/areas/groups';
import type { InstanceContext } from '../../electron/services/areas/types';
import { usersArea } from '../../electron/services/areas/users';
import { createPlatformHttp } from '../../electron/services/http';
import { instanceContext } from '../support/instance-context';
import { instanceProfileSchema } from '../../shared/areas/instances/model';

const bodies: Record<string, unknown> = {
  '/access/api/v2/groups/legacy': { name: 'legacy', autoJoin: true, adminPrivileges: false, realmAttributes: 'x=y', externalId: 'cn=legacy', members: '["user1", "user2"]' },
  '/access/api/v2/groups/legacy/members': { members: '["user1"]' },
  '/access/api/v2/groups': { cursor: '', groups: [{ group_name: 'legacy', uri: 'http://h/access/api/v2/groups/legacy' }] },
  '/access/api/v2/users/sparse': { username: 'sparse', realm: 'ldap', status: 'enabled' },
  '/access/api/v2/users': { users: [{ username: 'sparse', realm: 'ldap', status: 'enabled' }], cursor: '' },
};

let server: Server;
let ctx: InstanceContext;
const received: string[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    received.push(`${req.method} ${path}`);
    const body = bodies[path];
    res.writeHead(body ? 200 : 404, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body ?? { errors: [{ code: 'NOT_FOUND', message: 'nope' }] }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const instance = instanceProfileSchema.parse({ id: 'wire', name: 'Wire', baseUrl: `http://127.0.0.1:${port}`, authKind: 'token' });
  ctx = instanceContext(instance, createPlatformHttp({ profile: instance, secret: 'wire-token' }));
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe('wire variants', () => {
  it('reads camelCase flags and string-encoded members', async () => {
    const group = await groupsArea['groups.get']({ instanceId: 'wire', name: 'legacy' }, ctx);
    expect(group).toEqual({ name: 'legacy', auto_join: true, admin_privileges: false, realm_attributes: 'x=y', external_id: 'cn=legacy', members: ['user1', 'user2'] });
    const members = await groupsArea['groups.updateMembers']({ instanceId: 'wire', name: 'legacy', add: [], remove: ['user2'] }, ctx);
    expect(members).toEqual({ members: ['user1'] });
  });

  it('treats an empty cursor as the last page', async () => {
    expect(await groupsArea['groups.page']({ instanceId: 'wire' }, ctx)).toEqual({ groups: [{ group_name: 'legacy', uri: 'http://h/access/api/v2/groups/legacy' }] });
    expect(await usersArea['users.page']({ instanceId: 'wire' }, ctx)).toEqual({ users: [{ username: 'sparse', realm: 'ldap', status: 'enabled' }] });
  });

  it('fills missing user booleans with false and groups with []', async () => {
    expect(await usersArea['users.get']({ instanceId: 'wire', username: 'sparse' }, ctx)).toEqual({
      username: 'sparse',
      realm: 'ldap',
      status: 'enabled',
      groups: [],
      admin: false,
      effective_admin: false,
      profile_updatable: false,
      internal_password_disabled: false,
      disable_ui_access: false,
    });
    expect(received).toContain('GET /access/api/v2/users/sparse');
  });
});
