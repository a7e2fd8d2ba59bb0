// projects.* through the real services dispatcher against the fake platform: what was
// sent (method, path, query, body, content type), what the platform holds afterwards, and
// every error status the screens show.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { FakePlatform } from '../fake-platform';
import { projectsOf, type FakeProject } from '../fake-platform/areas/projects';
import { contract } from '../../shared/api/contract';
import type { Project, ProjectMember, ProjectRepository, ProjectRole, RepositoryProjectStatus, RepositorySummary } from '../../shared/areas/projects/model';
import { servicesWorld } from './support/services-world';

const world = servicesWorld('projects');
const { ok, failure, onlyRequest } = world;
let fake: FakePlatform;
let reader: string;
let readOnly: string;
beforeAll(() => {
  ({ fake, reader, readOnly } = world.state());
});
afterEach(() => {
  fake.faults.clear();
  fake.state.switches.writeBodies = 'full';
});

const GIB = 1024 ** 3;
const projects = () => projectsOf(fake.state).projects;
const project = (key: string): FakeProject => projects().get(key)!;
const repo = (key: string) => fake.state.repositories.find((r) => r.key === key)!;
const sent = () => fake.requests.map((r) => `${r.method} ${r.path}${Object.keys(r.query).length ? `?${new URLSearchParams(r.query).toString()}` : ''} ${r.status}`);

const newProject = (key: string, extra: Record<string, unknown> = {}) => ({
  project_key: key,
  display_name: `Project ${key}`,
  description: 'made in a test',
  admin_privileges: { manage_members: true, manage_resources: false, index_resources: true },
  storage_quota_bytes: 10 * GIB,
  soft_limit: false,
  storage_quota_email_notification: true,
  ...extra,
});

describe('projects: list and get', () => {
  it('GETs the list: every field, the flags and fields Lilypad does not show kept aside', async () => {
    const list = await ok<Project[]>('projects.list', {});
    expect(onlyRequest()).toMatchObject({ method: 'GET', path: '/access/api/v1/projects', status: 200 });
    const platform = list.find((p) => p.project_key === 'platform')!;
    expect(platform).toEqual({
      project_key: 'platform',
      display_name: 'Platform',
      description: 'Shared build and runtime platform',
      admin_privileges: { manage_members: true, manage_resources: true, index_resources: false, manage_security_assets: true },
      storage_quota_bytes: 100 * GIB,
      soft_limit: false,
      storage_quota_email_notification: true,
      other: {},
    });
    expect(list.map((p) => p.project_key).sort()).toEqual([...projects().keys()].sort());
  });

  it('is 403 for a principal that administers no project', async () => {
    expect(await failure('projects.list', {}, reader)).toMatchObject({ kind: 'http', status: 403 });
  });

  it('shows a project admin only its own projects, and refuses it the platform-level writes', async () => {
    project('mobile').users.set('reader', ['Project Admin']);
    try {
      expect((await ok<Project[]>('projects.list', {}, reader)).map((p) => p.project_key)).toEqual(['mobile']);
      expect(await failure('projects.create', { project: newProject('by-reader') }, reader)).toMatchObject({ status: 403 });
      expect(await failure('projects.delete', { key: 'mobile' }, reader)).toMatchObject({ status: 403 });
      expect(projects().has('by-reader')).toBe(false);
      expect(projects().has('mobile')).toBe(true);
    } finally {
      project('mobile').users.delete('reader');
    }
  });

  it('answers 404 for an unknown project with the platform message', async () => {
    const error = await failure('projects.get', { key: 'nope' });
    expect(error).toMatchObject({ kind: 'http', status: 404, path: '/access/api/v1/projects/nope' });
    expect(error.platformMessage).toContain('nope');
  });
});

describe('projects: create', () => {
  afterEach(() => {
    for (const key of ['web', 'web-again', 'quiet']) projects().delete(key);
  });

  it('POSTs the project as JSON (201) and the platform holds it', async () => {
    const created = await ok<Project>('projects.create', { project: newProject('web') });
    const [req] = fake.requests;
    expect(req.headers['content-type']).toMatch(/^application\/json/);
    expect(onlyRequest()).toEqual({ method: 'POST', path: '/access/api/v1/projects', query: {}, status: 201, body: newProject('web') });
    expect(created).toMatchObject({ project_key: 'web', storage_quota_bytes: 10 * GIB, other: {} });
    expect(project('web')).toMatchObject({
      display_name: 'Project web',
      soft_limit: false,
      admin_privileges: { manage_members: true, manage_resources: false, index_resources: true },
    });
  });

  it('reads the project back when the platform answers with no body', async () => {
    fake.state.switches.writeBodies = 'no-content';
    const created = await ok<Project>('projects.create', { project: newProject('quiet') });
    expect(sent()).toEqual(['POST /access/api/v1/projects 204', 'GET /access/api/v1/projects/quiet 200']);
    expect(created.display_name).toBe('Project quiet');
  });

  it('answers 409 for a key that exists, and changes nothing', async () => {
    const before = JSON.stringify(project('platform').display_name);
    const error = await failure('projects.create', { project: newProject('platform') });
    expect(error).toMatchObject({ kind: 'http', status: 409 });
    expect(error.platformMessage).toContain('already exists');
    expect(JSON.stringify(project('platform').display_name)).toBe(before);
  });

  it.each([
    ['Web', 'starts with a lower-case letter'],
    ['1web', 'starts with a lower-case letter'],
    ['w', 'at least 2 characters'],
    ['web_app', 'only lower-case letters, digits and hyphens'],
    ['a'.repeat(33), 'at most 32 characters'],
  ])('refuses the key %j in the bridge (%s): nothing is sent', async (key, message) => {
    const error = await failure('projects.create', { project: newProject(key) });
    expect(error.kind).toBe('validation');
    expect(error.message).toContain(message);
    expect(fake.requests).toHaveLength(0);
  });

  it('refuses a display name over 128 characters and "manage remote repositories" without "manage resources"', async () => {
    expect((await failure('projects.create', { project: newProject('web', { display_name: 'x'.repeat(129) }) })).message).toContain('at most 128');
    const remote = await failure('projects.create', {
      project: newProject('web', { admin_privileges: { manage_members: true, manage_resources: false, index_resources: false, manage_remote_repository: true } }),
    });
    expect(remote.message).toContain('manage resources');
    expect(fake.requests).toHaveLength(0);
  });

  it('the platform itself answers 400 with an Access error body for a bad key', async () => {
    const res = await fetch(`${fake.url}/access/api/v1/projects`, {
      method: 'POST',
      headers: { authorization: `Bearer ${fake.principals.admin.token}`, 'content-type': 'application/json' },
      body: JSON.stringify(newProject('Bad_Key')),
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ errors: [{ code: 'BAD_REQUEST', message: expect.stringContaining('Bad_Key') }] });
  });

  it('is refused on a read-only instance without a request', async () => {
    expect(await failure('projects.create', { project: newProject('web') }, readOnly)).toMatchObject({ kind: 'read-only' });
    expect(fake.requests).toHaveLength(0);
  });
});

describe('projects: update (PUT of the whole object)', () => {
  afterEach(() => {
    delete project('platform').extra.future_setting;
  });

  it('reads the project, then PUTs every field, the ones the form does not show included', async () => {
    // A field of a newer platform the console knows nothing about.
    project('platform').extra.future_setting = { level: 3 };
    const current = await ok<Project>('projects.get', { key: 'platform' });
    fake.clearRequests();
    const changed = { ...current, description: 'Build, runtime and CI', storage_quota_bytes: 200 * GIB };
    const updated = await ok<Project>('projects.update', { key: 'platform', project: changed });
    expect(sent()).toEqual(['GET /access/api/v1/projects/platform 200', 'PUT /access/api/v1/projects/platform 200']);
    const put = fake.requests[1];
    expect(JSON.parse(put.bodyText)).toEqual({
      future_setting: { level: 3 },
      project_key: 'platform',
      display_name: 'Platform',
      description: 'Build, runtime and CI',
      admin_privileges: { manage_members: true, manage_resources: true, index_resources: false, manage_security_assets: true },
      storage_quota_bytes: 200 * GIB,
      soft_limit: false,
      storage_quota_email_notification: true,
    });
    expect(project('platform')).toMatchObject({
      description: 'Build, runtime and CI',
      storage_quota_bytes: 200 * GIB,
      admin_privileges: { manage_security_assets: true },
      extra: { future_setting: { level: 3 } },
    });
    expect(updated.other).toEqual({ future_setting: { level: 3 } });
  });

  it('keeps what the platform holds even when the input leaves it out (a form built before it existed)', async () => {
    project('platform').extra.future_setting = 'on';
    const input = { ...newProject('platform'), display_name: 'Platform', admin_privileges: { manage_members: true, manage_resources: true, index_resources: false } };
    await ok('projects.update', { key: 'platform', project: input });
    const body = JSON.parse(fake.requests.find((r) => r.method === 'PUT')!.bodyText) as Record<string, unknown>;
    expect(body.future_setting).toBe('on');
    expect(body.admin_privileges).toEqual({ manage_members: true, manage_resources: true, index_resources: false, manage_security_assets: true });
    expect(project('platform').admin_privileges.manage_security_assets).toBe(true);
    await ok('projects.update', { key: 'platform', project: { ...input, description: 'Shared build and runtime platform', storage_quota_bytes: 100 * GIB, soft_limit: false } });
  });

  it('the fake resets what a PUT leaves out, so a client dropping fields would be caught', async () => {
    const res = await fetch(`${fake.url}/access/api/v1/projects/mobile`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${fake.principals.admin.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ project_key: 'mobile', display_name: 'Mobile apps' }),
    });
    expect(res.status).toBe(200);
    expect(project('mobile')).toMatchObject({ description: '', admin_privileges: {}, storage_quota_bytes: -1 });
    project('mobile').description = 'iOS and Android';
    project('mobile').admin_privileges = { manage_members: true, manage_resources: true, index_resources: false };
  });

  it('answers 404 for an unknown project before any PUT', async () => {
    expect(await failure('projects.update', { key: 'ghost', project: newProject('ghost') })).toMatchObject({ status: 404 });
    expect(sent()).toEqual(['GET /access/api/v1/projects/ghost 404']);
  });
});

describe('projects: members', () => {
  it('lists users and groups as {name, roles}', async () => {
    expect(await ok<ProjectMember[]>('projects.members', { key: 'platform', kind: 'users' })).toEqual([{ name: 'alice', roles: ['Developer'] }]);
    expect(await ok<ProjectMember[]>('projects.members', { key: 'platform', kind: 'groups' })).toEqual([{ name: 'developers', roles: ['Contributor'] }]);
    expect(sent()).toEqual(['GET /access/api/v1/projects/platform/users 200', 'GET /access/api/v1/projects/platform/groups 200']);
  });

  it("reads the spec's bare array too", async () => {
    fake.faults.add({ method: 'GET', path: '/access/api/v1/projects/platform/users', kind: 'answer', body: [{ name: 'bob', roles: ['Viewer'] }], times: 1 });
    expect(await ok<ProjectMember[]>('projects.members', { key: 'platform', kind: 'users' })).toEqual([{ name: 'bob', roles: ['Viewer'] }]);
  });

  it('says so when the answer holds no list at all', async () => {
    fake.faults.add({ method: 'GET', path: '/access/api/v1/projects/platform/users', kind: 'answer', body: { message: 'maintenance' }, times: 1 });
    expect((await failure('projects.members', { key: 'platform', kind: 'users' })).message).toContain('without a list of members');
  });

  it('PUTs a member with its roles, changes them, and DELETEs it', async () => {
    await ok('projects.setMember', { key: 'platform', kind: 'users', name: 'bob', roles: ['Developer', 'deployer'] });
    expect(onlyRequest()).toEqual({
      method: 'PUT',
      path: '/access/api/v1/projects/platform/users/bob',
      query: {},
      status: 200,
      body: { name: 'bob', roles: ['Developer', 'deployer'] },
    });
    expect(project('platform').users.get('bob')).toEqual(['Developer', 'deployer']);
    await ok('projects.setMember', { key: 'platform', kind: 'users', name: 'bob', roles: ['Viewer'] });
    expect(project('platform').users.get('bob')).toEqual(['Viewer']);
    fake.clearRequests();
    await ok('projects.removeMember', { key: 'platform', kind: 'users', name: 'bob' });
    expect(onlyRequest()).toMatchObject({ method: 'DELETE', path: '/access/api/v1/projects/platform/users/bob', status: 204 });
    expect(project('platform').users.has('bob')).toBe(false);
    expect(await failure('projects.removeMember', { key: 'platform', kind: 'users', name: 'bob' })).toMatchObject({ status: 404 });
  });

  it('adds a group the same way', async () => {
    await ok('projects.setMember', { key: 'platform', kind: 'groups', name: 'platform-admins', roles: ['Project Admin'] });
    expect(onlyRequest()).toMatchObject({
      method: 'PUT',
      path: '/access/api/v1/projects/platform/groups/platform-admins',
      body: { name: 'platform-admins', roles: ['Project Admin'] },
    });
    expect(project('platform').groups.get('platform-admins')).toEqual(['Project Admin']);
    await ok('projects.removeMember', { key: 'platform', kind: 'groups', name: 'platform-admins' });
  });

  it('answers 404 for an unknown user and 400 for a role the project does not have', async () => {
    expect(await failure('projects.setMember', { key: 'platform', kind: 'users', name: 'nobody', roles: ['Viewer'] })).toMatchObject({ status: 404 });
    const role = await failure('projects.setMember', { key: 'platform', kind: 'users', name: 'bob', roles: ['Overlord'] });
    expect(role).toMatchObject({ status: 400 });
    expect(role.platformMessage).toContain('Overlord');
    expect(project('platform').users.has('bob')).toBe(false);
  });

  it('refuses a member with no role in the bridge', async () => {
    expect((await failure('projects.setMember', { key: 'platform', kind: 'users', name: 'bob', roles: [] })).message).toContain('at least one role');
    expect(fake.requests).toHaveLength(0);
  });

  it('lets a project admin manage members when the project allows it, and refuses it otherwise', async () => {
    project('platform').users.set('reader', ['Project Admin']);
    try {
      await ok('projects.setMember', { key: 'platform', kind: 'users', name: 'dave', roles: ['Viewer'] }, reader);
      project('platform').admin_privileges.manage_members = false;
      expect(await failure('projects.removeMember', { key: 'platform', kind: 'users', name: 'dave' }, reader)).toMatchObject({ status: 403 });
    } finally {
      project('platform').admin_privileges.manage_members = true;
      project('platform').users.delete('reader');
      project('platform').users.delete('dave');
    }
  });
});

describe('projects: roles', () => {
  const role = {
    name: 'qa-lead',
    description: 'Signs off releases',
    type: 'CUSTOM' as const,
    environments: ['DEV', 'platform-qa'],
    actions: ['READ_REPOSITORY', 'READ_RELEASE_BUNDLE', 'ANNOTATE_RELEASE_BUNDLE'],
  };
  afterEach(() => {
    project('platform').roles.delete('qa-lead');
  });

  it('lists the predefined roles and the custom ones', async () => {
    const roles = await ok<ProjectRole[]>('projects.roles', { key: 'platform' });
    expect(roles.filter((r) => r.type === 'PREDEFINED').map((r) => r.name)).toContain('Developer');
    expect(roles.find((r) => r.name === 'deployer')).toEqual({
      name: 'deployer',
      description: 'CI deploys',
      type: 'CUSTOM',
      environments: ['DEV', 'platform-qa'],
      actions: ['READ_REPOSITORY', 'DEPLOY_CACHE_REPOSITORY'],
    });
  });

  it('POSTs a custom role, PUTs a change, DELETEs it', async () => {
    await ok('projects.createRole', { key: 'platform', role });
    expect(onlyRequest()).toEqual({ method: 'POST', path: '/access/api/v1/projects/platform/roles', query: {}, status: 201, body: role });
    expect(project('platform').roles.get('qa-lead')).toMatchObject({ environments: ['DEV', 'platform-qa'], actions: role.actions });
    fake.clearRequests();
    await ok('projects.updateRole', { key: 'platform', role: { ...role, environments: ['PROD'] } });
    expect(onlyRequest()).toMatchObject({ method: 'PUT', path: '/access/api/v1/projects/platform/roles/qa-lead', status: 200, body: { ...role, environments: ['PROD'] } });
    expect(project('platform').roles.get('qa-lead')?.environments).toEqual(['PROD']);
    fake.clearRequests();
    await ok('projects.deleteRole', { key: 'platform', name: 'qa-lead' });
    expect(onlyRequest()).toMatchObject({ method: 'DELETE', path: '/access/api/v1/projects/platform/roles/qa-lead', status: 204 });
    expect(project('platform').roles.has('qa-lead')).toBe(false);
  });

  it('answers 409 for a name in use and 400 for an environment the project does not have', async () => {
    expect(await failure('projects.createRole', { key: 'platform', role: { ...role, name: 'deployer' } })).toMatchObject({ status: 409 });
    expect(await failure('projects.createRole', { key: 'platform', role: { ...role, environments: ['mobile-qa'] } })).toMatchObject({ status: 400 });
  });

  it('predefined roles are refused on write by the platform (400) and never sent as PREDEFINED', async () => {
    expect(await failure('projects.updateRole', { key: 'platform', role: { ...role, name: 'Developer' } })).toMatchObject({ status: 400 });
    expect(await failure('projects.deleteRole', { key: 'platform', name: 'Viewer' })).toMatchObject({ status: 400 });
    fake.clearRequests();
    expect((await failure('projects.createRole', { key: 'platform', role: { ...role, type: 'PREDEFINED' } })).message).toContain('predefined roles are read-only');
    expect(fake.requests).toHaveLength(0);
  });

  it('refuses a role without environments or actions in the bridge', async () => {
    expect((await failure('projects.createRole', { key: 'platform', role: { ...role, environments: [] } })).message).toContain('at least one environment');
    expect((await failure('projects.createRole', { key: 'platform', role: { ...role, actions: [] } })).message).toContain('at least one action');
    expect(fake.requests).toHaveLength(0);
  });

  it('taking a role away from the project takes it from its members', async () => {
    await ok('projects.createRole', { key: 'platform', role });
    await ok('projects.setMember', { key: 'platform', kind: 'users', name: 'bob', roles: ['qa-lead', 'Viewer'] });
    await ok('projects.deleteRole', { key: 'platform', name: 'qa-lead' });
    expect(project('platform').users.get('bob')).toEqual(['Viewer']);
    await ok('projects.removeMember', { key: 'platform', kind: 'users', name: 'bob' });
  });
});

describe('projects: environments', () => {
  afterEach(() => {
    project('platform').environments = ['platform-qa'];
    project('platform').roles.get('deployer')!.environments = ['DEV', 'platform-qa'];
  });

  it("lists the global environments and the project's own", async () => {
    expect(await ok<string[]>('projects.globalEnvironments', {})).toEqual(['DEV', 'PROD']);
    expect(await ok<string[]>('projects.environments', { key: 'platform' })).toEqual(['platform-qa']);
    expect(sent()).toEqual(['GET /access/api/v1/environments 200', 'GET /access/api/v1/projects/platform/environments 200']);
  });

  it('POSTs `<key>-<name>`, renames it (roles follow), and DELETEs it', async () => {
    await ok('projects.createEnvironment', { key: 'platform', name: 'staging' });
    expect(onlyRequest()).toEqual({ method: 'POST', path: '/access/api/v1/projects/platform/environments', query: {}, status: 201, body: { name: 'platform-staging' } });
    fake.clearRequests();
    await ok('projects.renameEnvironment', { key: 'platform', environment: 'platform-qa', newName: 'test' });
    expect(onlyRequest()).toEqual({
      method: 'POST',
      path: '/access/api/v1/projects/platform/environments/platform-qa/rename',
      query: {},
      status: 200,
      body: { new_name: 'platform-test' },
    });
    expect(project('platform').environments).toEqual(['platform-test', 'platform-staging']);
    expect(project('platform').roles.get('deployer')?.environments).toEqual(['DEV', 'platform-test']);
    fake.clearRequests();
    await ok('projects.deleteEnvironment', { key: 'platform', environment: 'platform-staging' });
    expect(onlyRequest()).toMatchObject({ method: 'DELETE', path: '/access/api/v1/projects/platform/environments/platform-staging', status: 204 });
  });

  it('answers 409 for a name in use and 404 for an unknown environment', async () => {
    expect(await failure('projects.createEnvironment', { key: 'platform', name: 'qa' })).toMatchObject({ status: 409 });
    expect(await failure('projects.renameEnvironment', { key: 'platform', environment: 'platform-nope', newName: 'x1' })).toMatchObject({ status: 404 });
  });

  it('refuses names the platform would refuse, in the bridge, with the full length counted', async () => {
    expect((await failure('projects.createEnvironment', { key: 'platform', name: '9lives' })).message).toContain('starts with a letter');
    expect((await failure('projects.createEnvironment', { key: 'platform', name: 'qa_2' })).message).toContain('letters, digits and hyphens');
    const long = await failure('projects.createEnvironment', { key: 'platform', name: 'a'.repeat(24) });
    expect(long.message).toContain('at most 32');
    expect(long.message).toContain(`platform-${'a'.repeat(24)}`);
    expect((await failure('projects.renameEnvironment', { key: 'platform', environment: 'platform-qa', newName: 'b'.repeat(30) })).message).toContain('at most 32');
    expect(fake.requests).toHaveLength(0);
  });
});

describe('projects: repositories', () => {
  afterEach(() => {
    for (const key of ['docker-local', 'generic-local']) {
      const r = repo(key);
      delete r.projectKey;
      r.sharedWithProjects = [];
      r.sharedWithAll = false;
      r.sharedReadOnly = false;
    }
    fake.state.system.version = '7.111.4';
  });

  it('lists every repository of the instance', async () => {
    const all = await ok<RepositorySummary[]>('projects.allRepositories', {});
    expect(onlyRequest()).toMatchObject({ method: 'GET', path: '/artifactory/api/repositories', status: 200 });
    expect(all.map((r) => r.key).sort()).toEqual(fake.state.repositories.map((r) => r.key).sort());
    expect(all.find((r) => r.key === 'docker-local')).toEqual({ key: 'docker-local', type: 'LOCAL', packageType: 'Docker' });
  });

  it('assigns with PUT …/attach/…?force=false; moving out of another project needs force', async () => {
    await ok('projects.assignRepository', { repo: 'docker-local', key: 'mobile' });
    expect(onlyRequest()).toMatchObject({ method: 'PUT', path: '/access/api/v1/projects/_/attach/repositories/docker-local/mobile', query: { force: 'false' }, status: 200 });
    expect(fake.requests[0].bodyText).toBe('');
    expect(repo('docker-local').projectKey).toBe('mobile');
    fake.clearRequests();
    const refused = await failure('projects.assignRepository', { repo: 'docker-local', key: 'platform' });
    expect(refused).toMatchObject({ status: 409 });
    expect(refused.platformMessage).toContain('mobile');
    expect(repo('docker-local').projectKey).toBe('mobile');
    await ok('projects.assignRepository', { repo: 'docker-local', key: 'platform', force: true });
    expect(fake.requests.at(-1)?.query).toEqual({ force: 'true' });
    expect(repo('docker-local').projectKey).toBe('platform');
  });

  it('unassigns with DELETE (204); a repository in no project is a 404', async () => {
    await ok('projects.assignRepository', { repo: 'docker-local', key: 'mobile' });
    fake.clearRequests();
    await ok('projects.unassignRepository', { repo: 'docker-local' });
    expect(onlyRequest()).toMatchObject({ method: 'DELETE', path: '/access/api/v1/projects/_/attach/repositories/docker-local', status: 204 });
    expect(repo('docker-local').projectKey).toBeUndefined();
    const error = await failure('projects.unassignRepository', { repo: 'docker-local' });
    expect(error).toMatchObject({ status: 404 });
    expect(error.platformMessage).toContain('Projects configuration');
  });

  it('shares read-only with one project and with all, unshares both; the status says so', async () => {
    await ok('projects.shareRepository', { repo: 'generic-local', key: 'mobile', readOnly: true });
    expect(onlyRequest()).toMatchObject({ method: 'PUT', path: '/access/api/v1/projects/_/share/repositories/generic-local/mobile', query: { readOnly: 'true' }, status: 200 });
    expect(repo('generic-local')).toMatchObject({ sharedWithProjects: ['mobile'], sharedReadOnly: true });
    fake.clearRequests();
    const status = await ok<RepositoryProjectStatus>('projects.repositoryStatus', { repo: 'generic-local' });
    expect(onlyRequest()).toMatchObject({ method: 'GET', path: '/access/api/v1/projects/_/repositories/generic-local' });
    expect(status).toEqual({ resource_name: 'generic-local', shared_with_projects: ['mobile'], shared_with_all_projects: false, shared_read_only: true, environments: [] });
    await ok('projects.shareRepositoryWithAll', { repo: 'generic-local' });
    expect(fake.requests.at(-1)).toMatchObject({ method: 'PUT', path: '/access/api/v1/projects/_/share/repositories/generic-local', query: { readOnly: 'false' } });
    expect(repo('generic-local').sharedWithAll).toBe(true);
    fake.clearRequests();
    await ok('projects.unshareRepository', { repo: 'generic-local', key: 'mobile' });
    await ok('projects.unshareRepositoryWithAll', { repo: 'generic-local' });
    expect(sent()).toEqual([
      'DELETE /access/api/v1/projects/_/share/repositories/generic-local/mobile 200',
      'DELETE /access/api/v1/projects/_/share/repositories/generic-local 200',
    ]);
    expect(repo('generic-local')).toMatchObject({ sharedWithProjects: [], sharedWithAll: false });
    expect(await failure('projects.unshareRepository', { repo: 'generic-local', key: 'mobile' })).toMatchObject({ status: 404 });
  });

  it('refuses to share a repository with its own project (400) and an unknown repository (404)', async () => {
    expect(await failure('projects.shareRepository', { repo: 'platform-generic-local', key: 'platform' })).toMatchObject({ status: 400 });
    expect(await failure('projects.shareRepository', { repo: 'no-such-repo', key: 'platform' })).toMatchObject({ status: 404 });
    expect(await failure('projects.assignRepository', { repo: 'docker-local', key: 'no-such-project' })).toMatchObject({ status: 404 });
  });

  it("a project's repositories: its own and those shared with it, each with its relation", async () => {
    await ok('projects.shareRepository', { repo: 'generic-local', key: 'platform', readOnly: true });
    fake.clearRequests();
    const list = await ok<ProjectRepository[]>('projects.projectRepositories', { key: 'platform' });
    expect(fake.requests[0]).toMatchObject({ method: 'GET', path: '/artifactory/api/repositories', query: { project: 'platform' } });
    expect(list.map((r) => [r.key, r.relation, r.status?.shared_read_only])).toEqual([
      ['generic-local', 'shared', true],
      ['platform-generic-local', 'assigned', false],
    ]);
    expect(
      fake.requests
        .filter((r) => r.path.startsWith('/access/api/v1/projects/_/repositories/'))
        .map((r) => r.path)
        .sort(),
    ).toEqual(['/access/api/v1/projects/_/repositories/generic-local', '/access/api/v1/projects/_/repositories/platform-generic-local']);
  });

  it('before 7.90.1 (no status call) the relation is unknown and no status is asked for', async () => {
    fake.state.system.version = '7.80.2';
    const old = await world.saveInstance(fake, 'Fake old version', fake.principals.admin);
    fake.clearRequests();
    const list = await ok<ProjectRepository[]>('projects.projectRepositories', { key: 'platform' }, old);
    expect(list.map((r) => [r.key, r.relation])).toEqual([['platform-generic-local', 'unknown']]);
    expect(sent()).toEqual(['GET /artifactory/api/repositories?project=platform 200', 'GET /artifactory/api/system/version 200']);
    expect(await failure('projects.repositoryStatus', { repo: 'docker-local' }, old)).toMatchObject({ status: 404 });
  });

  it('read-only shares are ignored before 7.94', async () => {
    fake.state.system.version = '7.90.5';
    await ok('projects.shareRepository', { repo: 'generic-local', key: 'mobile', readOnly: true });
    expect(repo('generic-local').sharedReadOnly).toBeFalsy();
  });
});

describe('projects: delete', () => {
  it('is refused (400) while repositories are assigned; after unassigning, DELETE answers 204 and shares go', async () => {
    await ok('projects.create', { project: newProject('doomed') });
    await ok('projects.assignRepository', { repo: 'docker-local', key: 'doomed' });
    await ok('projects.shareRepository', { repo: 'generic-local', key: 'doomed' });
    fake.clearRequests();
    const refused = await failure('projects.delete', { key: 'doomed' });
    expect(refused).toMatchObject({ status: 400 });
    expect(refused.platformMessage).toContain("can't be removed");
    expect(projects().has('doomed')).toBe(true);
    await ok('projects.unassignRepository', { repo: 'docker-local' });
    fake.clearRequests();
    await ok('projects.delete', { key: 'doomed' });
    expect(onlyRequest()).toMatchObject({ method: 'DELETE', path: '/access/api/v1/projects/doomed', status: 204 });
    expect(projects().has('doomed')).toBe(false);
    expect(repo('generic-local').sharedWithProjects).toEqual([]);
    expect(await failure('projects.delete', { key: 'doomed' })).toMatchObject({ status: 404 });
  });
});

describe('projects: read-only instance', () => {
  it('refuses every write call in main: nothing reaches the platform', async () => {
    const inputs: Record<string, Record<string, unknown>> = {
      'projects.create': { project: newProject('x1') },
      'projects.update': { key: 'platform', project: newProject('platform') },
      'projects.delete': { key: 'platform' },
      'projects.setMember': { key: 'platform', kind: 'users', name: 'bob', roles: ['Viewer'] },
      'projects.removeMember': { key: 'platform', kind: 'users', name: 'alice' },
      'projects.createRole': { key: 'platform', role: { name: 'r1', type: 'CUSTOM', environments: ['DEV'], actions: ['READ_REPOSITORY'] } },
      'projects.updateRole': { key: 'platform', role: { name: 'deployer', type: 'CUSTOM', environments: ['DEV'], actions: ['READ_REPOSITORY'] } },
      'projects.deleteRole': { key: 'platform', name: 'deployer' },
      'projects.createEnvironment': { key: 'platform', name: 'uat' },
      'projects.renameEnvironment': { key: 'platform', environment: 'platform-qa', newName: 'uat' },
      'projects.deleteEnvironment': { key: 'platform', environment: 'platform-qa' },
      'projects.assignRepository': { repo: 'docker-local', key: 'platform' },
      'projects.unassignRepository': { repo: 'platform-generic-local' },
      'projects.shareRepository': { repo: 'docker-local', key: 'platform' },
      'projects.unshareRepository': { repo: 'docker-local', key: 'platform' },
      'projects.shareRepositoryWithAll': { repo: 'docker-local' },
      'projects.unshareRepositoryWithAll': { repo: 'docker-local' },
    };
    const writes = Object.keys(contract).filter((name) => name.startsWith('projects.') && contract[name as keyof typeof contract].mutates);
    expect(Object.keys(inputs).sort()).toEqual(writes.sort());
    for (const [name, input] of Object.entries(inputs)) {
      expect(await failure(name, input, readOnly), name).toMatchObject({ kind: 'read-only' });
    }
    expect(fake.requests).toHaveLength(0);
  });
});
