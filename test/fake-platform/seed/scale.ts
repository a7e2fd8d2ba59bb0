// A big, deterministic platform for paging and performance tests: exactly `users` users
// (the two principals included) and `groups` groups (`readers` included). Memberships
// are written to both sides directly: addMembership's duplicate check would be
// quadratic on a 100,000-member group.

import type { FakeGroup, FakeState, FakeUser, RealmValue, UserStatusValue } from '../core/state';
import { group } from './minimal';
import { DEPARTMENTS, PeopleGenerator, TEAM_KINDS } from './names';
import { seededRandom } from './random';
import { directWebServer } from './web-server';
import { installLicense } from './license';

const REALMS: ReadonlyArray<readonly [RealmValue, number]> = [
  ['internal', 55],
  ['saml', 20],
  ['ldap', 15],
  ['oauth', 5],
  ['scim', 3],
  ['crowd', 2],
];

const STATUSES: ReadonlyArray<readonly [UserStatusValue, number]> = [
  ['enabled', 93],
  ['disabled', 4],
  ['invited', 2],
  ['locked', 1],
];

export function seedScale(state: FakeState, size: { users: number; groups: number }): void {
  const random = seededRandom(100_003);
  const groups = makeGroups(state, size.groups);
  const extraGroups = groups.filter((g) => !g.auto_join);
  const autoJoin = groups.filter((g) => g.auto_join);

  for (const user of state.users.values()) for (const g of autoJoin) join(user, g);

  const people = new PeopleGenerator(random, state.users.keys());
  const toMake = Math.max(0, size.users - state.users.size);
  for (let i = 0; i < toMake; i++) {
    const person = people.next();
    const realm = random.weighted(REALMS);
    const status = random.weighted(STATUSES);
    // A literal rather than baseUser(…, overrides): the spread costs at this scale.
    const user: FakeUser = {
      username: person.username,
      email: `${person.username}@example.com`,
      password: realm === 'internal' ? 'Passw0rd!' : '',
      groups: [],
      realm,
      status,
      admin: false,
      profile_updatable: realm === 'internal',
      internal_password_disabled: realm !== 'internal',
      disable_ui_access: random.next() < 0.02,
    };
    state.users.set(user.username, user);
    if (status === 'locked') state.lockedUsers.add(user.username);
    for (const g of autoJoin) join(user, g);
    const extra = extraGroups.length === 0 ? 0 : random.int(4);
    for (let k = 0; k < extra; k++) {
      const g = random.pick(extraGroups);
      if (!user.groups.includes(g.name)) join(user, g);
    }
  }

  state.webServer = directWebServer();
  installLicense(state, { type: 'Enterprise Plus', validThrough: 'Dec 31, 2027', licensedTo: 'Scale Test Org' });
}

function makeGroups(state: FakeState, count: number): FakeGroup[] {
  const made: FakeGroup[] = [];
  if (count <= 0) return made;
  const readers = group('readers', { description: 'Every new user joins this group', auto_join: true });
  made.push(readers);
  for (let i = 1; i < count; i++) {
    const dept = DEPARTMENTS[i % DEPARTMENTS.length];
    const kind = TEAM_KINDS[Math.floor(i / DEPARTMENTS.length) % TEAM_KINDS.length];
    const round = Math.floor(i / (DEPARTMENTS.length * TEAM_KINDS.length));
    const name = round === 0 ? `${dept}-${kind}` : `${dept}-${kind}-${round + 1}`;
    const ldap = i % 5 === 0;
    made.push(
      group(name, {
        description: `${dept} ${kind}`,
        admin_privileges: kind === 'leads' && round === 0 && dept === 'platform',
        realm: ldap ? 'ldap' : 'internal',
        realm_attributes: ldap ? `ldapGroupName=${name};groupsStrategy=STATIC;groupDn=cn=${name},ou=groups,dc=example,dc=com` : '',
        external_id: ldap ? `cn=${name},ou=groups,dc=example,dc=com` : '',
      }),
    );
  }
  for (const g of made) state.groups.set(g.name, g);
  return made;
}

function join(user: FakeUser, g: FakeGroup): void {
  user.groups.push(g.name);
  g.members.push(user.username);
}
