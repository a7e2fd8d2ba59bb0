// Projects area (Access v1 and Artifactory's repository list; API-NOTES "Projects",
// docs/api-notes/projects.md). Lists are read defensively: the spec shows bare arrays where
// JFrog's clients read `{"members": […]}`, so both are taken.
// 1. Requests: shared/areas/projects/calls.ts. 2. Wire → model. 3. Handlers.
import { requestFor } from '../../../shared/api/contract';
import { PROJECTS_PATH, REPOSITORIES_PATH } from '../../../shared/areas/projects/calls';
import {
  REPOSITORY_STATUS_SINCE,
  type JsonValue,
  type Project,
  type ProjectMember,
  type ProjectRepository,
  type ProjectRole,
  type RepositoryProjectStatus,
  type RepositorySummary,
} from '../../../shared/areas/projects/model';
import { isOlderThan } from '../../../shared/areas/system/version';
import { ApiFailure } from '../../../shared/errors';
import type { PlatformHttp, PlatformRequest } from '../http/types';
import { versionOf } from './platform-version';
import type { AreaHandlers, InstanceContext } from './types';
import { bool, obj, str, strings, writeThenRead } from './wire';

// ---- Wire → model ----------------------------------------------------------------------

const KNOWN_PROJECT_FIELDS = new Set(['project_key', 'display_name', 'description', 'admin_privileges', 'storage_quota_bytes', 'soft_limit', 'storage_quota_email_notification']);

/** Every boolean flag the platform sent, known to Lilypad or not (a PUT writes them all back). */
function flags(value: unknown): Record<string, boolean> {
  const out: Record<string, boolean> = {};
  for (const [name, flag] of Object.entries(obj(value))) if (typeof flag === 'boolean') out[name] = flag;
  return out;
}

export function toProject(value: unknown): Project {
  const raw = obj(value);
  const other: Record<string, JsonValue> = {};
  for (const [name, field] of Object.entries(raw)) if (!KNOWN_PROJECT_FIELDS.has(name) && field !== undefined) other[name] = field as JsonValue;
  return {
    project_key: str(raw.project_key),
    display_name: str(raw.display_name),
    description: str(raw.description),
    admin_privileges: flags(raw.admin_privileges),
    storage_quota_bytes: typeof raw.storage_quota_bytes === 'number' ? raw.storage_quota_bytes : -1,
    // Absent means the platform's default: not blocking (JFrog's Terraform provider defaults the same way).
    soft_limit: raw.soft_limit === undefined ? true : bool(raw.soft_limit),
    storage_quota_email_notification: bool(raw.storage_quota_email_notification),
    other,
  };
}

/** A list in the answer: a bare array, or the array under `field` (what JFrog's clients read). */
function listIn(value: unknown, field: string, what: string, path: string): unknown[] {
  if (Array.isArray(value)) return value;
  const inner = obj(value)[field];
  if (Array.isArray(inner)) return inner;
  throw new ApiFailure({
    kind: 'http',
    method: 'GET',
    path,
    message: `The platform answered without a list of ${what}, so Lilypad cannot tell which exist. A proxy or an unexpected platform version may be in the way.`,
  });
}

export const toProjects = (value: unknown): Project[] => listIn(value, 'projects', 'projects', PROJECTS_PATH).map(toProject);

export function toMembers(value: unknown, path: string): ProjectMember[] {
  return listIn(value, 'members', 'members', path).map((item) => ({ name: str(obj(item).name), roles: strings(obj(item).roles) }));
}

export function toRole(value: unknown): ProjectRole {
  const raw = obj(value);
  const role: ProjectRole = { name: str(raw.name), type: str(raw.type, 'CUSTOM'), environments: strings(raw.environments), actions: strings(raw.actions) };
  if (typeof raw.description === 'string' && raw.description !== '') role.description = raw.description;
  return role;
}

/** `[{"name": "DEV"}]` as Terraform reads it; a list of plain names is taken too. */
export function toEnvironmentNames(value: unknown, path: string): string[] {
  return listIn(value, 'environments', 'environments', path)
    .map((item) => (typeof item === 'string' ? item : str(obj(item).name)))
    .filter((name) => name !== '');
}

function toRepositorySummary(value: unknown): RepositorySummary {
  const raw = obj(value);
  const summary: RepositorySummary = { key: str(raw.key), type: str(raw.type).toUpperCase(), packageType: str(raw.packageType) };
  if (typeof raw.description === 'string' && raw.description !== '') summary.description = raw.description;
  return summary;
}

export const toRepositories = (value: unknown): RepositorySummary[] => listIn(value, 'repositories', 'repositories', REPOSITORIES_PATH).map(toRepositorySummary);

export function toRepositoryStatus(value: unknown): RepositoryProjectStatus {
  const raw = obj(value);
  const status: RepositoryProjectStatus = {
    resource_name: str(raw.resource_name),
    shared_with_projects: strings(raw.shared_with_projects),
    shared_with_all_projects: bool(raw.shared_with_all_projects),
    shared_read_only: bool(raw.shared_read_only),
    environments: strings(raw.environments),
  };
  if (typeof raw.assigned_to === 'string' && raw.assigned_to !== '') status.assigned_to = raw.assigned_to;
  return status;
}

// ---- Calls made of several requests ----------------------------------------------------

const readProject = async (http: PlatformHttp, key: string): Promise<Project> => toProject(await http.json(requestFor('projects.get', { key })));
const projectFromAnswer = (body: unknown): Project | undefined => (typeof obj(body).project_key === 'string' ? toProject(body) : undefined);

/**
 * Update is a PUT of the whole object: fields the input does not carry (admin flags and
 * top-level fields of a newer platform, or that appeared since the screen read the
 * project) are taken from the project as the platform holds it now, never dropped.
 */
export function keepUnshown(current: Project, input: Project): Project {
  return {
    ...input,
    admin_privileges: { ...current.admin_privileges, ...input.admin_privileges },
    other: { ...current.other, ...input.other },
  };
}

/** Runs `work` over `items` with at most `limit` in flight; results keep the input order. */
export async function mapBounded<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      out[index] = await work(items[index]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}

const STATUS_CONCURRENCY = 8;

/**
 * The repositories a project sees: Artifactory's list filtered by `project` holds the
 * project's own and those shared with it (Terraform project provider issue #55: a
 * repository shared with all projects shows up there). Each one's status says which is
 * which; before 7.90.1 there is no status call and the relation stays unknown.
 */
async function projectRepositories(ctx: InstanceContext, key: string): Promise<ProjectRepository[]> {
  const listed = toRepositories(await ctx.http.json({ method: 'GET', path: REPOSITORIES_PATH, query: { project: key } }));
  const version = await versionOf(ctx);
  if (version !== undefined && isOlderThan(version, REPOSITORY_STATUS_SINCE)) return listed.map((repo) => ({ ...repo, relation: 'unknown' }));
  return mapBounded(listed, STATUS_CONCURRENCY, async (repo): Promise<ProjectRepository> => {
    try {
      const status = toRepositoryStatus(await ctx.http.json(requestFor('projects.repositoryStatus', { repo: repo.key })));
      return { ...repo, relation: status.assigned_to === key ? 'assigned' : 'shared', status };
    } catch (caught) {
      // A repository deleted between the two reads answers 404: list it as unknown rather than fail the whole list.
      if (caught instanceof ApiFailure && caught.error.status === 404) return { ...repo, relation: 'unknown' };
      throw caught;
    }
  });
}

/** A write whose answer the screen does not need: any 2xx is success, whatever its body. */
const send = async (http: PlatformHttp, req: PlatformRequest): Promise<void> => {
  await http.request(req);
};

// ---- Handlers --------------------------------------------------------------------------

export const projectsArea: AreaHandlers<'projects'> = {
  'projects.list': async (input, { http }) => toProjects(await http.json(requestFor('projects.list', input))),
  'projects.get': async (input, { http }) => readProject(http, input.key),
  'projects.create': async (input, { http }) =>
    writeThenRead(
      http,
      requestFor('projects.create', input),
      projectFromAnswer,
      () => readProject(http, input.project.project_key),
      `The platform created the project ${input.project.project_key}`,
    ),
  'projects.update': async (input, { http }) => {
    const current = await readProject(http, input.key);
    const project = keepUnshown(current, input.project as Project);
    return writeThenRead(
      http,
      requestFor('projects.update', { key: input.key, project }),
      projectFromAnswer,
      () => readProject(http, input.key),
      `The platform updated the project ${input.key}`,
    );
  },
  'projects.delete': async (input, { http }) => send(http, requestFor('projects.delete', input)),

  'projects.members': async (input, { http }) => {
    const req = requestFor('projects.members', input);
    return toMembers(await http.json(req), req.path);
  },
  'projects.setMember': async (input, { http }) => send(http, requestFor('projects.setMember', input)),
  'projects.removeMember': async (input, { http }) => send(http, requestFor('projects.removeMember', input)),

  'projects.roles': async (input, { http }) => {
    const req = requestFor('projects.roles', input);
    return listIn(await http.json(req), 'roles', 'roles', req.path).map(toRole);
  },
  'projects.createRole': async (input, { http }) => send(http, requestFor('projects.createRole', input)),
  'projects.updateRole': async (input, { http }) => send(http, requestFor('projects.updateRole', input)),
  'projects.deleteRole': async (input, { http }) => send(http, requestFor('projects.deleteRole', input)),

  'projects.globalEnvironments': async (input, { http }) => {
    const req = requestFor('projects.globalEnvironments', input);
    return toEnvironmentNames(await http.json(req), req.path);
  },
  'projects.environments': async (input, { http }) => {
    const req = requestFor('projects.environments', input);
    return toEnvironmentNames(await http.json(req), req.path);
  },
  'projects.createEnvironment': async (input, { http }) => send(http, requestFor('projects.createEnvironment', input)),
  'projects.renameEnvironment': async (input, { http }) => send(http, requestFor('projects.renameEnvironment', input)),
  'projects.deleteEnvironment': async (input, { http }) => send(http, requestFor('projects.deleteEnvironment', input)),

  'projects.allRepositories': async (input, { http }) => toRepositories(await http.json(requestFor('projects.allRepositories', input))),
  'projects.projectRepositories': async (input, ctx) => projectRepositories(ctx, input.key),
  'projects.repositoryStatus': async (input, { http }) => toRepositoryStatus(await http.json(requestFor('projects.repositoryStatus', input))),
  'projects.assignRepository': async (input, { http }) => send(http, requestFor('projects.assignRepository', input)),
  'projects.unassignRepository': async (input, { http }) => send(http, requestFor('projects.unassignRepository', input)),
  'projects.shareRepository': async (input, { http }) => send(http, requestFor('projects.shareRepository', input)),
  'projects.unshareRepository': async (input, { http }) => send(http, requestFor('projects.unshareRepository', input)),
  'projects.shareRepositoryWithAll': async (input, { http }) => send(http, requestFor('projects.shareRepositoryWithAll', input)),
  'projects.unshareRepositoryWithAll': async (input, { http }) => send(http, requestFor('projects.unshareRepositoryWithAll', input)),
};
