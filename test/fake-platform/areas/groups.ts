// Groups: Access v2 (`/access/api/v2/groups…`), snake_case fields and `members` as a JSON
// array (API-NOTES "Groups"; the spec's camelCase and string-encoded members are wrong).
import { addMembership, forgetGroup, removeMembership } from '../core/membership';
import type { FakeArea, SeedScenario } from '../core/area';
import { empty, fail, json, type FakeModule, type FakeState } from '../core/module';
import type { FakeGroup, RealmValue } from '../core/state';
import { DEPARTMENTS, TEAM_KINDS } from '../support/names';
import { addRemoveOf, bodyObject, checkFields, uriOf, type Body, type FieldType } from '../support/access-body';
import { pageOf, pagingAdded, pagingRemoved } from '../support/access-paging';

const GROUPS = '/access/api/v2/groups';

/** Flags JFrog's Terraform platform provider sends on create and update; stored and returned. */
const EXTRA_FLAGS = ['reports_manager', 'watch_manager', 'policy_manager', 'policy_viewer', 'manage_resources', 'manage_webhook'] as const;

const CREATE_FIELDS = {
  name: 'string',
  members: 'string[]',
  description: 'string',
  auto_join: 'boolean',
  admin_privileges: 'boolean',
  realm: 'string',
  realm_attributes: 'string',
  external_id: 'string',
  ...Object.fromEntries(EXTRA_FLAGS.map((flag) => [flag, 'boolean'])),
} as Record<string, FieldType>;
/**
 * A PATCH may repeat `name` and carry `members`, as the Terraform platform provider sends
 * them; `realm` and `realm_attributes` cannot change through it (API-NOTES).
 */
const UPDATE_FIELDS = CREATE_FIELDS;

export function groupBody(group: FakeGroup) {
  return {
    name: group.name,
    description: group.description,
    auto_join: group.auto_join,
    admin_privileges: group.admin_privileges,
    realm: group.realm,
    realm_attributes: group.realm_attributes,
    external_id: group.external_id,
    members: [...group.members],
    ...Object.fromEntries(EXTRA_FLAGS.filter((flag) => group[flag] !== undefined).map((flag) => [flag, group[flag]])),
  };
}

function existing(state: FakeState, name: string): FakeGroup {
  const group = state.groups.get(name);
  if (!group) fail(404, `Group '${name}' not found`);
  return group;
}

function checkFlags(group: Pick<FakeGroup, 'auto_join' | 'admin_privileges'>): void {
  if (group.auto_join && group.admin_privileges) fail(400, 'auto_join and admin_privileges cannot both be true');
}

/** Unknown usernames are a 400, like unknown groups on the user side (spec's 400 list). */
function requireUsers(state: FakeState, names: string[]): void {
  const missing = names.find((name) => !state.users.has(name));
  if (missing !== undefined) fail(400, `User '${missing}' does not exist`);
}

/** Copies the given optional fields onto `group` (PATCH: absent = unchanged). */
function assign(group: FakeGroup, body: Body): void {
  for (const key of ['description', 'realm', 'realm_attributes', 'external_id'] as const) {
    if (typeof body[key] === 'string') group[key] = body[key];
  }
  for (const key of ['auto_join', 'admin_privileges', ...EXTRA_FLAGS] as const) {
    if (typeof body[key] === 'boolean') group[key] = body[key];
  }
}

function create(state: FakeState, body: Body): FakeGroup {
  checkFields(body, CREATE_FIELDS);
  const name = body.name;
  if (typeof name !== 'string' || name.length < 1 || name.length > 64) fail(400, 'name must be 1 to 64 characters');
  const group: FakeGroup = { name, description: '', auto_join: false, admin_privileges: false, realm: 'internal', realm_attributes: '', external_id: '', members: [] };
  assign(group, body);
  checkFlags(group);
  if (state.groups.has(name)) fail(409, `Group '${name}' already exists`);
  const members = [...new Set((body.members as string[] | null | undefined) ?? [])];
  requireUsers(state, members);
  state.groups.set(name, group);
  pagingAdded(state.groups, name);
  for (const username of members) addMembership(state, username, name);
  return group;
}

function update(group: FakeGroup, body: Body): void {
  checkFields(body, UPDATE_FIELDS);
  // [unsure] whether a different name is refused or ignored; groups cannot be renamed.
  if (typeof body.name === 'string' && body.name !== group.name) fail(400, `name '${body.name}' does not match the group '${group.name}'`);
  for (const key of ['realm', 'realm_attributes'] as const) {
    if (typeof body[key] === 'string' && body[key] !== group[key]) fail(400, `The ${key} of a group cannot be changed`);
  }
  // [unsure] what Access does with `members` in a PATCH: Terraform changes memberships
  // through …/members afterwards, so the fake ignores them.
  // Check the result before changing anything, so a refused PATCH changes nothing.
  const next = { ...group };
  assign(next, body);
  checkFlags(next);
  assign(group, body);
}

function updateMembers(state: FakeState, group: FakeGroup, body: Body): void {
  const { add, remove } = addRemoveOf(body);
  requireUsers(state, [...add, ...remove]);
  // [unsure] mirrors "removing a group the user is not in gives 400" from the user side.
  const members = new Set(group.members);
  const notIn = remove.find((username) => !members.has(username));
  if (notIn !== undefined) fail(400, `User '${notIn}' is not a member of group '${group.name}'`);
  for (const username of add) addMembership(state, username, group.name);
  for (const username of remove) removeMembership(state, username, group.name);
}

const routes: FakeModule = ({ route, state }) => {
  route('GET', GROUPS, (req) => {
    const page = pageOf(state.groups, req.query);
    const groups = page.items.map((g) => ({ group_name: g.name, uri: uriOf(req, `${GROUPS}/${encodeURIComponent(g.name)}`) }));
    return json(200, page.cursor ? { cursor: page.cursor, groups } : { groups });
  });
  route('POST', GROUPS, (req) => json(201, groupBody(create(state, bodyObject(req, state)))));
  route('GET', `${GROUPS}/:name`, (req) => json(200, groupBody(existing(state, req.params.name))));
  route('PATCH', `${GROUPS}/:name`, (req) => {
    const group = existing(state, req.params.name);
    // The spec: an empty payload is fine and answers 200 with the group unchanged.
    if (req.bodyText.trim() !== '') update(group, bodyObject(req, state));
    return json(200, groupBody(group));
  });
  route('DELETE', `${GROUPS}/:name`, (req) => {
    existing(state, req.params.name);
    forgetGroup(state, req.params.name);
    state.groups.delete(req.params.name);
    pagingRemoved(state.groups, req.params.name);
    return empty(204);
  });
  route('PATCH', `${GROUPS}/:name/members`, (req) => {
    const group = existing(state, req.params.name);
    updateMembers(state, group, bodyObject(req, state));
    return json(200, { members: [...group.members] });
  });
};

// ---- Seed -------------------------------------------------------------------------------

export function group(name: string, overrides: Partial<FakeGroup> = {}): FakeGroup {
  return { name, description: '', auto_join: false, admin_privileges: false, realm: 'internal', realm_attributes: '', external_id: '', members: [], ...overrides };
}

const DEMO_GROUPS: Array<[name: string, description: string, realm: RealmValue]> = [
  ['readers', 'Read access for everyone; new users join automatically', 'internal'],
  ['platform-admins', 'Platform team with full administrative rights', 'internal'],
  ['release-managers', 'Promote builds and sign release bundles', 'internal'],
  ['security-auditors', 'Read-only access to security reports', 'saml'],
  ['contractors', 'External contractors with time-boxed access', 'internal'],
  ['ci-bots', 'Service accounts used by CI pipelines', 'internal'],
  ['oncall', 'Current on-call rotation', 'internal'],
  ['sso-engineering', 'Engineering, synced from the identity provider', 'saml'],
  ['sso-product', 'Product managers, synced from the identity provider', 'saml'],
  ['ldap-staff', 'All staff from the corporate directory', 'ldap'],
  ['ldap-finance', 'Finance department from the corporate directory', 'ldap'],
  ...DEPARTMENTS.flatMap((dept): Array<[string, string, RealmValue]> => [[`${dept}-developers`, `Developers of the ${dept} team`, 'internal']]),
  ['docker-pushers', 'May push images to the Docker registries', 'internal'],
  ['helm-maintainers', 'Maintain the Helm chart repositories', 'internal'],
];

function seedDemo(state: FakeState): void {
  for (const [name, description, realm] of DEMO_GROUPS) {
    const external = realm === 'internal' ? '' : `cn=${name},ou=groups,dc=acme-robotics,dc=example`;
    state.groups.set(
      name,
      group(name, {
        description,
        realm,
        auto_join: name === 'readers',
        admin_privileges: name === 'platform-admins',
        external_id: external,
        realm_attributes: realm === 'ldap' ? `ldapGroupName=${name};groupsStrategy=STATIC;groupDn=${external}` : '',
      }),
    );
  }
}

/** `count` groups: readers (auto-join) and department × team kinds, every fifth from LDAP. */
function seedScale(state: FakeState, count: number): void {
  if (count <= 0) return;
  state.groups.set('readers', group('readers', { description: 'Every new user joins this group', auto_join: true }));
  for (let i = 1; i < count; i++) {
    const dept = DEPARTMENTS[i % DEPARTMENTS.length];
    const kind = TEAM_KINDS[Math.floor(i / DEPARTMENTS.length) % TEAM_KINDS.length];
    const round = Math.floor(i / (DEPARTMENTS.length * TEAM_KINDS.length));
    const name = round === 0 ? `${dept}-${kind}` : `${dept}-${kind}-${round + 1}`;
    const ldap = i % 5 === 0;
    state.groups.set(
      name,
      group(name, {
        description: `${dept} ${kind}`,
        admin_privileges: kind === 'leads' && round === 0 && dept === 'platform',
        realm: ldap ? 'ldap' : 'internal',
        realm_attributes: ldap ? `ldapGroupName=${name};groupsStrategy=STATIC;groupDn=cn=${name},ou=groups,dc=example,dc=com` : '',
        external_id: ldap ? `cn=${name},ou=groups,dc=example,dc=com` : '',
      }),
    );
  }
}

function seed(state: FakeState, scenario: SeedScenario): void {
  if (scenario.kind === 'minimal') {
    state.groups.set('readers', group('readers', { description: 'Every new user joins this group', auto_join: true }));
    state.groups.set('developers', group('developers', { description: 'Build and deploy' }));
    state.groups.set('platform-admins', group('platform-admins', { description: 'Full control', admin_privileges: true }));
  } else if (scenario.kind === 'demo') seedDemo(state);
  else seedScale(state, scenario.groups);
}

/** Groups seed before users: the users' seed joins them to these. */
export const groupsArea: FakeArea = { name: 'groups', routes, seed };
