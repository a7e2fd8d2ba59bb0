// projects.* calls: inputs, and where each goes on the platform (Access v1; API-NOTES
// "Projects" wins over the spec: update is a PUT of the whole project). Repository
// assignment and sharing live under the `_` pseudo-project; a project's repositories are
// Artifactory's repository list filtered by `project`.
import { z } from 'zod';
import { read, write } from '../../api/call-spec';
import { seg } from '../../api/request';
import {
  checkEnvironmentLength,
  customRoleSchema,
  environmentNameSchema,
  environmentPartSchema,
  existingKeySchema,
  MEMBER_KINDS,
  memberRolesSchema,
  projectBody,
  projectEnvironmentName,
  projectSchema,
  repoKeySchema,
  roleNameSchema,
  type Project,
  type ProjectMember,
  type ProjectRepository,
  type ProjectRole,
  type RepositoryProjectStatus,
  type RepositorySummary,
} from './model';

export const PROJECTS_PATH = '/access/api/v1/projects';
export const GLOBAL_ENVIRONMENTS_PATH = '/access/api/v1/environments';
export const REPOSITORIES_PATH = '/artifactory/api/repositories';

export const projectPath = (key: string): string => `${PROJECTS_PATH}/${seg(key)}`;
const attachPath = (repo: string): string => `${PROJECTS_PATH}/_/attach/repositories/${seg(repo)}`;
const sharePath = (repo: string): string => `${PROJECTS_PATH}/_/share/repositories/${seg(repo)}`;
export const repositoryStatusPath = (repo: string): string => `${PROJECTS_PATH}/_/repositories/${seg(repo)}`;

const key = existingKeySchema;
const kind = z.enum(MEMBER_KINDS);
/** A user or group name as it goes into the path (other realms may hold names the create rules refuse). */
const memberName = z
  .string()
  .min(1, 'A name is required')
  .max(255, 'A name is at most 255 characters')
  .refine((value) => !['.', '..'].includes(value.trim()), 'A name cannot be "." or ".."');
const repo = repoKeySchema;
const singular = (k: 'users' | 'groups') => (k === 'users' ? 'user' : 'group');

/**
 * An environment call whose name is checked with the project key in front: the full name
 * `<projectKey>-<name>` is at most 32 characters. (A refinement keeps the schema's type.)
 */
function fullNameFits<T extends { input: z.ZodObject }>(spec: T, field: 'name' | 'newName'): T {
  const input = spec.input.superRefine((value, ctx) => {
    const { key, [field]: name } = value as Record<string, string>;
    checkEnvironmentLength(key, name, field, ctx);
  });
  return { ...spec, input };
}

export const projectsCalls = {
  'projects.list': read<Project[]>()({}, { request: () => ({ method: 'GET', path: PROJECTS_PATH }) }),
  'projects.get': read<Project>()({ key }, { request: ({ key }) => ({ method: 'GET', path: projectPath(key) }) }),
  'projects.create': write<Project>()(
    { project: projectSchema },
    { request: ({ project }) => ({ method: 'POST', path: PROJECTS_PATH, json: projectBody(project) }), target: ({ project }) => project.project_key },
  ),
  /**
   * PUT of the whole project (API-NOTES). The handler reads the project first and keeps
   * every field the platform holds that this input does not carry.
   */
  'projects.update': write<Project>()(
    { key, project: projectSchema },
    { request: ({ key, project }) => ({ method: 'PUT', path: projectPath(key), json: projectBody(project) }), target: ({ key }) => key },
  ),
  'projects.delete': write<void>()({ key }, { request: ({ key }) => ({ method: 'DELETE', path: projectPath(key) }), target: ({ key }) => key }),

  // Members: users and groups share one shape, `{name, roles}`.
  'projects.members': read<ProjectMember[]>()({ key, kind }, { request: ({ key, kind }) => ({ method: 'GET', path: `${projectPath(key)}/${kind}` }) }),
  'projects.setMember': write<void>()(
    { key, kind, name: memberName, roles: memberRolesSchema },
    {
      request: ({ key, kind, name, roles }) => ({ method: 'PUT', path: `${projectPath(key)}/${kind}/${seg(name)}`, json: { name, roles } }),
      target: ({ key, kind, name }) => `${key}: ${singular(kind)} ${name}`,
    },
  ),
  'projects.removeMember': write<void>()(
    { key, kind, name: memberName },
    {
      request: ({ key, kind, name }) => ({ method: 'DELETE', path: `${projectPath(key)}/${kind}/${seg(name)}` }),
      target: ({ key, kind, name }) => `${key}: ${singular(kind)} ${name}`,
    },
  ),

  // Roles: predefined ones are listed with the custom ones; only CUSTOM roles are written.
  'projects.roles': read<ProjectRole[]>()({ key }, { request: ({ key }) => ({ method: 'GET', path: `${projectPath(key)}/roles` }) }),
  'projects.createRole': write<void>()(
    { key, role: customRoleSchema },
    { request: ({ key, role }) => ({ method: 'POST', path: `${projectPath(key)}/roles`, json: role }), target: ({ key, role }) => `${key}: role ${role.name}` },
  ),
  'projects.updateRole': write<void>()(
    { key, role: customRoleSchema },
    { request: ({ key, role }) => ({ method: 'PUT', path: `${projectPath(key)}/roles/${seg(role.name)}`, json: role }), target: ({ key, role }) => `${key}: role ${role.name}` },
  ),
  'projects.deleteRole': write<void>()(
    { key, name: roleNameSchema },
    { request: ({ key, name }) => ({ method: 'DELETE', path: `${projectPath(key)}/roles/${seg(name)}` }), target: ({ key, name }) => `${key}: role ${name}` },
  ),

  // Environments: global ones, and the project's own named `<projectKey>-<name>`.
  'projects.globalEnvironments': read<string[]>()({}, { request: () => ({ method: 'GET', path: GLOBAL_ENVIRONMENTS_PATH }) }),
  'projects.environments': read<string[]>()({ key }, { request: ({ key }) => ({ method: 'GET', path: `${projectPath(key)}/environments` }) }),
  'projects.createEnvironment': fullNameFits(
    write<void>()(
      { key, name: environmentPartSchema },
      {
        request: ({ key, name }) => ({ method: 'POST', path: `${projectPath(key)}/environments`, json: { name: projectEnvironmentName(key, name) } }),
        target: ({ key, name }) => `${key}: environment ${projectEnvironmentName(key, name)}`,
      },
    ),
    'name',
  ),
  'projects.renameEnvironment': fullNameFits(
    write<void>()(
      { key, environment: environmentNameSchema, newName: environmentPartSchema },
      {
        request: ({ key, environment, newName }) => ({
          method: 'POST',
          path: `${projectPath(key)}/environments/${seg(environment)}/rename`,
          json: { new_name: projectEnvironmentName(key, newName) },
        }),
        target: ({ key, environment }) => `${key}: environment ${environment}`,
      },
    ),
    'newName',
  ),
  'projects.deleteEnvironment': write<void>()(
    { key, environment: environmentNameSchema },
    {
      request: ({ key, environment }) => ({ method: 'DELETE', path: `${projectPath(key)}/environments/${seg(environment)}` }),
      target: ({ key, environment }) => `${key}: environment ${environment}`,
    },
  ),

  // Repositories.
  'projects.allRepositories': read<RepositorySummary[]>()({}, { request: () => ({ method: 'GET', path: REPOSITORIES_PATH }) }),
  /** The project's repositories (a list, then each one's status): several requests. */
  'projects.projectRepositories': read<ProjectRepository[]>()({ key }),
  'projects.repositoryStatus': read<RepositoryProjectStatus>()({ repo }, { request: ({ repo }) => ({ method: 'GET', path: repositoryStatusPath(repo) }) }),
  /** Assign (move) a repository to a project; `force` moves it out of the project it is in. */
  'projects.assignRepository': write<void>()(
    { repo, key, force: z.boolean().default(false) },
    {
      request: ({ repo, key, force }) => ({ method: 'PUT', path: `${attachPath(repo)}/${seg(key)}`, query: { force: String(force) } }),
      target: ({ repo, key }) => `${repo} → ${key}`,
    },
  ),
  'projects.unassignRepository': write<void>()({ repo }, { request: ({ repo }) => ({ method: 'DELETE', path: attachPath(repo) }), target: ({ repo }) => repo }),
  'projects.shareRepository': write<void>()(
    { repo, key, readOnly: z.boolean().default(false) },
    {
      request: ({ repo, key, readOnly }) => ({ method: 'PUT', path: `${sharePath(repo)}/${seg(key)}`, query: { readOnly: String(readOnly) } }),
      target: ({ repo, key }) => `${repo} shared with ${key}`,
    },
  ),
  'projects.unshareRepository': write<void>()(
    { repo, key },
    { request: ({ repo, key }) => ({ method: 'DELETE', path: `${sharePath(repo)}/${seg(key)}` }), target: ({ repo, key }) => `${repo} shared with ${key}` },
  ),
  'projects.shareRepositoryWithAll': write<void>()(
    { repo, readOnly: z.boolean().default(false) },
    {
      request: ({ repo, readOnly }) => ({ method: 'PUT', path: sharePath(repo), query: { readOnly: String(readOnly) } }),
      target: ({ repo }) => `${repo} shared with all projects`,
    },
  ),
  'projects.unshareRepositoryWithAll': write<void>()(
    { repo },
    { request: ({ repo }) => ({ method: 'DELETE', path: sharePath(repo) }), target: ({ repo }) => `${repo} shared with all projects` },
  ),
};
