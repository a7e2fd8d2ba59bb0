// Projects: Access v1 (`/access/api/v1/projects…`, `/access/api/v1/environments`) and the
// repository assignment and sharing calls under the `_` pseudo-project, as JFrog's
// Terraform project provider and jfrog-client-go use them (API-NOTES "Projects",
// docs/api-notes/projects.md). Repositories live in state.repositories (areas/repositories.ts):
// this area assigns and shares them, and its seed adds the projects' own repositories.
// Seeds after users, groups and repositories: memberships name seeded users and groups.
import { areaState, type FakeArea, type SeedScenario } from '../core/area';
import { empty, fail, json, text, type FakeModule, type FakeRequest, type FakeState } from '../core/module';
import type { FakeRepository } from '../core/state';
import { bodyObject, type Body } from '../support/access-body';
import { DEPARTMENTS } from '../support/names';
import { seededRandom, type Random } from '../support/random';
import { atLeast } from '../support/version';

const PROJECTS = '/access/api/v1/projects';
const ENVIRONMENTS = '/access/api/v1/environments';

/** From these versions (JFrog's Terraform project provider): the repository status call, read-only shares, remote-repository admins. */
export const REPOSITORY_STATUS_SINCE = '7.90.1';
export const READ_ONLY_SHARE_SINCE = '7.94.0';
export const MANAGE_REMOTE_REPOSITORY_SINCE = '7.134.0';

const KEY = /^[a-z][a-z0-9-]{1,31}$/;
const ENVIRONMENT_PART = /^[a-zA-Z][a-zA-Z0-9-]+$/;
const MAX_ENVIRONMENT = 32;

/** Flags of `admin_privileges`: the three every client sends, and those the spec's create sample shows. */
const ADMIN_FLAGS = ['manage_members', 'manage_resources', 'index_resources', 'manage_security_assets', 'allow_ignore_rules'];

// The platform's own list, kept apart from shared/areas/projects on purpose: the fake must not
// inherit a mistake in the console's list, or the tests could not catch it.
export const ROLE_ACTIONS = [
  'READ_REPOSITORY',
  'ANNOTATE_REPOSITORY',
  'DEPLOY_CACHE_REPOSITORY',
  'DELETE_OVERWRITE_REPOSITORY',
  'MANAGE_XRAY_MD_REPOSITORY',
  'READ_RELEASE_BUNDLE',
  'ANNOTATE_RELEASE_BUNDLE',
  'CREATE_RELEASE_BUNDLE',
  'DISTRIBUTE_RELEASE_BUNDLE',
  'DELETE_RELEASE_BUNDLE',
  'MANAGE_XRAY_MD_RELEASE_BUNDLE',
  'READ_BUILD',
  'ANNOTATE_BUILD',
  'DEPLOY_BUILD',
  'DELETE_BUILD',
  'MANAGE_XRAY_MD_BUILD',
  'READ_SOURCES_PIPELINE',
  'TRIGGER_PIPELINE',
  'READ_INTEGRATIONS_PIPELINE',
  'READ_POOLS_PIPELINE',
  'MANAGE_INTEGRATIONS_PIPELINE',
  'MANAGE_SOURCES_PIPELINE',
  'MANAGE_POOLS_PIPELINE',
  'TRIGGER_SECURITY',
  'ISSUES_SECURITY',
  'LICENCES_SECURITY',
  'REPORTS_SECURITY',
  'WATCHES_SECURITY',
  'POLICIES_SECURITY',
  'RULES_SECURITY',
  'MANAGE_MEMBERS',
  'MANAGE_RESOURCES',
];

export interface FakeRole {
  name: string;
  description: string;
  type: 'PREDEFINED' | 'CUSTOM';
  environments: string[];
  actions: string[];
}

export interface FakeProject {
  project_key: string;
  display_name: string;
  description: string;
  admin_privileges: Record<string, boolean>;
  storage_quota_bytes: number;
  soft_limit: boolean;
  storage_quota_email_notification: boolean;
  /** [unsure] top-level fields Access does not know: kept and returned, so a client that drops them on PUT is caught. */
  extra: Record<string, unknown>;
  /** Member name → roles. */
  users: Map<string, string[]>;
  groups: Map<string, string[]>;
  /** Custom roles only; the predefined ones are the same for every project. */
  roles: Map<string, FakeRole>;
  /** The project's own environments, full names (`<key>-<name>`). */
  environments: string[];
}

export interface ProjectsWorld {
  projects: Map<string, FakeProject>;
  globalEnvironments: string[];
}

export const projectsOf = (state: FakeState): ProjectsWorld => areaState<ProjectsWorld>(state, 'projects', () => ({ projects: new Map(), globalEnvironments: ['DEV', 'PROD'] }));

const ALL_REPO = ['READ_REPOSITORY', 'ANNOTATE_REPOSITORY', 'DEPLOY_CACHE_REPOSITORY', 'DELETE_OVERWRITE_REPOSITORY'];
const ALL_BUNDLES = ['READ_RELEASE_BUNDLE', 'ANNOTATE_RELEASE_BUNDLE', 'CREATE_RELEASE_BUNDLE', 'DISTRIBUTE_RELEASE_BUNDLE', 'DELETE_RELEASE_BUNDLE'];
const ALL_BUILDS = ['READ_BUILD', 'ANNOTATE_BUILD', 'DEPLOY_BUILD', 'DELETE_BUILD'];

/**
 * The predefined project roles. [unsure] the exact set and the actions each grants on a
 * given version; these names are the ones JFrog's UI and docs show.
 */
export const PREDEFINED_ROLES: FakeRole[] = [
  { name: 'Project Admin', description: 'Manages the project', type: 'PREDEFINED', environments: ['DEV', 'PROD'], actions: [...ROLE_ACTIONS] },
  {
    name: 'Developer',
    description: 'Develops in the project',
    type: 'PREDEFINED',
    environments: ['DEV'],
    actions: [...ALL_REPO, 'READ_RELEASE_BUNDLE', ...ALL_BUILDS, 'READ_SOURCES_PIPELINE', 'TRIGGER_PIPELINE'],
  },
  {
    name: 'Contributor',
    description: 'Reads and deploys',
    type: 'PREDEFINED',
    environments: ['DEV'],
    actions: ['READ_REPOSITORY', 'ANNOTATE_REPOSITORY', 'DEPLOY_CACHE_REPOSITORY', 'READ_BUILD', 'DEPLOY_BUILD'],
  },
  {
    name: 'Viewer',
    description: 'Reads only',
    type: 'PREDEFINED',
    environments: ['DEV', 'PROD'],
    actions: ['READ_REPOSITORY', 'READ_RELEASE_BUNDLE', 'READ_BUILD', 'READ_SOURCES_PIPELINE'],
  },
  { name: 'Release Manager', description: 'Promotes and distributes', type: 'PREDEFINED', environments: ['DEV', 'PROD'], actions: [...ALL_REPO, ...ALL_BUNDLES, ...ALL_BUILDS] },
  {
    name: 'Security Manager',
    description: 'Watches, policies and reports',
    type: 'PREDEFINED',
    environments: ['DEV', 'PROD'],
    actions: ['READ_REPOSITORY', 'TRIGGER_SECURITY', 'ISSUES_SECURITY', 'LICENCES_SECURITY', 'REPORTS_SECURITY', 'WATCHES_SECURITY', 'POLICIES_SECURITY', 'RULES_SECURITY'],
  },
];
const PREDEFINED = new Map(PREDEFINED_ROLES.map((role) => [role.name, role]));

// ---- Bodies -----------------------------------------------------------------------------

export function projectBody(state: FakeState, project: FakeProject) {
  return {
    ...project.extra,
    project_key: project.project_key,
    display_name: project.display_name,
    description: project.description,
    admin_privileges: { ...project.admin_privileges },
    storage_quota_bytes: project.storage_quota_bytes,
    soft_limit: project.soft_limit,
    storage_quota_email_notification: project.storage_quota_email_notification,
  };
}

const roleBody = (role: FakeRole) => ({ name: role.name, description: role.description, type: role.type, environments: [...role.environments], actions: [...role.actions] });

// ---- Rules ------------------------------------------------------------------------------

function existingProject(world: ProjectsWorld, key: string): FakeProject {
  const project = world.projects.get(key);
  // [unsure] Access's exact wording.
  if (!project) fail(404, `Project '${key}' not found`);
  return project;
}

function existingRepository(state: FakeState, key: string): FakeRepository {
  const repo = state.repositories.find((candidate) => candidate.key === key);
  if (!repo) fail(404, `Could not find resource \`${key}\`; type \`repo\``);
  return repo;
}

/** The roles a principal holds in a project, directly or through its groups. */
function rolesOf(state: FakeState, project: FakeProject, username: string): Set<string> {
  const roles = new Set(project.users.get(username) ?? []);
  for (const group of state.users.get(username)?.groups ?? []) for (const role of project.groups.get(group) ?? []) roles.add(role);
  return roles;
}

const isProjectAdmin = (state: FakeState, project: FakeProject, username: string) => rolesOf(state, project, username).has('Project Admin');

/**
 * Platform admins may do anything; a project admin may do what the project's
 * `admin_privileges` allow (`privilege`), and nothing that needs the platform admin
 * (`privilege` null). [unsure] the spec names manage_resources for member calls too; the
 * flag's own description says manage_members governs members, and the fake follows that.
 */
function allow(state: FakeState, req: FakeRequest, project: FakeProject | null, privilege: string | null): void {
  const principal = req.principal!;
  if (principal.admin) return;
  if (project && isProjectAdmin(state, project, principal.username) && (privilege === '' || (privilege !== null && project.admin_privileges[privilege]))) return;
  fail(403, 'Forbidden: this action needs the platform administrator or a project admin allowed to do it');
}

function readFlags(state: FakeState, value: unknown): Record<string, boolean> {
  if (value === undefined || value === null) return {};
  if (typeof value !== 'object' || Array.isArray(value)) fail(400, 'admin_privileges must be an object');
  const flags: Record<string, boolean> = {};
  for (const [name, flag] of Object.entries(value as Record<string, unknown>)) {
    if (typeof flag !== 'boolean') fail(400, `admin_privileges.${name} must be a boolean`);
    if (name === 'manage_remote_repository') {
      // [unsure] what older versions do with it; the fake ignores it before 7.134, so it does not stick.
      if (atLeast(state, MANAGE_REMOTE_REPOSITORY_SINCE)) flags[name] = flag;
      continue;
    }
    if (!ADMIN_FLAGS.includes(name)) fail(400, `Unrecognized field "admin_privileges.${name}"`);
    flags[name] = flag;
  }
  if (flags.manage_remote_repository && !flags.manage_resources) fail(400, 'manage_remote_repository requires manage_resources');
  return flags;
}

const KNOWN_FIELDS = new Set(['project_key', 'display_name', 'description', 'admin_privileges', 'storage_quota_bytes', 'soft_limit', 'storage_quota_email_notification']);

/** The project a create or a PUT describes; a PUT replaces the whole object, so absent fields take their defaults. */
function projectFrom(state: FakeState, body: Body, key: string): Omit<FakeProject, 'users' | 'groups' | 'roles' | 'environments'> {
  // [unsure] Access's wording for a bad key.
  if (typeof key !== 'string' || !KEY.test(key)) {
    fail(400, `Invalid project key '${String(key)}': 2 to 32 characters, lower-case letters, digits and '-', starting with a letter`);
  }
  const name = body.display_name;
  if (typeof name !== 'string' || name.trim().length < 1 || name.length > 128) fail(400, 'display_name must be 1 to 128 characters');
  if (body.description !== undefined && body.description !== null && typeof body.description !== 'string') fail(400, 'description must be a string');
  const quota = body.storage_quota_bytes ?? -1;
  if (typeof quota !== 'number' || !Number.isInteger(quota) || quota < -1) fail(400, 'storage_quota_bytes must be -1 (unlimited) or a number of bytes');
  for (const flag of ['soft_limit', 'storage_quota_email_notification']) {
    if (body[flag] !== undefined && body[flag] !== null && typeof body[flag] !== 'boolean') fail(400, `${flag} must be a boolean`);
  }
  const extra: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(body)) if (!KNOWN_FIELDS.has(field)) extra[field] = value;
  return {
    project_key: key,
    display_name: name,
    description: typeof body.description === 'string' ? body.description : '',
    admin_privileges: readFlags(state, body.admin_privileges),
    storage_quota_bytes: quota,
    soft_limit: body.soft_limit === undefined || body.soft_limit === null ? true : body.soft_limit === true,
    storage_quota_email_notification: body.storage_quota_email_notification === true,
    extra,
  };
}

const environmentsOf = (world: ProjectsWorld, project: FakeProject) => new Set([...world.globalEnvironments, ...project.environments]);

function roleFrom(world: ProjectsWorld, project: FakeProject, body: Body): FakeRole {
  for (const field of Object.keys(body)) if (!['name', 'description', 'type', 'environments', 'actions'].includes(field)) fail(400, `Unrecognized field "${field}"`);
  const { name, type } = body;
  if (typeof name !== 'string' || name.length < 1 || name.length > 64) fail(400, 'name must be 1 to 64 characters');
  // [unsure] 400 rather than 403 for writing a predefined role.
  if (type !== 'CUSTOM') fail(400, `Only CUSTOM roles can be written; '${String(type)}' roles are predefined`);
  const environments = stringList(body.environments, 'environments');
  const known = environmentsOf(world, project);
  const unknownEnv = environments.find((env) => !known.has(env));
  if (unknownEnv !== undefined) fail(400, `Environment '${unknownEnv}' does not exist in project '${project.project_key}'`);
  const actions = stringList(body.actions, 'actions');
  const unknownAction = actions.find((action) => !ROLE_ACTIONS.includes(action));
  if (unknownAction !== undefined) fail(400, `Unknown action '${unknownAction}'`);
  return {
    name,
    description: typeof body.description === 'string' ? body.description : '',
    type: 'CUSTOM',
    environments: [...new Set(environments)],
    actions: [...new Set(actions)],
  };
}

function stringList(value: unknown, field: string): string[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value) || value.some((item) => typeof item !== 'string')) fail(400, `${field} must be an array of strings`);
  return value as string[];
}

function checkEnvironmentName(world: ProjectsWorld, project: FakeProject, full: unknown): string {
  const prefix = `${project.project_key}-`;
  if (typeof full !== 'string' || !full.startsWith(prefix) || !ENVIRONMENT_PART.test(full.slice(prefix.length))) {
    // [unsure] that Access insists on the prefix; JFrog's Terraform provider always adds it.
    fail(400, `A project environment is named '${prefix}<name>': a letter, then letters, digits and '-'`);
  }
  if (full.length > MAX_ENVIRONMENT) fail(400, `Environment name '${full}' is longer than ${MAX_ENVIRONMENT} characters`);
  if (environmentsOf(world, project).has(full)) fail(409, `Environment '${full}' already exists`);
  return full;
}

function renameEnvironment(state: FakeState, project: FakeProject, from: string, to: string): void {
  project.environments = project.environments.map((env) => (env === from ? to : env));
  for (const role of project.roles.values()) role.environments = role.environments.map((env) => (env === from ? to : env));
  for (const repo of state.repositories) if (repo.environments) repo.environments = repo.environments.map((env) => (env === from ? to : env));
}

function forgetEnvironment(state: FakeState, project: FakeProject, env: string): void {
  project.environments = project.environments.filter((name) => name !== env);
  // [unsure] whether the platform refuses to delete an environment still in use; the fake drops it from roles and repositories.
  for (const role of project.roles.values()) role.environments = role.environments.filter((name) => name !== env);
  for (const repo of state.repositories) if (repo.environments) repo.environments = repo.environments.filter((name) => name !== env);
}

function memberMap(project: FakeProject, kind: string): Map<string, string[]> {
  if (kind === 'users') return project.users;
  if (kind === 'groups') return project.groups;
  fail(404, `Resource not found: ${kind}`);
}

function setMember(state: FakeState, project: FakeProject, kind: string, name: string, body: Body): string[] {
  for (const field of Object.keys(body)) if (field !== 'name' && field !== 'roles') fail(400, `Unrecognized field "${field}"`);
  // [unsure] whether a different name in the body is refused or ignored.
  if (body.name !== undefined && body.name !== name) fail(400, `name '${String(body.name)}' does not match '${name}'`);
  const exists = kind === 'users' ? state.users.has(name) : state.groups.has(name);
  // JFrog's Terraform provider reads 404 as "the user does not exist".
  if (!exists) fail(404, `${kind === 'users' ? 'User' : 'Group'} '${name}' not found`);
  const roles = stringList(body.roles, 'roles');
  if (roles.length === 0) fail(400, 'roles must hold at least one role');
  const unknown = roles.find((role) => !PREDEFINED.has(role) && !project.roles.has(role));
  if (unknown !== undefined) fail(400, `Role '${unknown}' does not exist in project '${project.project_key}'`);
  const unique = [...new Set(roles)];
  memberMap(project, kind).set(name, unique);
  return unique;
}

const sharable = (repo: FakeRepository) => {
  // [unsure] for federated repositories: the spec says local or remote.
  if (repo.rclass === 'virtual') fail(400, `Repository '${repo.key}' is virtual: only local and remote repositories can be shared`);
};

function share(state: FakeState, repo: FakeRepository, readOnly: string | undefined): void {
  // Read-only shares exist from 7.94 (Terraform project provider); before, the flag is ignored.
  if (atLeast(state, READ_ONLY_SHARE_SINCE)) repo.sharedReadOnly = readOnly === 'true';
}

// ---- Routes -----------------------------------------------------------------------------

const routes: FakeModule = ({ route, state }) => {
  const world = () => projectsOf(state);

  // A platform admin sees every project; a project admin only its own; anyone else is refused. [unsure] whether
  // a plain user gets 403 or an empty list.
  route(
    'GET',
    PROJECTS,
    (req) => {
      const all = [...world().projects.values()];
      if (req.principal!.admin)
        return json(
          200,
          all.map((p) => projectBody(state, p)),
        );
      const own = all.filter((p) => isProjectAdmin(state, p, req.principal!.username));
      if (own.length === 0) fail(403, 'Forbidden: listing projects needs the platform administrator or a project admin');
      return json(
        200,
        own.map((p) => projectBody(state, p)),
      );
    },
    { auth: 'user' },
  );

  route('POST', PROJECTS, (req) => {
    const body = bodyObject(req, state);
    const fields = projectFrom(state, body, body.project_key as string);
    // [unsure] Access's wording for a duplicate key.
    if (world().projects.has(fields.project_key)) fail(409, `Project '${fields.project_key}' already exists`);
    const project: FakeProject = { ...fields, users: new Map(), groups: new Map(), roles: new Map(), environments: [] };
    world().projects.set(project.project_key, project);
    return json(201, projectBody(state, project));
  });

  route(
    'GET',
    `${PROJECTS}/:key`,
    (req) => {
      const project = existingProject(world(), req.params.key);
      allow(state, req, project, '');
      return json(200, projectBody(state, project));
    },
    { auth: 'user' },
  );

  route('PUT', `${PROJECTS}/:key`, (req) => {
    const project = existingProject(world(), req.params.key);
    const body = bodyObject(req, state);
    if (body.project_key !== undefined && body.project_key !== project.project_key) fail(400, `project_key '${String(body.project_key)}' does not match '${project.project_key}'`);
    Object.assign(project, projectFrom(state, body, project.project_key));
    return json(200, projectBody(state, project));
  });

  route('DELETE', `${PROJECTS}/:key`, (req) => {
    const project = existingProject(world(), req.params.key);
    // JFrog's Terraform provider unassigns the repositories first and retries on this answer.
    if (state.repositories.some((repo) => repo.projectKey === project.project_key)) fail(400, "project containing resources can't be removed");
    for (const repo of state.repositories) {
      if (repo.sharedWithProjects?.includes(project.project_key)) repo.sharedWithProjects = repo.sharedWithProjects.filter((key) => key !== project.project_key);
    }
    world().projects.delete(project.project_key);
    return empty(204);
  });

  // Members: `{"members":[{name, roles}]}` as jfrog-client-go and the Terraform provider read it.
  route(
    'GET',
    `${PROJECTS}/:key/:kind`,
    (req) => {
      const project = existingProject(world(), req.params.key);
      const members = memberMap(project, req.params.kind);
      allow(state, req, project, 'manage_members');
      return json(200, { members: [...members].map(([name, roles]) => ({ name, roles: [...roles] })) });
    },
    { auth: 'user' },
  );
  route(
    'PUT',
    `${PROJECTS}/:key/:kind/:name`,
    (req) => {
      const project = existingProject(world(), req.params.key);
      memberMap(project, req.params.kind);
      allow(state, req, project, 'manage_members');
      const roles = setMember(state, project, req.params.kind, req.params.name, bodyObject(req, state));
      return json(200, { name: req.params.name, roles });
    },
    { auth: 'user' },
  );
  route(
    'DELETE',
    `${PROJECTS}/:key/:kind/:name`,
    (req) => {
      const project = existingProject(world(), req.params.key);
      const members = memberMap(project, req.params.kind);
      allow(state, req, project, 'manage_members');
      if (!members.delete(req.params.name)) fail(404, `'${req.params.name}' is not a member of project '${project.project_key}'`);
      return empty(204);
    },
    { auth: 'user' },
  );

  // Roles: the predefined ones first, then the project's custom ones.
  route(
    'GET',
    `${PROJECTS}/:key/roles`,
    (req) => {
      const project = existingProject(world(), req.params.key);
      allow(state, req, project, '');
      return json(200, [...PREDEFINED_ROLES, ...project.roles.values()].map(roleBody));
    },
    { auth: 'user' },
  );
  route(
    'POST',
    `${PROJECTS}/:key/roles`,
    (req) => {
      const project = existingProject(world(), req.params.key);
      allow(state, req, project, 'manage_resources');
      const role = roleFrom(world(), project, bodyObject(req, state));
      if (PREDEFINED.has(role.name) || project.roles.has(role.name)) fail(409, `Role '${role.name}' already exists`);
      project.roles.set(role.name, role);
      return json(201, roleBody(role));
    },
    { auth: 'user' },
  );
  route(
    'GET',
    `${PROJECTS}/:key/roles/:role`,
    (req) => {
      const project = existingProject(world(), req.params.key);
      allow(state, req, project, '');
      const role = PREDEFINED.get(req.params.role) ?? project.roles.get(req.params.role);
      if (!role) fail(404, `Role '${req.params.role}' not found`);
      return json(200, roleBody(role));
    },
    { auth: 'user' },
  );
  route(
    'PUT',
    `${PROJECTS}/:key/roles/:role`,
    (req) => {
      const project = existingProject(world(), req.params.key);
      allow(state, req, project, 'manage_resources');
      if (PREDEFINED.has(req.params.role)) fail(400, `Role '${req.params.role}' is predefined and cannot be changed`);
      if (!project.roles.has(req.params.role)) fail(404, `Role '${req.params.role}' not found`);
      const role = roleFrom(world(), project, bodyObject(req, state));
      if (role.name !== req.params.role) fail(400, `name '${role.name}' does not match the role '${req.params.role}'`);
      project.roles.set(role.name, role);
      return json(200, roleBody(role));
    },
    { auth: 'user' },
  );
  route(
    'DELETE',
    `${PROJECTS}/:key/roles/:role`,
    (req) => {
      const project = existingProject(world(), req.params.key);
      allow(state, req, project, 'manage_resources');
      if (PREDEFINED.has(req.params.role)) fail(400, `Role '${req.params.role}' is predefined and cannot be deleted`);
      if (!project.roles.delete(req.params.role)) fail(404, `Role '${req.params.role}' not found`);
      // [unsure] what happens to members holding it; the fake takes it from them.
      for (const members of [project.users, project.groups]) {
        for (const [name, roles] of members)
          members.set(
            name,
            roles.filter((role) => role !== req.params.role),
          );
      }
      return empty(204);
    },
    { auth: 'user' },
  );

  // Environments (7.53.1+). [unsure] whether the project list includes the global ones; the fake lists only the project's own.
  route(
    'GET',
    ENVIRONMENTS,
    () =>
      json(
        200,
        world().globalEnvironments.map((name) => ({ name })),
      ),
    { auth: 'user' },
  );
  route(
    'GET',
    `${PROJECTS}/:key/environments`,
    (req) => {
      const project = existingProject(world(), req.params.key);
      allow(state, req, project, '');
      return json(
        200,
        project.environments.map((name) => ({ name })),
      );
    },
    { auth: 'user' },
  );
  route(
    'POST',
    `${PROJECTS}/:key/environments`,
    (req) => {
      const project = existingProject(world(), req.params.key);
      allow(state, req, project, '');
      const body = bodyObject(req, state);
      const name = checkEnvironmentName(world(), project, body.name);
      project.environments.push(name);
      return json(201, { name });
    },
    { auth: 'user' },
  );
  route(
    'POST',
    `${PROJECTS}/:key/environments/:env/rename`,
    (req) => {
      const project = existingProject(world(), req.params.key);
      allow(state, req, project, '');
      if (!project.environments.includes(req.params.env)) fail(404, `Environment '${req.params.env}' not found in project '${project.project_key}'`);
      const to = checkEnvironmentName(world(), project, bodyObject(req, state).new_name);
      renameEnvironment(state, project, req.params.env, to);
      return json(200, { new_name: to });
    },
    { auth: 'user' },
  );
  route(
    'DELETE',
    `${PROJECTS}/:key/environments/:env`,
    (req) => {
      const project = existingProject(world(), req.params.key);
      allow(state, req, project, '');
      if (!project.environments.includes(req.params.env)) fail(404, `Environment '${req.params.env}' not found in project '${project.project_key}'`);
      forgetEnvironment(state, project, req.params.env);
      return empty(204);
    },
    { auth: 'user' },
  );

  // Repositories: move, unassign, share, and the status (7.90.1+).
  route('PUT', `${PROJECTS}/_/attach/repositories/:repo/:key`, (req) => {
    const repo = existingRepository(state, req.params.repo);
    const project = existingProject(world(), req.params.key);
    // [unsure] 409: no client shows the status of a move refused without force (Terraform always forces).
    if (repo.projectKey && repo.projectKey !== project.project_key && req.query.force !== 'true') {
      fail(409, `Repository '${repo.key}' is assigned to project '${repo.projectKey}'; move it with force=true`);
    }
    repo.projectKey = project.project_key;
    repo.sharedWithProjects = (repo.sharedWithProjects ?? []).filter((key) => key !== project.project_key);
    return text(200, 'Moved');
  });
  route(
    'DELETE',
    `${PROJECTS}/_/attach/repositories/:repo`,
    (req) => {
      const repo = existingRepository(state, req.params.repo);
      const project = repo.projectKey ? (world().projects.get(repo.projectKey) ?? null) : null;
      allow(state, req, project, 'manage_resources');
      // The wording JFrog's Terraform provider ran into (its issue #55).
      if (!repo.projectKey) fail(404, `Could not find resource \`${repo.key}\`; type \`repo\` in Projects configuration`);
      delete repo.projectKey;
      return empty(204);
    },
    { auth: 'user' },
  );
  route('PUT', `${PROJECTS}/_/share/repositories/:repo/:key`, (req) => {
    const repo = existingRepository(state, req.params.repo);
    const project = existingProject(world(), req.params.key);
    sharable(repo);
    // [unsure] the status and wording.
    if (repo.projectKey === project.project_key) fail(400, `Repository '${repo.key}' is assigned to '${project.project_key}' and cannot be shared with it`);
    if (!(repo.sharedWithProjects ?? []).includes(project.project_key)) repo.sharedWithProjects = [...(repo.sharedWithProjects ?? []), project.project_key];
    share(state, repo, req.query.readOnly);
    return text(200, 'Shared');
  });
  route('DELETE', `${PROJECTS}/_/share/repositories/:repo/:key`, (req) => {
    const repo = existingRepository(state, req.params.repo);
    existingProject(world(), req.params.key);
    // [unsure] 404 for a repository that was not shared with the project.
    if (!(repo.sharedWithProjects ?? []).includes(req.params.key)) fail(404, `Repository '${repo.key}' is not shared with project '${req.params.key}'`);
    repo.sharedWithProjects = (repo.sharedWithProjects ?? []).filter((key) => key !== req.params.key);
    return text(200, 'UnShared');
  });
  route('PUT', `${PROJECTS}/_/share/repositories/:repo`, (req) => {
    const repo = existingRepository(state, req.params.repo);
    sharable(repo);
    repo.sharedWithAll = true;
    share(state, repo, req.query.readOnly);
    return text(200, 'Shared');
  });
  route('DELETE', `${PROJECTS}/_/share/repositories/:repo`, (req) => {
    const repo = existingRepository(state, req.params.repo);
    if (!repo.sharedWithAll) fail(404, `Repository '${repo.key}' is not shared with all projects`);
    repo.sharedWithAll = false;
    return text(200, 'UnShared');
  });
  route('GET', `${PROJECTS}/_/repositories/:repo`, (req) => {
    if (!atLeast(state, REPOSITORY_STATUS_SINCE)) fail(404, `Resource not found: ${req.path}`);
    const repo = existingRepository(state, req.params.repo);
    return json(200, {
      resource_name: repo.key,
      environments: [...(repo.environments ?? [])],
      shared_with_projects: [...(repo.sharedWithProjects ?? [])],
      shared_with_all_projects: repo.sharedWithAll === true,
      shared_read_only: repo.sharedReadOnly === true,
      ...(repo.projectKey ? { assigned_to: repo.projectKey } : {}),
    });
  });
};

// ---- Seed -------------------------------------------------------------------------------

export function fakeProject(key: string, overrides: Partial<FakeProject> = {}): FakeProject {
  return {
    project_key: key,
    display_name: key,
    description: '',
    admin_privileges: { manage_members: true, manage_resources: true, index_resources: false },
    storage_quota_bytes: -1,
    soft_limit: true,
    storage_quota_email_notification: false,
    extra: {},
    users: new Map(),
    groups: new Map(),
    roles: new Map(),
    environments: [],
    ...overrides,
  };
}

const GIB = 1024 ** 3;
const custom = (name: string, environments: string[], actions: string[], description = ''): FakeRole => ({ name, description, type: 'CUSTOM', environments, actions });

function seedMinimal(state: FakeState, world: ProjectsWorld): void {
  const platform = fakeProject('platform', {
    display_name: 'Platform',
    description: 'Shared build and runtime platform',
    // manage_security_assets: a flag the console does not show, kept on every update.
    admin_privileges: { manage_members: true, manage_resources: true, index_resources: false, manage_security_assets: true },
    storage_quota_bytes: 100 * GIB,
    soft_limit: false,
    storage_quota_email_notification: true,
    environments: ['platform-qa'],
  });
  platform.users.set('alice', ['Developer']);
  platform.groups.set('developers', ['Contributor']);
  platform.roles.set('deployer', custom('deployer', ['DEV', 'platform-qa'], ['READ_REPOSITORY', 'DEPLOY_CACHE_REPOSITORY'], 'CI deploys'));
  world.projects.set(platform.project_key, platform);
  world.projects.set('mobile', fakeProject('mobile', { display_name: 'Mobile apps', description: 'iOS and Android' }));
  state.repositories.push({
    key: 'platform-generic-local',
    rclass: 'local',
    packageType: 'generic',
    description: 'Platform tarballs',
    projectKey: 'platform',
    environments: ['DEV'],
  });
}

const DEMO_PROJECTS: Array<[key: string, name: string, description: string]> = [
  ['payments', 'Payments', 'Card processing and payouts'],
  ['checkout', 'Checkout', 'Cart, checkout and order service'],
  ['mobile-ios', 'Mobile iOS', 'The iPhone and iPad apps'],
  ['mobile-android', 'Mobile Android', 'The Android apps'],
  ['web-store', 'Web store', 'The customer-facing web shop'],
  ['search', 'Search', 'Catalogue search and ranking'],
  ['recommend', 'Recommendations', 'Personalised product suggestions'],
  ['data-lake', 'Data lake', 'Ingestion and batch pipelines'],
  ['ml-platform', 'ML platform', 'Feature store and model serving'],
  ['identity', 'Identity', 'Sign-in, SSO and account service'],
  ['billing', 'Billing', 'Invoices, subscriptions and tax'],
  ['infra-k8s', 'Kubernetes infrastructure', 'Cluster add-ons and base images'],
  ['infra-tf', 'Terraform modules', 'Shared infrastructure modules'],
  ['observability', 'Observability', 'Metrics, logs and tracing stack'],
  ['security-tools', 'Security tooling', 'Scanners, policies and audit tools'],
  ['qa-automation', 'QA automation', 'End-to-end test suites and fixtures'],
  ['design-system', 'Design system', 'Shared UI components'],
  ['docs-portal', 'Docs portal', 'Developer documentation site'],
  ['firmware', 'Robot firmware', 'Embedded firmware for the arm controllers'],
  ['fleet-control', 'Fleet control', 'Robot fleet scheduling service'],
  ['vision', 'Vision', 'Camera and perception models'],
  ['simulator', 'Simulator', 'Physics simulator and scenarios'],
  ['edge-gateway', 'Edge gateway', 'On-site gateway software'],
  ['partner-api', 'Partner API', 'Public API for integrators'],
  ['internal-tools', 'Internal tools', 'Back-office tools'],
  ['release-train', 'Release train', 'Quarterly platform releases'],
  ['sandbox', 'Sandbox', 'Experiments; cleaned up monthly'],
  ['legacy-erp', 'Legacy ERP', 'The old ERP integration, read-mostly'],
  ['analytics', 'Analytics', 'Dashboards and reporting'],
  ['notifications', 'Notifications', 'E-mail, SMS and push delivery'],
];

const PACKAGE_KINDS: Array<[suffix: string, rclass: FakeRepository['rclass'], packageType: string]> = [
  ['docker-local', 'local', 'docker'],
  ['maven-local', 'local', 'maven'],
  ['npm-local', 'local', 'npm'],
  ['generic-local', 'local', 'generic'],
  ['helm-local', 'local', 'helm'],
  ['pypi-local', 'local', 'pypi'],
  ['go-local', 'local', 'go'],
  ['docker-remote', 'remote', 'docker'],
];

const CUSTOM_ROLE_TEMPLATES: Array<[name: string, actions: string[], description: string]> = [
  ['deployer', ['READ_REPOSITORY', 'ANNOTATE_REPOSITORY', 'DEPLOY_CACHE_REPOSITORY', 'READ_BUILD', 'DEPLOY_BUILD'], 'CI pipelines that publish'],
  ['auditor', ['READ_REPOSITORY', 'READ_BUILD', 'READ_RELEASE_BUNDLE', 'REPORTS_SECURITY', 'WATCHES_SECURITY'], 'Read-only audit access'],
  ['release-captain', ['READ_RELEASE_BUNDLE', 'CREATE_RELEASE_BUNDLE', 'DISTRIBUTE_RELEASE_BUNDLE', 'READ_BUILD'], 'Cuts and ships releases'],
  ['pipeline-operator', ['READ_SOURCES_PIPELINE', 'TRIGGER_PIPELINE', 'READ_POOLS_PIPELINE', 'MANAGE_POOLS_PIPELINE'], 'Runs the pipelines'],
];

const PREDEFINED_NAMES = PREDEFINED_ROLES.map((role) => role.name);

/** Members, custom roles, environments and repositories for one project, all from `random`. */
function populate(
  state: FakeState,
  project: FakeProject,
  random: Random,
  people: readonly string[],
  teams: readonly string[],
  size: { users: number; groups: number; repos: number },
): FakeRepository[] {
  const roles = random.int(3);
  for (let i = 0; i < roles; i++) {
    const [name, actions, description] = CUSTOM_ROLE_TEMPLATES[(i + random.int(CUSTOM_ROLE_TEMPLATES.length)) % CUSTOM_ROLE_TEMPLATES.length];
    if (!project.roles.has(name)) project.roles.set(name, custom(name, random.next() < 0.5 ? ['DEV'] : ['DEV', 'PROD'], actions, description));
  }
  if (random.next() < 0.3) project.environments.push(`${project.project_key}-qa`.slice(0, MAX_ENVIRONMENT));
  const roleNames = [...PREDEFINED_NAMES.slice(1), ...project.roles.keys()];
  const userCount = people.length === 0 ? 0 : random.int(size.users + 1);
  for (let i = 0; i < userCount; i++) project.users.set(random.pick(people), [random.pick(roleNames)]);
  if (people.length > 0) project.users.set(random.pick(people), ['Project Admin']);
  const groupCount = teams.length === 0 ? 0 : random.int(size.groups + 1);
  for (let i = 0; i < groupCount; i++) project.groups.set(random.pick(teams), random.next() < 0.2 ? ['Developer', 'Viewer'] : [random.pick(roleNames)]);
  const repos: FakeRepository[] = [];
  const start = random.int(PACKAGE_KINDS.length);
  for (let i = 0; i < size.repos; i++) {
    const [suffix, rclass, packageType] = PACKAGE_KINDS[(start + i) % PACKAGE_KINDS.length];
    repos.push({
      key: `${project.project_key}-${suffix}`,
      rclass,
      packageType,
      projectKey: project.project_key,
      environments: [random.next() < 0.8 ? 'DEV' : 'PROD'],
      ...(rclass === 'remote' ? { url: 'https://registry-1.docker.io/' } : {}),
    });
  }
  return repos;
}

function seedDemo(state: FakeState, world: ProjectsWorld): void {
  const random = seededRandom(40_961);
  world.globalEnvironments.push('STAGING');
  const people = [...state.users.values()].filter((u) => u.status === 'enabled' && u.username !== 'admin' && u.username !== 'reader').map((u) => u.username);
  const teams = [...state.groups.keys()].filter((name) => name !== 'readers');
  for (const [key, name, description] of DEMO_PROJECTS) {
    const project = fakeProject(key, {
      display_name: name,
      description,
      admin_privileges: { manage_members: true, manage_resources: random.next() < 0.7, index_resources: random.next() < 0.4 },
      storage_quota_bytes: random.next() < 0.4 ? -1 : (50 + random.int(20) * 25) * GIB,
      soft_limit: random.next() < 0.6,
      storage_quota_email_notification: random.next() < 0.7,
    });
    world.projects.set(key, project);
    state.repositories.push(...populate(state, project, random, people, teams, { users: 8, groups: 3, repos: 2 + random.int(3) }));
  }
  // Shared: the Docker Hub cache with everyone (read-only), Maven Central with the JVM teams, and one team's images with another.
  const byKey = (key: string) => state.repositories.find((repo) => repo.key === key);
  const docker = byKey('docker-remote');
  if (docker) Object.assign(docker, { sharedWithAll: true, sharedReadOnly: true });
  const maven = byKey('maven-remote');
  if (maven) maven.sharedWithProjects = ['payments', 'checkout', 'billing', 'legacy-erp'];
  const vision = state.repositories.find((repo) => repo.projectKey === 'vision');
  if (vision) vision.sharedWithProjects = ['simulator', 'fleet-control'];
}

const SCALE_PROJECTS = 1_000;
const SCALE_REPOSITORIES = 5_000;
const SCALE_WORDS = ['api', 'web', 'core', 'jobs', 'edge', 'tools', 'app', 'svc', 'lib', 'ops'];

/**
 * 1,000 projects and, with the repositories already there, 5,000 repositories: four of a
 * project's own per project on average, the rest global (some shared with all projects or
 * with a few). Members name users and groups of the scale seed.
 */
function seedScale(state: FakeState, world: ProjectsWorld): void {
  const random = seededRandom(1_000_003);
  const people = [...state.users.keys()].filter((name) => name !== 'admin' && name !== 'reader');
  const teams = [...state.groups.keys()].filter((name) => name !== 'readers');
  const keys: string[] = [];
  const repos: FakeRepository[] = [];
  const ownRepos = Math.floor((SCALE_REPOSITORIES - state.repositories.length) * 0.8);
  for (let i = 0; i < SCALE_PROJECTS; i++) {
    const dept = DEPARTMENTS[i % DEPARTMENTS.length];
    const word = SCALE_WORDS[Math.floor(i / DEPARTMENTS.length) % SCALE_WORDS.length];
    const round = Math.floor(i / (DEPARTMENTS.length * SCALE_WORDS.length));
    const key = `${dept}-${word}${round ? `-${round + 1}` : ''}`;
    keys.push(key);
    const project = fakeProject(key, {
      display_name: `${dept[0].toUpperCase()}${dept.slice(1)} ${word}${round ? ` ${round + 1}` : ''}`,
      description: `${dept} team, ${word} components`,
      storage_quota_bytes: random.next() < 0.5 ? -1 : (10 + random.int(100) * 10) * GIB,
      soft_limit: random.next() < 0.5,
    });
    world.projects.set(key, project);
    // Spread the project's own repositories evenly: exactly ownRepos in total.
    const count = Math.floor(((i + 1) * ownRepos) / SCALE_PROJECTS) - Math.floor((i * ownRepos) / SCALE_PROJECTS);
    repos.push(...populate(state, project, random, people, teams, { users: 12, groups: 3, repos: count }));
  }
  for (let i = 0; repos.length + state.repositories.length < SCALE_REPOSITORIES; i++) {
    const [suffix, rclass, packageType] = PACKAGE_KINDS[i % PACKAGE_KINDS.length];
    const repo: FakeRepository = { key: `shared-${String(i).padStart(4, '0')}-${suffix}`, rclass, packageType, description: 'Global repository' };
    if (i % 25 === 0) Object.assign(repo, { sharedWithAll: true, sharedReadOnly: true });
    else if (i % 5 === 0) repo.sharedWithProjects = [random.pick(keys), random.pick(keys)].filter((key, at, all) => all.indexOf(key) === at);
    repos.push(repo);
  }
  state.repositories.push(...repos);
}

function seed(state: FakeState, scenario: SeedScenario): void {
  const world = projectsOf(state);
  if (scenario.kind === 'minimal') seedMinimal(state, world);
  else if (scenario.kind === 'demo') seedDemo(state, world);
  else seedScale(state, world);
}

export const projectsArea: FakeArea = { name: 'projects', routes, seed };
