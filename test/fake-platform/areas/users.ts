// Users: Access v2 (`/access/api/v2/users…`) plus the Artifactory security calls that
// have no v2 equivalent (expire password, unlock, locked users), per API-NOTES "Users".
import { isAdmin } from '../core/auth';
import { addMembership, applyAutoJoin, forgetUser, removeMembership } from '../core/membership';
import type { FakeArea, SeedScenario } from '../core/area';
import { empty, fail, json, type FakeModule, type FakeRequest, type FakeState } from '../core/module';
import type { FakeGroup, FakeUser, RealmValue, UserStatusValue } from '../core/state';
import { DEPARTMENTS, PeopleGenerator } from '../support/names';
import { baseUser } from '../support/principals';
import { seededRandom } from '../support/random';
import { addRemoveOf, bodyObject, checkFields, uriOf, type Body } from '../support/access-body';
import { pageOf, pagingAdded, pagingRemoved } from '../support/access-paging';
import { atLeast, EFFECTIVE_ADMIN_SINCE, PARTIAL_USER_PATCH_SINCE } from '../support/version';

const USERS = '/access/api/v2/users';
const USERNAME = /^[a-z0-9.\-_@+]+$/;

const CREATE_FIELDS = {
  username: 'string',
  password: 'string',
  email: 'string',
  groups: 'string[]',
  admin: 'boolean',
  profile_updatable: 'boolean',
  internal_password_disabled: 'boolean',
  disable_ui_access: 'boolean',
} as const;
/**
 * A PATCH may carry every create field: JFrog's Terraform provider sends `username` and
 * `groups` with each update, and Access accepts them (API-NOTES).
 */
const UPDATE_FIELDS = CREATE_FIELDS;

/** The v2 body of a user: never the password. `effective_admin` (7.66+): admin directly or through a group. */
export function userBody(state: FakeState, user: FakeUser) {
  return {
    username: user.username,
    email: user.email,
    groups: [...user.groups],
    realm: user.realm,
    status: user.status,
    admin: user.admin,
    ...(atLeast(state, EFFECTIVE_ADMIN_SINCE) ? { effective_admin: isAdmin(state, user) } : {}),
    profile_updatable: user.profile_updatable,
    internal_password_disabled: user.internal_password_disabled,
    disable_ui_access: user.disable_ui_access,
  };
}

function existing(state: FakeState, name: string): FakeUser {
  const user = state.users.get(name);
  if (!user) fail(404, `User '${name}' not found`);
  return user;
}

/** The spec lists a non-existent group among the 400 cases, so unknown groups are 400, not 404. */
function requireGroups(state: FakeState, names: string[]): void {
  const missing = names.find((name) => !state.groups.has(name));
  if (missing !== undefined) fail(400, `Group '${missing}' does not exist`);
}

function create(state: FakeState, body: Body): FakeUser {
  checkFields(body, CREATE_FIELDS);
  const username = body.username;
  if (typeof username !== 'string' || username === '') fail(400, 'username is required');
  if (!USERNAME.test(username)) fail(400, `Username '${username}' is invalid: use lower-case letters, digits and . - _ @ +`);
  if (typeof body.email !== 'string' || body.email === '') fail(400, 'email is required');
  const passwordDisabled = body.internal_password_disabled === true;
  const password = typeof body.password === 'string' ? body.password : '';
  if (!passwordDisabled && password === '') fail(400, 'password is required unless internal_password_disabled is true');
  if (state.users.has(username)) fail(409, `User '${username}' already exists`);
  const groups = (body.groups as string[] | undefined) ?? [];
  requireGroups(state, groups);

  const user: FakeUser = {
    username,
    email: body.email,
    password: passwordDisabled ? '' : password,
    groups: [],
    realm: 'internal',
    status: 'enabled',
    admin: body.admin === true,
    profile_updatable: body.profile_updatable !== false,
    internal_password_disabled: passwordDisabled,
    disable_ui_access: body.disable_ui_access === true,
    created: new Date().toISOString(),
  };
  state.users.set(username, user);
  pagingAdded(state.users, username);
  for (const group of groups) addMembership(state, username, group);
  applyAutoJoin(state, username);
  return user;
}

function update(state: FakeState, user: FakeUser, body: Body): void {
  checkFields(body, UPDATE_FIELDS);
  // [unsure] whether Access refuses a different name or ignores it; a rename does not exist.
  if (typeof body.username === 'string' && body.username !== user.username) fail(400, `username '${body.username}' does not match the user '${user.username}'`);
  // Before 7.84.3 Access refused a PATCH without a password (Terraform artifactory provider
  // #931/#940; [unsure] about the exact message, and whether users with the internal
  // password disabled were spared: here they are not).
  if (!atLeast(state, PARTIAL_USER_PATCH_SINCE) && (typeof body.password !== 'string' || body.password === '')) {
    fail(400, 'Cannot create a user: password is required');
  }
  // [unsure] what Access does with `groups` in a PATCH. Terraform syncs memberships through
  // …/groups afterwards, so the fake leaves them alone: the console never relies on it.
  const turnsPasswordOn = user.internal_password_disabled && body.internal_password_disabled === false;
  if (turnsPasswordOn && (typeof body.password !== 'string' || body.password === '')) {
    fail(400, 'password is required when internal_password_disabled changes to false');
  }
  if (typeof body.email === 'string') user.email = body.email;
  for (const flag of ['admin', 'profile_updatable', 'internal_password_disabled', 'disable_ui_access'] as const) {
    if (typeof body[flag] === 'boolean') user[flag] = body[flag];
  }
  if (typeof body.password === 'string' && body.password !== '') user.password = body.password;
  if (user.internal_password_disabled) user.password = '';
}

function updateGroups(state: FakeState, user: FakeUser, body: Body): void {
  const { add, remove } = addRemoveOf(body);
  requireGroups(state, [...add, ...remove]);
  const notIn = remove.find((group) => !user.groups.includes(group));
  if (notIn !== undefined) fail(400, `User '${user.username}' is not a member of group '${notIn}'`);
  for (const group of add) addMembership(state, user.username, group);
  for (const group of remove) removeMembership(state, user.username, group);
}

function setPassword(req: FakeRequest, state: FakeState, user: FakeUser): void {
  // Admins, or the user themself (spec: "admin permissions or user is the same").
  if (!req.principal?.admin && req.principal?.username !== user.username) fail(403, 'Forbidden');
  const body = bodyObject(req, state);
  checkFields(body, { password: 'string' });
  if (typeof body.password !== 'string' || body.password === '') fail(400, 'password is required');
  if (user.internal_password_disabled) fail(400, `User '${user.username}' has the internal password disabled`);
  user.password = body.password;
  user.password_expired = false;
}

function lockedUsernames(state: FakeState): string[] {
  const names = new Set(state.lockedUsers);
  // Also users whose status says locked; a scan, but only on this small admin call.
  for (const user of state.users.values()) if (user.status === 'locked') names.add(user.username);
  return [...names].sort();
}

const routes: FakeModule = ({ route, state }) => {
  route('GET', USERS, (req) => {
    const page = pageOf(state.users, req.query);
    const users = page.items.map((u) => ({ username: u.username, uri: uriOf(req, `${USERS}/${encodeURIComponent(u.username)}`), realm: u.realm, status: u.status }));
    return json(200, page.cursor ? { users, cursor: page.cursor } : { users });
  });
  route('POST', USERS, (req) => json(201, userBody(state, create(state, bodyObject(req, state)))));
  route('GET', `${USERS}/:name`, (req) => json(200, userBody(state, existing(state, req.params.name))));
  route('PATCH', `${USERS}/:name`, (req) => {
    const user = existing(state, req.params.name);
    update(state, user, bodyObject(req, state));
    return json(200, userBody(state, user));
  });
  route('DELETE', `${USERS}/:name`, (req) => {
    existing(state, req.params.name);
    forgetUser(state, req.params.name);
    state.users.delete(req.params.name);
    pagingRemoved(state.users, req.params.name);
    return empty(204);
  });
  route('PATCH', `${USERS}/:name/groups`, (req) => {
    const user = existing(state, req.params.name);
    updateGroups(state, user, bodyObject(req, state));
    return json(200, { groups: [...user.groups] });
  });
  route(
    'PUT',
    `${USERS}/:name/password`,
    (req) => {
      setPassword(req, state, existing(state, req.params.name));
      return empty(204);
    },
    { auth: 'user' },
  );

  // Artifactory's security API: no v2 call exists for these (API-NOTES). It decodes a
  // literal '+' in the path as a space, so a user named "a+b" must be sent as "a%2Bb".
  route(
    'POST',
    '/artifactory/api/security/users/authorization/expirePassword/:name',
    (req) => {
      existing(state, req.params.name).password_expired = true;
      return empty(200);
    },
    { plusIsSpace: true },
  );
  route(
    'POST',
    '/artifactory/api/security/unlockUsers/:name',
    (req) => {
      // [unsure] whether Artifactory answers 404 for an unknown user; we do, so typos show.
      const user = existing(state, req.params.name);
      state.lockedUsers.delete(user.username);
      if (user.status === 'locked') user.status = 'enabled';
      return empty(200);
    },
    { plusIsSpace: true },
  );
  route('GET', '/artifactory/api/security/lockedUsers', () => json(200, lockedUsernames(state)));
};

// ---- Seed -------------------------------------------------------------------------------

function seedMinimal(state: FakeState): void {
  state.users.set('alice', baseUser('alice', { password: 'Alice-Passw0rd', email: 'alice@example.com' }));
  state.users.set('bob', baseUser('bob', { password: 'Bob-Passw0rd', email: 'bob@example.com' }));
  state.users.set('carol.sso', baseUser('carol.sso', { realm: 'saml', internal_password_disabled: true, email: 'carol@example.com' }));
  state.users.set('dave', baseUser('dave', { password: 'Dave-Passw0rd', status: 'disabled', email: 'dave@example.com' }));
  for (const username of state.users.keys()) addMembership(state, username, 'readers');
  addMembership(state, 'alice', 'developers');
  addMembership(state, 'bob', 'developers');
  addMembership(state, 'admin', 'platform-admins');
}

const DEMO_USERS = 250;
const DEMO_BOTS = ['ci-jenkins', 'ci-github-actions'];
const DEMO_DOMAIN = 'acme-robotics.example';
const DEMO_REALMS: ReadonlyArray<readonly [RealmValue, number]> = [
  ['internal', 50],
  ['saml', 30],
  ['ldap', 20],
];
const DEMO_STATUSES: ReadonlyArray<readonly [UserStatusValue, number]> = [
  ['enabled', 90],
  ['disabled', 6],
  ['invited', 2],
  ['locked', 2],
];

/** About 250 people from three realms in the demo groups (seeded by the groups area). */
function seedDemo(state: FakeState): void {
  const random = seededRandom(4_242);
  const people = new PeopleGenerator(random, state.users.keys());
  const start = Date.UTC(2021, 2, 1);
  while (state.users.size < DEMO_USERS - DEMO_BOTS.length) {
    const person = people.next();
    const realm = random.weighted(DEMO_REALMS);
    const status = random.weighted(DEMO_STATUSES);
    state.users.set(
      person.username,
      baseUser(person.username, {
        email: `${person.first}.${person.last}@${DEMO_DOMAIN}`,
        realm,
        status,
        password: realm === 'internal' ? 'Demo-Passw0rd' : '',
        internal_password_disabled: realm !== 'internal',
        profile_updatable: realm === 'internal',
        created: new Date(start + state.users.size * 3_600_000 * 29).toISOString(),
      }),
    );
    if (status === 'locked') state.lockedUsers.add(person.username);
    addMembership(state, person.username, `${random.pick(DEPARTMENTS)}-developers`);
    if (realm === 'saml') addMembership(state, person.username, random.next() < 0.8 ? 'sso-engineering' : 'sso-product');
    if (realm === 'ldap') addMembership(state, person.username, random.next() < 0.85 ? 'ldap-staff' : 'ldap-finance');
    if (random.next() < 0.12) {
      addMembership(state, person.username, random.pick(['release-managers', 'oncall', 'docker-pushers', 'helm-maintainers', 'contractors', 'security-auditors']));
    }
  }
  for (const username of state.users.keys()) addMembership(state, username, 'readers');
  addMembership(state, 'admin', 'platform-admins');
  for (const bot of DEMO_BOTS) {
    state.users.set(bot, baseUser(bot, { email: `${bot}@${DEMO_DOMAIN}`, password: 'Bot-Passw0rd', disable_ui_access: true }));
    for (const name of ['readers', 'ci-bots', 'docker-pushers']) addMembership(state, bot, name);
  }
}

const SCALE_REALMS: ReadonlyArray<readonly [RealmValue, number]> = [
  ['internal', 55],
  ['saml', 20],
  ['ldap', 15],
  ['oauth', 5],
  ['scim', 3],
  ['crowd', 2],
];
const SCALE_STATUSES: ReadonlyArray<readonly [UserStatusValue, number]> = [
  ['enabled', 93],
  ['disabled', 4],
  ['invited', 2],
  ['locked', 1],
];

/**
 * Exactly `count` users (the principals included), each in the auto-join groups and up to
 * three others. Memberships are written to both sides directly: addMembership's duplicate
 * check would be quadratic on a 100,000-member group.
 */
function seedScale(state: FakeState, count: number): void {
  const random = seededRandom(100_003);
  const groups = [...state.groups.values()];
  const autoJoin = groups.filter((g) => g.auto_join);
  const extraGroups = groups.filter((g) => !g.auto_join);
  for (const user of state.users.values()) for (const g of autoJoin) join(user, g);

  const people = new PeopleGenerator(random, state.users.keys());
  const toMake = Math.max(0, count - state.users.size);
  for (let i = 0; i < toMake; i++) {
    const person = people.next();
    const realm = random.weighted(SCALE_REALMS);
    const status = random.weighted(SCALE_STATUSES);
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
}

function join(user: FakeUser, g: FakeGroup): void {
  user.groups.push(g.name);
  g.members.push(user.username);
}

function seed(state: FakeState, scenario: SeedScenario): void {
  if (scenario.kind === 'minimal') seedMinimal(state);
  else if (scenario.kind === 'demo') seedDemo(state);
  else seedScale(state, scenario.users);
}

export const usersArea: FakeArea = { name: 'users', routes, seed };
