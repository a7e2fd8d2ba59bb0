// Projects screen against the fake platform, as an admin would use it: what the user sees,
// what the platform got, and what never left the page.
import { expect, test } from './fixtures';
import type { Locator, Page } from '@playwright/test';
import { addInstance, adminBasic, goToScreen, type InstanceFields } from './support/instances';
import type { AppServices } from '../../electron/services/app-services-types';
import type { FakePlatform } from '../fake-platform/index';
import { projectsOf } from '../fake-platform/areas/projects';

async function saveInstance(page: Page, services: AppServices | null, fields: InstanceFields & { name: string; baseUrl: string }) {
  if (!services) return addInstance(page, fields);
  const saved = await services.dispatch('instances.save', fields);
  if (!saved.ok) throw new Error(saved.error.message);
  await page.reload();
}

const bodyOf = (platform: FakePlatform, method: string, path: string) => {
  const hit = platform.requests.filter((r) => r.method === method && r.path === path).at(-1);
  return hit ? (JSON.parse(hit.bodyText || 'null') as unknown) : undefined;
};
const sent = (platform: FakePlatform, method: string, path: string) => platform.requests.filter((r) => r.method === method && r.path === path);
const project = (platform: FakePlatform, key: string) => projectsOf(platform.state).projects.get(key);

async function openProjects(page: Page) {
  await goToScreen(page, 'Projects');
  // The table's frame is drawn while the list loads; the loaded count appears with the list.
  await expect(page.getByTestId('projects-table')).toHaveAttribute('data-loaded-count', /^\d+$/);
}

async function openProject(page: Page, key: string) {
  await page.getByTestId('projects-filter').fill(key);
  await page.locator(`[data-testid="project-row"][data-key="${key}"]`).click();
  await expect(page.getByTestId('project-details')).toHaveAttribute('data-key', key);
}

const tab = (page: Page, name: string) => page.getByTestId(`project-tab-${name}`).click();

async function pick(page: Page, input: Locator, text: string) {
  await input.fill(text);
  // Repository options carry their kind under the key: match the key's own text.
  await page
    .getByRole('option')
    .filter({ has: page.getByText(text, { exact: true }) })
    .or(page.getByRole('option', { name: text, exact: true }))
    .first()
    .click();
}

/** Each pick closes the list (the Autocomplete's default), so the next one opens it again. */
async function chooseRoles(page: Page, dialog: Locator, roles: string[], testId = 'member-roles') {
  for (const role of roles) {
    await dialog.getByTestId(testId).click();
    await page.getByRole('option', { name: role, exact: true }).click();
  }
}

test.describe('projects', () => {
  test('create → members with roles → custom role → assign and share repositories → remove a member → delete', async ({ page, platform, services }) => {
    await saveInstance(page, services, adminBasic(platform));
    await openProjects(page);

    // Create.
    await page.getByTestId('project-create').click();
    await page.getByTestId('project-key').fill('apollo');
    await page.getByTestId('project-display-name').fill('Apollo');
    await page.getByTestId('project-description').fill('Moon shots');
    await page.getByRole('switch', { name: 'Unlimited' }).setChecked(false);
    await page.getByTestId('project-quota').fill('20');
    await page.getByTestId('project-save').click();
    await expect(page.getByTestId('project-details')).toHaveAttribute('data-key', 'apollo');
    expect(bodyOf(platform, 'POST', '/access/api/v1/projects')).toMatchObject({
      project_key: 'apollo',
      display_name: 'Apollo',
      description: 'Moon shots',
      storage_quota_bytes: 20 * 1024 ** 3,
    });
    expect(project(platform, 'apollo')?.display_name).toBe('Apollo');

    // A user and a group with roles.
    await tab(page, 'members');
    await page.getByTestId('member-add').click();
    let dialog = page.getByRole('dialog', { name: 'Add a member to apollo' });
    await pick(page, dialog.getByTestId('member-name'), 'bob');
    await chooseRoles(page, dialog, ['Developer']);
    await dialog.getByTestId('member-save').click();
    await expect(dialog).toBeHidden();
    await expect(page.locator('[data-testid="member-row"][data-kind="users"][data-name="bob"]')).toContainText('Developer');
    expect(bodyOf(platform, 'PUT', '/access/api/v1/projects/apollo/users/bob')).toEqual({ name: 'bob', roles: ['Developer'] });

    await page.getByTestId('member-add').click();
    dialog = page.getByRole('dialog', { name: 'Add a member to apollo' });
    await dialog.getByTestId('member-kind-groups').click();
    await pick(page, dialog.getByTestId('member-name'), 'developers');
    await chooseRoles(page, dialog, ['Viewer']);
    await dialog.getByTestId('member-save').click();
    await expect(page.locator('[data-testid="member-row"][data-kind="groups"][data-name="developers"]')).toContainText('Viewer');
    expect(project(platform, 'apollo')?.groups.get('developers')).toEqual(['Viewer']);

    // A custom role with two environments and some actions.
    await tab(page, 'roles');
    await page.getByTestId('role-create').click();
    dialog = page.getByRole('dialog', { name: 'New role in apollo' });
    await dialog.getByTestId('role-name').fill('deployer');
    await dialog.getByTestId('role-environments').getByRole('checkbox', { name: /^DEV/ }).check();
    await dialog.getByTestId('role-environments').getByRole('checkbox', { name: /^PROD/ }).check();
    await dialog.getByRole('checkbox', { name: 'READ_REPOSITORY', exact: true }).check();
    await dialog.getByRole('checkbox', { name: 'DEPLOY_CACHE_REPOSITORY', exact: true }).check();
    await dialog.getByTestId('role-save').click();
    await expect(dialog).toBeHidden();
    await expect(page.locator('[data-testid="role-row"][data-role="deployer"]')).toBeVisible();
    expect(bodyOf(platform, 'POST', '/access/api/v1/projects/apollo/roles')).toEqual({
      name: 'deployer',
      type: 'CUSTOM',
      environments: ['DEV', 'PROD'],
      actions: ['READ_REPOSITORY', 'DEPLOY_CACHE_REPOSITORY'],
    });

    // Give it to the user.
    await tab(page, 'members');
    await page.getByRole('button', { name: 'Change roles of bob' }).click();
    dialog = page.getByRole('dialog', { name: 'Roles of bob' });
    await chooseRoles(page, dialog, ['deployer']);
    await dialog.getByTestId('member-save').click();
    await expect(dialog).toBeHidden();
    await expect(page.locator('[data-testid="member-row"][data-name="bob"]')).toContainText('deployer');
    expect(project(platform, 'apollo')?.users.get('bob')).toEqual(['Developer', 'deployer']);

    // Assign one repository, share another read-only.
    await tab(page, 'repositories');
    await page.getByTestId('repo-assign').click();
    dialog = page.getByRole('dialog', { name: 'Assign a repository to apollo' });
    await pick(page, dialog.getByTestId('repo-picker'), 'docker-local');
    await expect(dialog.getByTestId('repo-status')).toHaveText('In no project.');
    await dialog.getByTestId('assign-save').click();
    await expect(dialog).toBeHidden();
    expect(sent(platform, 'PUT', '/access/api/v1/projects/_/attach/repositories/docker-local/apollo').at(-1)?.query).toMatchObject({ force: 'false' });

    await page.getByTestId('repo-share').click();
    dialog = page.getByRole('dialog', { name: 'Share a repository with apollo' });
    await pick(page, dialog.getByTestId('repo-picker'), 'generic-local');
    await expect(dialog.getByTestId('share-read-only')).toBeChecked();
    await dialog.getByTestId('share-save').click();
    await expect(dialog).toBeHidden();
    expect(sent(platform, 'PUT', '/access/api/v1/projects/_/share/repositories/generic-local/apollo').at(-1)?.query).toMatchObject({ readOnly: 'true' });

    // The project lists both, with their status.
    await expect(page.locator('[data-testid="repo-row"][data-repo="docker-local"]')).toHaveAttribute('data-relation', 'assigned');
    await expect(page.locator('[data-testid="repo-row"][data-repo="generic-local"]')).toHaveAttribute('data-relation', 'shared');
    await expect(page.locator('[data-testid="repo-row"][data-repo="generic-local"]').getByTestId('repo-status-cell')).toContainText('read-only');
    await expect(page.getByTestId('repos-count')).toHaveText('1 assigned, 1 shared with it');

    // Remove the user.
    await tab(page, 'members');
    await page.getByRole('button', { name: 'Remove bob' }).click();
    await page.getByTestId('member-bulk-start').click();
    await page
      .getByRole('dialog', { name: /^Remove 1 member from apollo/ })
      .getByRole('button', { name: 'Remove', exact: true })
      .click();
    await expect(page.getByTestId('member-bulk-progress')).toHaveAttribute('data-done', '1');
    await page.getByTestId('member-bulk-close').click();
    await expect(page.locator('[data-testid="member-row"][data-name="bob"]')).toHaveCount(0);
    expect(sent(platform, 'DELETE', '/access/api/v1/projects/apollo/users/bob')).toHaveLength(1);
    expect(project(platform, 'apollo')?.users.has('bob')).toBe(false);

    // Delete the project: the key typed; its assigned repository is unassigned first.
    await tab(page, 'overview');
    await page.getByTestId('project-delete').click();
    const confirm = page.getByRole('dialog', { name: 'Delete the project apollo' });
    await expect(confirm.getByTestId('project-delete-assigned')).toContainText('docker-local');
    const deleteButton = confirm.getByRole('button', { name: 'Delete project' });
    await expect(deleteButton).toBeDisabled();
    await confirm.getByLabel('Type "apollo" to confirm').fill('apollo');
    await deleteButton.click();
    await expect(page.getByTestId('project-details')).toHaveCount(0);
    expect(project(platform, 'apollo')).toBeUndefined();
    expect(sent(platform, 'DELETE', '/access/api/v1/projects/_/attach/repositories/docker-local')).toHaveLength(1);
    expect(platform.state.repositories.find((repo) => repo.key === 'docker-local')?.projectKey).toBeUndefined();
    expect(platform.state.repositories.find((repo) => repo.key === 'generic-local')?.sharedWithProjects ?? []).not.toContain('apollo');
    await goToScreen(page, 'Activity');
    // The repositories unassigned before the delete are one run of the activity log.
    await expect(page.getByTestId('activity-batch').filter({ hasText: 'Unassign 1 repository from apollo' })).toHaveCount(1);
  });

  test('a duplicate key shows the 409 and keeps the form; a bad key is refused before anything is sent', async ({ page, platform, services, bridgeLog }) => {
    await saveInstance(page, services, adminBasic(platform));
    await openProjects(page);
    await page.getByTestId('project-create').click();
    const form = page.getByRole('dialog', { name: 'New project' });

    // Bad key: the form says why, and no create call leaves the page.
    await page.getByTestId('project-key').fill('9-lives');
    await page.getByTestId('project-display-name').fill('Nine');
    await page.getByTestId('project-save').click();
    await expect(form).toContainText('A project key starts with a lower-case letter');
    await page.getByTestId('project-key').fill('a');
    await page.getByTestId('project-save').click();
    await expect(form).toContainText('A project key is at least 2 characters');
    await bridgeLog.settle();
    expect(bridgeLog.entries.filter((entry) => entry.call === 'projects.create')).toEqual([]);
    expect(sent(platform, 'POST', '/access/api/v1/projects')).toEqual([]);

    // Duplicate key: the platform's 409, with the form as typed.
    await page.getByTestId('project-key').fill('platform');
    await page.getByTestId('project-display-name').fill('Platform again');
    await page.getByTestId('project-save').click();
    await expect(form.getByTestId('error-state')).toContainText('HTTP 409');
    await expect(form.getByTestId('error-state')).toContainText('already exists');
    await expect(page.getByTestId('project-key')).toHaveValue('platform');
    await expect(page.getByTestId('project-display-name')).toHaveValue('Platform again');
    expect(project(platform, 'platform')?.display_name).toBe('Platform');
  });

  test('an edit writes back every field, the ones the form does not show included', async ({ page, platform, services }) => {
    await saveInstance(page, services, adminBasic(platform));
    await openProjects(page);
    await openProject(page, 'platform');
    await page.getByTestId('project-edit').click();
    await expect(page.getByTestId('project-kept-fields')).toContainText('manage_security_assets');
    await page.getByTestId('project-display-name').fill('Platform team');
    await page.getByTestId('project-save').click();
    await expect(page.getByRole('dialog', { name: 'Edit platform' })).toBeHidden();
    await expect(page.getByTestId('project-details')).toContainText('Platform team');
    expect(sent(platform, 'PATCH', '/access/api/v1/projects/platform')).toEqual([]);
    expect(bodyOf(platform, 'PUT', '/access/api/v1/projects/platform')).toEqual({
      project_key: 'platform',
      display_name: 'Platform team',
      description: 'Shared build and runtime platform',
      admin_privileges: { manage_members: true, manage_resources: true, index_resources: false, manage_security_assets: true },
      storage_quota_bytes: 100 * 1024 ** 3,
      soft_limit: false,
      storage_quota_email_notification: true,
    });
    expect(project(platform, 'platform')?.admin_privileges).toMatchObject({ manage_security_assets: true });
  });

  test('a pasted list: unknown names reported before anything is sent, then one result per member', async ({ page, platform, services }) => {
    await saveInstance(page, services, adminBasic(platform));
    await openProjects(page);
    await openProject(page, 'mobile');
    await tab(page, 'members');
    await page.getByTestId('member-paste').click();
    const dialog = page.getByRole('dialog', { name: 'Add members from a list' });
    await dialog.getByTestId('paste-names').fill('alice\nbob\nnobody-here\n');
    await chooseRoles(page, dialog, ['Viewer'], 'bulk-roles');
    await dialog.getByTestId('paste-check').click();
    await expect(dialog.getByTestId('paste-unknown')).toContainText('nobody-here');
    await expect(dialog.getByTestId('paste-ready')).toHaveText('2 ready to add.');
    expect(platform.requests.filter((r) => r.method !== 'GET')).toEqual([]);
    await dialog.getByTestId('member-bulk-start').click();
    await expect(dialog.getByTestId('member-bulk-progress')).toHaveAttribute('data-done', '2');
    await dialog.getByTestId('member-bulk-close').click();
    await expect(page.locator('[data-testid="member-row"][data-name="alice"]')).toContainText('Viewer');
    await expect(page.locator('[data-testid="member-row"][data-name="bob"]')).toContainText('Viewer');
    expect(sent(platform, 'PUT', '/access/api/v1/projects/mobile/users/nobody-here')).toEqual([]);
    expect([...(project(platform, 'mobile')?.users.keys() ?? [])].sort()).toEqual(['alice', 'bob']);
    // The activity log shows the run as one entry holding both calls.
    await page.getByRole('button', { name: 'Close project' }).click();
    await expect(page.getByTestId('project-details')).toBeHidden();
    await goToScreen(page, 'Activity');
    const batch = page.getByTestId('activity-batch');
    await expect(batch).toHaveCount(1);
    await expect(batch).toContainText('Add 2 members to mobile');
    await expect(batch.getByTestId('activity-batch-summary')).toHaveText('2 ok, 0 failed');
    await expect(page.locator('[data-testid="activity-row"][data-call="projects.setMember"]')).toHaveCount(0);
  });

  test('the members and repositories tabs sort by the header clicked, the order shown in aria-sort', async ({ page, platform, services }) => {
    const platformProject = project(platform, 'platform')!;
    platformProject.users.set('bob', ['Viewer']);
    platform.state.repositories.push({ key: 'apps-docker-local', rclass: 'local', packageType: 'docker', description: 'Images', projectKey: 'platform', environments: ['DEV'] });
    await saveInstance(page, services, adminBasic(platform));
    await openProjects(page);
    await openProject(page, 'platform');

    await tab(page, 'members');
    const members = page.getByTestId('project-members');
    const memberNames = () => members.getByTestId('member-row').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-name')));
    const memberHeader = (name: string) => members.getByRole('columnheader', { name });
    await expect(memberHeader('Member')).toHaveAttribute('aria-sort', 'ascending');
    await expect.poll(memberNames).toEqual(['alice', 'bob', 'developers']);
    await memberHeader('Roles').getByRole('button').click();
    await expect(memberHeader('Roles')).toHaveAttribute('aria-sort', 'ascending');
    await expect(memberHeader('Member')).toHaveAttribute('aria-sort', 'none');
    // Contributor, Developer, Viewer.
    await expect.poll(memberNames).toEqual(['developers', 'alice', 'bob']);
    await memberHeader('Roles').getByRole('button').click();
    await expect(memberHeader('Roles')).toHaveAttribute('aria-sort', 'descending');
    await expect.poll(memberNames).toEqual(['bob', 'alice', 'developers']);

    await tab(page, 'repositories');
    const repos = page.getByTestId('project-repositories');
    const repoKeys = () => repos.getByTestId('repo-row').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-repo')));
    const repoHeader = (name: string) => repos.getByRole('columnheader', { name });
    await expect(repoHeader('Repository')).toHaveAttribute('aria-sort', 'ascending');
    await expect.poll(repoKeys).toEqual(['apps-docker-local', 'platform-generic-local']);
    await repoHeader('Repository').getByRole('button').click();
    await expect(repoHeader('Repository')).toHaveAttribute('aria-sort', 'descending');
    await expect.poll(repoKeys).toEqual(['platform-generic-local', 'apps-docker-local']);
    await repoHeader('Kind').getByRole('button').click();
    await expect(repoHeader('Kind')).toHaveAttribute('aria-sort', 'ascending');
    await expect.poll(repoKeys).toEqual(['apps-docker-local', 'platform-generic-local']);
  });

  test('a member opens on the users screen, and the user’s details list the projects', async ({ page, platform, services }) => {
    await saveInstance(page, services, adminBasic(platform));
    await openProjects(page);
    await openProject(page, 'platform');
    await tab(page, 'members');
    await page.locator('[data-testid="member-row"][data-name="alice"]').getByTestId('member-open').click();
    await expect(page.getByTestId('user-details')).toBeVisible();
    // Two projects: the panel reads their members on its own (many would wait for a click).
    await expect(page.locator('[data-testid="user-project"][data-key="platform"]')).toContainText('Developer');
  });

  test('a read-only instance cannot change projects', async ({ page, platform, services }) => {
    await saveInstance(page, services, { ...adminBasic(platform), readOnly: true });
    platform.clearRequests();
    await openProjects(page);
    await expect(page.getByTestId('project-create')).toBeDisabled();
    await openProject(page, 'platform');
    await expect(page.getByTestId('project-edit')).toBeDisabled();
    await expect(page.getByTestId('project-delete')).toBeDisabled();
    await tab(page, 'members');
    await expect(page.locator('[data-testid="member-row"][data-name="alice"]')).toBeVisible();
    await expect(page.getByTestId('member-add')).toBeDisabled();
    await expect(page.getByTestId('member-paste')).toBeDisabled();
    await expect(page.getByRole('button', { name: 'Remove alice' })).toBeDisabled();
    await tab(page, 'roles');
    await expect(page.getByTestId('role-create')).toBeDisabled();
    await expect(page.getByTestId('role-delete')).toBeDisabled();
    await tab(page, 'environments');
    await expect(page.getByTestId('environment-create')).toBeDisabled();
    await tab(page, 'repositories');
    await expect(page.getByTestId('repo-assign')).toBeDisabled();
    await expect(page.getByTestId('repo-unassign')).toBeDisabled();
    expect(platform.requests.filter((r) => r.method !== 'GET')).toEqual([]);
    // Main refuses too, whatever the page does.
    if (services) {
      const instanceId = (await services.dispatch('instances.list', {})) as { ok: true; value: { id: string }[] };
      const refused = await services.dispatch('projects.delete', { instanceId: instanceId.value[0].id, key: 'platform' });
      expect(refused.ok).toBe(false);
      expect(project(platform, 'platform')).toBeDefined();
    }
  });

  test('a non-admin credential gets a clear "needs admin permissions" state', async ({ page, platform, services }) => {
    const { reader } = platform.principals;
    await saveInstance(page, services, { ...adminBasic(platform), username: reader.username, secret: reader.password });
    await goToScreen(page, 'Projects');
    await expect(page.getByTestId('needs-admin')).toContainText('Needs admin permissions');
    await expect(page.getByTestId('needs-admin')).toContainText('refuses to list projects to a credential that administers no project (HTTP 403)');
    await expect(page.getByTestId('projects-table')).toHaveCount(0);
  });
});
