// A small platform: the two principals, a handful of users and groups, one license,
// direct HTTP settings and two repositories.

import { addMembership } from '../core/membership';
import type { FakeGroup, FakeState } from '../core/state';
import { baseUser } from './principals';
import { installLicense } from './license';
import { directWebServer } from './web-server';

export function group(name: string, overrides: Partial<FakeGroup> = {}): FakeGroup {
  return {
    name,
    description: '',
    auto_join: false,
    admin_privileges: false,
    realm: 'internal',
    realm_attributes: '',
    external_id: '',
    members: [],
    ...overrides,
  };
}

export function seedMinimal(state: FakeState): void {
  state.groups.set('readers', group('readers', { description: 'Every new user joins this group', auto_join: true }));
  state.groups.set('developers', group('developers', { description: 'Build and deploy' }));
  state.groups.set('platform-admins', group('platform-admins', { description: 'Full control', admin_privileges: true }));

  state.users.set('alice', baseUser('alice', { password: 'Alice-Passw0rd', email: 'alice@example.com' }));
  state.users.set('bob', baseUser('bob', { password: 'Bob-Passw0rd', email: 'bob@example.com' }));
  state.users.set('carol.sso', baseUser('carol.sso', { realm: 'saml', internal_password_disabled: true, email: 'carol@example.com' }));
  state.users.set('dave', baseUser('dave', { password: 'Dave-Passw0rd', status: 'disabled', email: 'dave@example.com' }));

  for (const username of state.users.keys()) addMembership(state, username, 'readers');
  addMembership(state, 'alice', 'developers');
  addMembership(state, 'bob', 'developers');
  addMembership(state, 'admin', 'platform-admins');
  installLicense(state, { type: 'Enterprise Plus', validThrough: 'Dec 31, 2027', licensedTo: 'Lilypad Test Org' });
  state.system.addons = ['build', 'docker', 'npm', 'maven', 'rest'];
  state.webServer = directWebServer();
  state.repositories = [
    { key: 'docker-local', rclass: 'local', packageType: 'docker', dockerPort: 5001 },
    { key: 'generic-local', rclass: 'local', packageType: 'generic' },
  ];
}
