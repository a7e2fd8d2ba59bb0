// Users: Access v2 (`/access/api/v2/users…`) plus the Artifactory security calls that
// have no v2 equivalent (expire password, unlock, locked users), per API-NOTES "Users".
import { addMembership, applyAutoJoin, forgetUser, removeMembership } from '../core/membership';
import { empty, fail, json, type FakeModule, type FakeRequest, type FakeState } from '../core/module';
import type { FakeUser } from '../core/state';
import { addRemoveOf, bodyObject, checkFields, uriOf, type Body } from './access-body';
import { pageOf, pagingAdded, pagingRemoved } from './access-paging';

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
const { username: _username, groups: _groups, ...UPDATE_FIELDS } = CREATE_FIELDS;

/** The v2 body of a user: never the password. */
export function userBody(user: FakeUser) {
  return {
    username: user.username,
    email: user.email,
    groups: [...user.groups],
    realm: user.realm,
    status: user.status,
    admin: user.admin,
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

function update(user: FakeUser, body: Body): void {
  checkFields(body, UPDATE_FIELDS);
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

function setPassword(req: FakeRequest, user: FakeUser): void {
  // Admins, or the user themself (spec: "admin permissions or user is the same").
  if (!req.principal?.admin && req.principal?.username !== user.username) fail(403, 'Forbidden');
  const body = bodyObject(req);
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

export const usersModule: FakeModule = ({ route, state }) => {
  route('GET', USERS, (req) => {
    const page = pageOf(state.users, req.query);
    const users = page.items.map((u) => ({ username: u.username, uri: uriOf(req, `${USERS}/${encodeURIComponent(u.username)}`), realm: u.realm, status: u.status }));
    return json(200, page.cursor ? { users, cursor: page.cursor } : { users });
  });
  route('POST', USERS, (req) => json(201, userBody(create(state, bodyObject(req)))));
  route('GET', `${USERS}/:name`, (req) => json(200, userBody(existing(state, req.params.name))));
  route('PATCH', `${USERS}/:name`, (req) => {
    const user = existing(state, req.params.name);
    update(user, bodyObject(req));
    return json(200, userBody(user));
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
    updateGroups(state, user, bodyObject(req));
    return json(200, { groups: [...user.groups] });
  });
  route('PUT', `${USERS}/:name/password`, (req) => {
    setPassword(req, existing(state, req.params.name));
    return empty(204);
  }, { auth: 'user' });

  // Artifactory's security API: no v2 call exists for these (API-NOTES).
  route('POST', '/artifactory/api/security/users/authorization/expirePassword/:name', (req) => {
    existing(state, req.params.name).password_expired = true;
    return empty(200);
  });
  route('POST', '/artifactory/api/security/unlockUsers/:name', (req) => {
    // [unsure] whether Artifactory answers 404 for an unknown user; we do, so typos show.
    const user = existing(state, req.params.name);
    state.lockedUsers.delete(user.username);
    if (user.status === 'locked') user.status = 'enabled';
    return empty(200);
  });
  route('GET', '/artifactory/api/security/lockedUsers', () => json(200, lockedUsernames(state)));
};
