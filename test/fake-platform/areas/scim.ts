// SCIM 2.0 under Access (`/access/api/v1/scim/v2`), over the same users and groups as the
// Access v2 modules: a SCIM write changes the Access user or group, and an Access change
// shows through SCIM. Quirks from JFrog's documentation (docs/api-notes/scim.md): user
// names lowered, a missing user answers 200 with a SCIM error body saying 404 (a missing
// group answers a real 404), lists hold at most the first 20, filters on userName and
// displayName, PatchOp add/remove/replace, `application/scim+json` answers.
//
// Drift: the platform may hold what the identity provider last wrote apart from what
// Access holds now [unsure how the real one stores it]. The fake keeps that as a "stale"
// SCIM value per user and field, shown only while Access still holds the value it had
// when the stale value was recorded, and dropped by any SCIM write of that field. Seeds
// record a few, so the drift check has something to find.
import { addMembership, applyAutoJoin, forgetGroup, forgetUser, removeMembership } from '../core/membership';
import { areaState, type FakeArea, type SeedScenario } from '../core/area';
import { empty, FakeHttpError, type FakeModule, type FakeRequest, type FakeResponse, type FakeState } from '../core/module';
import type { FakeGroup, FakeUser } from '../core/state';
import { bodyObject, type Body } from '../support/access-body';
import { pagingAdded, pagingRemoved } from '../support/access-paging';
import { baseUser } from '../support/principals';
import { group as newGroup } from './groups';

const BASE = '/access/api/v1/scim/v2';
const USER_SCHEMA = 'urn:ietf:params:scim:schemas:core:2.0:User';
const GROUP_SCHEMA = 'urn:ietf:params:scim:schemas:core:2.0:Group';
const ERROR_SCHEMA = 'urn:ietf:params:scim:api:messages:2.0:Error';
const LIST_SCHEMA = 'urn:ietf:params:scim:api:messages:2.0:ListResponse';
const PATCH_SCHEMA = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';
/** The documentation: "The results are limited by the first 20 results." */
export const SCIM_LIST_LIMIT = 20;
const USERNAME = /^[a-z0-9.\-_@+]+$/;

/** What SCIM last said about a user where Access has moved on since. */
export interface StaleScim {
  active?: { value: boolean; whileStatus: string };
  email?: { value: string; whileEmail: string };
  groups?: { value: string[]; whileGroups: string };
}

interface ScimState {
  stale: Map<string, StaleScim>;
}

export const scimState = (state: FakeState): ScimState => areaState(state, 'scim', () => ({ stale: new Map<string, StaleScim>() }));

const groupsKey = (groups: string[]): string => [...groups].sort().join('\n');

/** Records a stale SCIM value for a user (seeds and tests): shown until Access or SCIM changes that field. */
export function recordStale(state: FakeState, username: string, stale: { active?: boolean; email?: string; groups?: string[] }): void {
  const user = state.users.get(username);
  if (!user) return;
  const entry = scimState(state).stale.get(username) ?? {};
  if (stale.active !== undefined) entry.active = { value: stale.active, whileStatus: user.status };
  if (stale.email !== undefined) entry.email = { value: stale.email, whileEmail: user.email };
  if (stale.groups !== undefined) entry.groups = { value: stale.groups, whileGroups: groupsKey(user.groups) };
  scimState(state).stale.set(username, entry);
}

function forgetStale(state: FakeState, username: string, field: keyof StaleScim): void {
  const entry = scimState(state).stale.get(username);
  if (entry) delete entry[field];
}

// ---- Bodies -----------------------------------------------------------------------------

/** SCIM errors: `{schemas, status, detail, scimType?}` ([unsure] whether status is a number or a string; the docs show a number). */
class ScimError extends Error {
  constructor(
    readonly status: number,
    readonly detail: string,
    readonly scimType?: string,
  ) {
    super(detail);
  }
}
const scimFail = (status: number, detail: string, scimType?: string): never => {
  throw new ScimError(status, detail, scimType);
};

function scimJson(status: number, body: unknown): FakeResponse {
  return { status, headers: { 'content-type': 'application/scim+json; charset=UTF-8' }, body: JSON.stringify(body) };
}
const errorBody = (status: number, detail: string, scimType?: string) => ({ schemas: [ERROR_SCHEMA], status, detail, ...(scimType ? { scimType } : {}) });

/** Runs a handler; a ScimError (or a body problem from the shared checks) becomes a SCIM error body. */
function scimRoute(handler: (req: FakeRequest) => FakeResponse): (req: FakeRequest) => FakeResponse {
  return (req) => {
    try {
      return handler(req);
    } catch (caught) {
      if (caught instanceof ScimError) return scimJson(caught.status, errorBody(caught.status, caught.detail, caught.scimType));
      // 415 for a body that is not JSON (the shared Access check), 400 for bad JSON: in SCIM's shape [unsure].
      if (caught instanceof FakeHttpError) return scimJson(caught.status, errorBody(caught.status, caught.message, caught.status === 400 ? 'invalidSyntax' : undefined));
      throw caught;
    }
  };
}

export function scimUserOf(state: FakeState, user: FakeUser) {
  const stale = scimState(state).stale.get(user.username);
  const active = stale?.active && stale.active.whileStatus === user.status ? stale.active.value : user.status !== 'disabled';
  const email = stale?.email && stale.email.whileEmail === user.email ? stale.email.value : user.email;
  const groups = stale?.groups && stale.groups.whileGroups === groupsKey(user.groups) ? stale.groups.value : user.groups;
  return {
    id: user.username,
    userName: user.username,
    active,
    emails: email ? [{ primary: true, value: email }] : [],
    groups: groups.map((value) => ({ value })),
    schemas: [USER_SCHEMA],
    meta: { resourceType: 'User' },
  };
}

export function scimGroupOf(group: FakeGroup) {
  return {
    displayName: group.name,
    id: group.name,
    members: group.members.map((value) => ({ value, display: value })),
    schemas: [GROUP_SCHEMA],
    meta: { resourceType: 'Group' },
  };
}

// ---- Filters ----------------------------------------------------------------------------

interface Filter {
  operator: 'eq' | 'sw' | 'co';
  value: string;
}

/**
 * `attribute op "value"` with a JSON string value. The attribute name and the operator are
 * case-insensitive (RFC 7644); only `attribute` is supported ([unsure] what else Access
 * takes). Anything else is 400 invalidFilter.
 */
function parseFilter(text: string | undefined, attribute: string): Filter | undefined {
  if (text === undefined || text.trim() === '') return undefined;
  const match = /^\s*([A-Za-z.]+)\s+(eq|sw|co)\s+("(?:[^"\\]|\\.)*")\s*$/i.exec(text);
  if (!match) scimFail(400, `The filter "${text}" is not valid: use ${attribute} eq "value"`, 'invalidFilter');
  if (match![1].toLowerCase() !== attribute.toLowerCase()) scimFail(400, `Filtering on "${match![1]}" is not supported: use ${attribute}`, 'invalidFilter');
  let value: string;
  try {
    value = JSON.parse(match![3]) as string;
  } catch {
    return scimFail(400, `The filter value ${match![3]} is not a valid string`, 'invalidFilter');
  }
  return { operator: match![2].toLowerCase() as Filter['operator'], value };
}

/** userName and displayName compare without regard to case (SCIM's caseExact=false). */
function matches(name: string, filter: Filter | undefined): boolean {
  if (!filter) return true;
  const a = name.toLowerCase();
  const b = filter.value.toLowerCase();
  return filter.operator === 'eq' ? a === b : filter.operator === 'sw' ? a.startsWith(b) : a.includes(b);
}

/** At most the first 20 (by name); `totalResults` counts every match [unsure: it may count only those returned]. */
function listBody<T>(names: string[], filter: Filter | undefined, view: (name: string) => T) {
  const hits = names.filter((name) => matches(name, filter)).sort();
  return { totalResults: hits.length, itemsPerPage: SCIM_LIST_LIMIT, startIndex: 1, Resources: hits.slice(0, SCIM_LIST_LIMIT).map(view), schemas: [LIST_SCHEMA] };
}

// ---- Users ------------------------------------------------------------------------------

const lowered = (id: string): string => id.toLowerCase();

function primaryEmail(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value)) return scimFail(400, '"emails" must be a list', 'invalidValue');
  const entries = value as Array<Record<string, unknown>>;
  const primary = entries.find((e) => e?.primary === true) ?? entries[0];
  if (primary === undefined) return undefined;
  if (typeof primary.value !== 'string' || !primary.value.includes('@')) scimFail(400, 'An e-mail needs a "value" with an address', 'invalidValue');
  return primary.value as string;
}

function requireSchema(body: Body, schema: string): void {
  if (!Array.isArray(body.schemas) || !(body.schemas as unknown[]).includes(schema)) scimFail(400, `"schemas" must include ${schema}`, 'invalidSyntax');
}

function setActive(state: FakeState, user: FakeUser, active: boolean): void {
  // [unsure] what SCIM does to a locked or invited user; here only enabled/disabled move.
  if (active && user.status === 'disabled') user.status = 'enabled';
  if (!active) user.status = 'disabled';
  forgetStale(state, user.username, 'active');
}

function setEmail(state: FakeState, user: FakeUser, email: string): void {
  // [unsure] JFrog's docs say updates support only active; the fake applies the e-mail too.
  user.email = email;
  forgetStale(state, user.username, 'email');
}

function createUser(state: FakeState, body: Body): FakeUser {
  requireSchema(body, USER_SCHEMA);
  if (typeof body.userName !== 'string' || body.userName === '') return scimFail(400, '"userName" is required', 'invalidValue');
  const username = lowered(body.userName);
  if (!USERNAME.test(username)) scimFail(400, `"${body.userName}" is not a valid user name`, 'invalidValue');
  if (state.users.has(username)) scimFail(409, `User ${username} already exists`, 'uniqueness');
  const email = primaryEmail(body.emails);
  if (email === undefined) scimFail(400, 'An e-mail is required', 'invalidValue');
  // [unsure] the realm Access gives a SCIM user; the realm list has "scim".
  const user = baseUser(username, {
    email: email!,
    realm: 'scim',
    internal_password_disabled: true,
    profile_updatable: false,
    status: body.active === false ? 'disabled' : 'enabled',
    created: new Date().toISOString(),
  });
  state.users.set(username, user);
  pagingAdded(state.users, username);
  applyAutoJoin(state, username);
  return user;
}

function replaceUser(state: FakeState, user: FakeUser, body: Body): void {
  requireSchema(body, USER_SCHEMA);
  if (typeof body.userName === 'string' && lowered(body.userName) !== user.username)
    scimFail(400, `A user cannot be renamed (${body.userName} is not ${user.username})`, 'mutability');
  if (typeof body.active !== 'boolean') scimFail(400, '"active" must be true or false', 'invalidValue');
  const email = primaryEmail(body.emails);
  setActive(state, user, body.active as boolean);
  if (email !== undefined) setEmail(state, user, email);
}

interface Operation {
  op: 'add' | 'remove' | 'replace';
  path?: string;
  value?: unknown;
}

function operationsOf(body: Body): Operation[] {
  requireSchema(body, PATCH_SCHEMA);
  const ops = body.Operations;
  if (!Array.isArray(ops) || ops.length === 0) return scimFail(400, '"Operations" must be a non-empty list', 'invalidSyntax');
  return (ops as unknown[]).map((raw) => {
    const op = (raw ?? {}) as Record<string, unknown>;
    const name = typeof op.op === 'string' ? op.op.toLowerCase() : '';
    if (name !== 'add' && name !== 'remove' && name !== 'replace') scimFail(400, `"${String(op.op)}" is not a PatchOp operation: use add, remove or replace`, 'invalidSyntax');
    return { op: name as Operation['op'], ...(typeof op.path === 'string' ? { path: op.path } : {}), ...('value' in op ? { value: op.value } : {}) };
  });
}

/** `attr[value eq "x"]` → x. */
function valueFilterOf(path: string, attribute: string): string | undefined {
  const match = new RegExp(`^${attribute}\\[\\s*value\\s+eq\\s+("(?:[^"\\\\]|\\\\.)*")\\s*\\]$`, 'i').exec(path);
  if (!match) return undefined;
  try {
    return JSON.parse(match[1]) as string;
  } catch {
    return undefined;
  }
}

const valuesOf = (value: unknown): string[] => {
  if (!Array.isArray(value)) return scimFail(400, 'The value must be a list of {"value": …}', 'invalidValue');
  return (value as Array<Record<string, unknown>>).map((v) => (typeof v?.value === 'string' ? v.value : scimFail(400, 'Each entry needs a "value"', 'invalidValue')));
};

function requireGroup(state: FakeState, name: string): void {
  if (!state.groups.has(name)) scimFail(400, `Group ${name} does not exist`, 'invalidValue');
}

/** Checks every operation first, then applies them all: a refused PATCH changes nothing. */
function patchUser(state: FakeState, user: FakeUser, body: Body): void {
  const steps: Array<() => void> = [];
  for (const op of operationsOf(body)) {
    const path = op.path ?? '';
    if (op.op !== 'remove' && path === '' && typeof op.value === 'object' && op.value !== null && !Array.isArray(op.value)) {
      // Okta's form: replace without a path, the attributes in the value.
      const value = op.value as Record<string, unknown>;
      if (typeof value.active === 'boolean') steps.push(() => setActive(state, user, value.active as boolean));
      const email = primaryEmail(value.emails);
      if (email !== undefined) steps.push(() => setEmail(state, user, email));
      continue;
    }
    if (path.toLowerCase() === 'active' && op.op !== 'remove') {
      if (typeof op.value !== 'boolean') scimFail(400, '"active" must be true or false', 'invalidValue');
      steps.push(() => setActive(state, user, op.value as boolean));
    } else if (path.toLowerCase() === 'emails' && op.op !== 'remove') {
      const email = primaryEmail(op.value);
      if (email === undefined) scimFail(400, 'An e-mail is required', 'invalidValue');
      steps.push(() => setEmail(state, user, email!));
    } else if (path.toLowerCase() === 'groups' && op.op === 'add') {
      // [unsure] RFC 7643 makes User.groups read-only; JFrog's docs do not say. The fake takes it.
      const names = valuesOf(op.value);
      names.forEach((name) => requireGroup(state, name));
      steps.push(() => names.forEach((name) => addMembership(state, user.username, name)));
      steps.push(() => forgetStale(state, user.username, 'groups'));
    } else if (op.op === 'remove' && valueFilterOf(path, 'groups') !== undefined) {
      const name = valueFilterOf(path, 'groups')!;
      requireGroup(state, name);
      steps.push(() => removeMembership(state, user.username, name));
      steps.push(() => forgetStale(state, user.username, 'groups'));
    } else {
      scimFail(400, `"${op.op}" of "${path || '(no path)'}" is not supported on a user`, 'invalidPath');
    }
  }
  for (const step of steps) step();
}

// ---- Groups -----------------------------------------------------------------------------

function requireUsers(state: FakeState, names: string[]): void {
  const missing = names.find((name) => !state.users.has(name));
  if (missing !== undefined) scimFail(400, `User ${missing} does not exist`, 'invalidValue');
}

function membersOf(body: Body): string[] {
  return body.members === undefined || body.members === null ? [] : [...new Set(valuesOf(body.members).map(lowered))];
}

function setMembers(state: FakeState, group: FakeGroup, members: string[]): void {
  for (const name of [...group.members])
    if (!members.includes(name)) {
      removeMembership(state, name, group.name);
      forgetStale(state, name, 'groups');
    }
  for (const name of members) {
    addMembership(state, name, group.name);
    forgetStale(state, name, 'groups');
  }
}

function createGroup(state: FakeState, body: Body): FakeGroup {
  requireSchema(body, GROUP_SCHEMA);
  const name = body.displayName;
  if (typeof name !== 'string' || name.length < 1 || name.length > 64) return scimFail(400, '"displayName" must be 1 to 64 characters', 'invalidValue');
  if (state.groups.has(name)) scimFail(409, `Group ${name} already exists`, 'uniqueness');
  const members = membersOf(body);
  requireUsers(state, members);
  const group = newGroup(name);
  state.groups.set(name, group);
  pagingAdded(state.groups, name);
  setMembers(state, group, members);
  return group;
}

function replaceGroup(state: FakeState, group: FakeGroup, body: Body): void {
  requireSchema(body, GROUP_SCHEMA);
  // The docs: "Update currently supports only adding/removing members" [unsure whether a new name is refused or ignored].
  if (typeof body.displayName === 'string' && body.displayName !== group.name)
    scimFail(400, `A group cannot be renamed through SCIM (${body.displayName} is not ${group.name})`, 'mutability');
  const members = membersOf(body);
  requireUsers(state, members);
  setMembers(state, group, members);
}

function patchGroup(state: FakeState, group: FakeGroup, body: Body): void {
  const steps: Array<() => void> = [];
  for (const op of operationsOf(body)) {
    const path = op.path ?? '';
    const single = op.op === 'remove' ? valueFilterOf(path, 'members') : undefined;
    if (single !== undefined) {
      const name = lowered(single);
      requireUsers(state, [name]);
      steps.push(() =>
        setMembers(
          state,
          group,
          group.members.filter((m) => m !== name),
        ),
      );
    } else if (path.toLowerCase() === 'members') {
      const names = op.value === undefined && op.op === 'remove' ? [...group.members] : valuesOf(op.value).map(lowered);
      requireUsers(state, names);
      if (op.op === 'add') steps.push(() => setMembers(state, group, [...new Set([...group.members, ...names])]));
      else if (op.op === 'remove')
        steps.push(() =>
          setMembers(
            state,
            group,
            group.members.filter((m) => !names.includes(m)),
          ),
        );
      else steps.push(() => setMembers(state, group, names));
    } else {
      scimFail(400, `"${op.op}" of "${path || '(no path)'}" is not supported on a group: change its members`, 'invalidPath');
    }
  }
  for (const step of steps) step();
}

// ---- Routes -----------------------------------------------------------------------------

const routes: FakeModule = ({ route, state }) => {
  const userOr404 = (id: string): FakeUser => state.users.get(lowered(id)) ?? scimFail(404, `${id} isn't found`);
  const groupOr404 = (id: string): FakeGroup => state.groups.get(id) ?? scimFail(404, `${id} isn't found`);

  route(
    'GET',
    `${BASE}/Users`,
    scimRoute((req) => {
      const filter = parseFilter(req.query.filter, 'userName');
      return scimJson(
        200,
        listBody([...state.users.keys()], filter, (name) => scimUserOf(state, state.users.get(name)!)),
      );
    }),
  );
  route(
    'GET',
    `${BASE}/Users/:id`,
    scimRoute((req) => {
      const user = state.users.get(lowered(req.params.id));
      // The documented quirk: a missing user is a 200 whose body is a SCIM error saying 404.
      if (!user) return scimJson(200, errorBody(404, `${req.params.id} isn't found`));
      return scimJson(200, scimUserOf(state, user));
    }),
  );
  route(
    'POST',
    `${BASE}/Users`,
    scimRoute((req) => scimJson(201, scimUserOf(state, createUser(state, bodyObject(req, state))))),
  );
  route(
    'PUT',
    `${BASE}/Users/:id`,
    scimRoute((req) => {
      const user = userOr404(req.params.id);
      replaceUser(state, user, bodyObject(req, state));
      return scimJson(200, scimUserOf(state, user));
    }),
  );
  route(
    'PATCH',
    `${BASE}/Users/:id`,
    scimRoute((req) => {
      const user = userOr404(req.params.id);
      patchUser(state, user, bodyObject(req, state));
      return scimJson(200, scimUserOf(state, user));
    }),
  );
  route(
    'DELETE',
    `${BASE}/Users/:id`,
    scimRoute((req) => {
      const user = userOr404(req.params.id);
      forgetUser(state, user.username);
      state.users.delete(user.username);
      pagingRemoved(state.users, user.username);
      scimState(state).stale.delete(user.username);
      return empty(204);
    }),
  );

  route(
    'GET',
    `${BASE}/Groups`,
    scimRoute((req) => {
      const filter = parseFilter(req.query.filter, 'displayName');
      return scimJson(
        200,
        listBody([...state.groups.keys()], filter, (name) => scimGroupOf(state.groups.get(name)!)),
      );
    }),
  );
  // Unlike users, the docs show a missing group as a real 404 with the SCIM error body.
  route(
    'GET',
    `${BASE}/Groups/:id`,
    scimRoute((req) => scimJson(200, scimGroupOf(groupOr404(req.params.id)))),
  );
  route(
    'POST',
    `${BASE}/Groups`,
    scimRoute((req) => scimJson(201, scimGroupOf(createGroup(state, bodyObject(req, state))))),
  );
  route(
    'PUT',
    `${BASE}/Groups/:id`,
    scimRoute((req) => {
      const group = groupOr404(req.params.id);
      replaceGroup(state, group, bodyObject(req, state));
      return scimJson(200, scimGroupOf(group));
    }),
  );
  route(
    'PATCH',
    `${BASE}/Groups/:id`,
    scimRoute((req) => {
      const group = groupOr404(req.params.id);
      patchGroup(state, group, bodyObject(req, state));
      return scimJson(200, scimGroupOf(group));
    }),
  );
  route(
    'DELETE',
    `${BASE}/Groups/:id`,
    scimRoute((req) => {
      const group = groupOr404(req.params.id);
      forgetGroup(state, group.name);
      state.groups.delete(group.name);
      pagingRemoved(state.groups, group.name);
      return empty(204);
    }),
  );
};

// ---- Seed -------------------------------------------------------------------------------

/**
 * Minimal: dave is disabled in Access but still active in SCIM; bob's SCIM groups miss
 * developers; alice's SCIM e-mail is an old one.
 */
function seedMinimal(state: FakeState): void {
  recordStale(state, 'dave', { active: true });
  const bob = state.users.get('bob');
  if (bob) recordStale(state, 'bob', { groups: bob.groups.filter((g) => g !== 'developers') });
  recordStale(state, 'alice', { email: 'alice@old-mail.example' });
}

/**
 * Demo, deterministic (by name order over the seeded users): the first four disabled users
 * are still active in SCIM, three sso-engineering members are in sso-product instead as
 * SCIM tells it, and two people keep an old e-mail in SCIM.
 */
function seedDemo(state: FakeState): void {
  const users = [...state.users.values()].sort((a, b) => a.username.localeCompare(b.username));
  for (const user of users.filter((u) => u.status === 'disabled').slice(0, 4)) recordStale(state, user.username, { active: true });
  const engineers = users.filter((u) => u.status === 'enabled' && u.groups.includes('sso-engineering')).slice(0, 3);
  for (const user of engineers) recordStale(state, user.username, { groups: [...user.groups.filter((g) => g !== 'sso-engineering'), 'sso-product'] });
  const people = users.filter((u) => u.status === 'enabled' && u.realm === 'saml' && !engineers.includes(u)).slice(0, 2);
  for (const user of people) recordStale(state, user.username, { email: user.email.replace(/@.*$/, '@old-idp.example') });
}

function seed(state: FakeState, scenario: SeedScenario): void {
  if (scenario.kind === 'minimal') seedMinimal(state);
  else if (scenario.kind === 'demo') seedDemo(state);
}

/** After users and groups: the drift seed reads both. */
export const scimArea: FakeArea = { name: 'scim', routes, seed };
