// Users screen against the fake platform: what the user sees, and what the platform got.
import { expect, test } from './fixtures';
import type { Page } from '@playwright/test';
import { addInstance, adminBasic, goToScreen, type InstanceFields } from './support/instances';
import type { AppServices } from '../../electron/services/app-services-types';
import { baseUser } from '../fake-platform/support/principals';
import type { FakePlatform } from '../fake-platform/index';


/**
 * Adds the instance through the services (the instances screen has its own tests) and
 * reloads; on the electron target, where services live in main, through the form.
 */
async function saveInstance(page: Page, services: AppServices | null, fields: InstanceFields & { name: string; baseUrl: string }) {
  if (!services) return addInstance(page, fields);
  const saved = await services.dispatch('instances.save', fields);
  if (!saved.ok) throw new Error(saved.error.message);
  await page.reload();
}

const mutating = (platform: FakePlatform) => platform.requests.filter((r) => r.method !== 'GET');
const bodyOf = (platform: FakePlatform, method: string, path: string) => {
  const hit = platform.requests.filter((r) => r.method === method && r.path === path).at(-1);
  return hit ? (JSON.parse(hit.bodyText || 'null') as unknown) : undefined;
};

async function openUsers(page: Page) {
  await goToScreen(page, 'Users');
  await expect(page.getByTestId('users-table')).toHaveAttribute('data-done', 'true');
}

async function filterTo(page: Page, text: string) {
  await page.getByTestId('users-filter').fill(text);
}

async function pickOption(page: Page, inputTestId: string, text: string) {
  await page.getByTestId(inputTestId).fill(text);
  await page.getByRole('option', { name: text, exact: true }).click();
}

test.describe('users', () => {
  test('create with groups → auto-join shown → edit email → add to a group → the group lists it → remove → delete', async ({ page, platform, services }) => {
    await saveInstance(page, services, adminBasic(platform));
    await openUsers(page);

    await page.getByTestId('user-create').click();
    await page.getByTestId('new-username').fill('erin');
    await page.getByTestId('new-email').fill('erin@example.com');
    await page.getByTestId('new-password').fill('Erin-Passw0rd!');
    await pickOption(page, 'new-groups', 'developers');
    await page.getByTestId('create-user-submit').click();
    await expect(page.getByTestId('auto-joined')).toContainText('readers');
    const created = platform.state.users.get('erin');
    expect(created?.groups.sort()).toEqual(['developers', 'readers']);
    expect(bodyOf(platform, 'POST', '/access/api/v2/users')).toMatchObject({ username: 'erin', email: 'erin@example.com', groups: ['developers'] });
    await page.getByRole('button', { name: 'Close' }).click();

    await filterTo(page, 'erin');
    await expect(page.getByTestId('users-count')).toHaveText(/^1 of /);
    await page.locator('[data-testid="user-row"][data-username="erin"]').click();
    const details = page.getByTestId('user-details');
    await expect(details).toBeVisible();
    await expect(page.getByTestId('user-field-email')).toHaveText('erin@example.com');

    await page.getByTestId('user-edit').click();
    await page.getByTestId('edit-email').fill('erin@acme.test');
    await page.getByTestId('edit-user-save').click();
    await expect(page.getByTestId('user-field-email')).toHaveText('erin@acme.test');
    // PATCH with the changed field only.
    expect(bodyOf(platform, 'PATCH', '/access/api/v2/users/erin')).toEqual({ email: 'erin@acme.test' });
    expect(platform.state.users.get('erin')?.email).toBe('erin@acme.test');

    await pickOption(page, 'user-add-groups', 'platform-admins');
    await page.getByTestId('user-groups-save').click();
    await expect(page.getByTestId('user-group-chip').filter({ hasText: 'platform-admins' })).toBeVisible();
    expect(bodyOf(platform, 'PATCH', '/access/api/v2/users/erin/groups')).toEqual({ add: ['platform-admins'], remove: [] });
    expect(platform.state.groups.get('platform-admins')?.members).toContain('erin');

    // The chip opens the group, whose member list shows the user.
    await page.getByTestId('user-group-chip').filter({ hasText: 'platform-admins' }).click();
    await expect(page.getByTestId('group-details')).toHaveAttribute('data-group', 'platform-admins');
    const member = page.locator('[data-testid="member-row"][data-username="erin"]');
    await expect(member).toBeVisible();
    await member.getByRole('button', { name: 'Remove erin' }).click();
    await page.getByTestId('members-save').click();
    await expect(member).toHaveCount(0);
    expect(bodyOf(platform, 'PATCH', '/access/api/v2/groups/platform-admins/members')).toEqual({ add: [], remove: ['erin'] });
    expect(platform.state.users.get('erin')?.groups).not.toContain('platform-admins');

    // Back to the user from a member list of another group, then delete with confirmation.
    await page.getByTestId('group-details').getByRole('button', { name: 'Close details' }).click();
    await goToScreen(page, 'Users');
    await filterTo(page, 'erin');
    await page.locator('[data-testid="user-row"][data-username="erin"]').click();
    await page.getByTestId('user-delete').click();
    const confirm = page.getByRole('dialog').filter({ hasText: 'Delete the user erin?' });
    await expect(confirm).toBeVisible();
    await confirm.getByRole('button', { name: 'Delete' }).click();
    await expect(page.locator('[data-testid="user-row"][data-username="erin"]')).toHaveCount(0);
    expect(platform.state.users.has('erin')).toBe(false);
    expect(platform.requests.some((r) => r.method === 'DELETE' && r.path === '/access/api/v2/users/erin')).toBe(true);
  });

  test('change password (typed twice), expire it, unlock a locked user', async ({ page, platform, services }) => {
    platform.state.lockedUsers.add('bob');
    await saveInstance(page, services, adminBasic(platform));
    await openUsers(page);
    await filterTo(page, 'bob');
    const row = page.locator('[data-testid="user-row"][data-username="bob"]');
    await expect(row).toContainText('locked');
    await row.click();
    await page.getByRole('button', { name: 'Change password' }).click();
    await page.getByTestId('password-1').fill('New-Bob-Passw0rd!');
    await expect(page.getByTestId('password-strength')).toHaveText('Strong');
    await page.getByTestId('password-2').fill('New-Bob-Passw0rd?');
    await expect(page.getByTestId('password-save')).toBeDisabled();
    await page.getByTestId('password-2').fill('New-Bob-Passw0rd!');
    await page.getByTestId('password-save').click();
    await expect(page.getByTestId('password-save')).toHaveCount(0);
    expect(platform.state.users.get('bob')?.password).toBe('New-Bob-Passw0rd!');

    await page.getByRole('button', { name: 'Expire password' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Expire' }).click();
    await expect.poll(() => platform.state.users.get('bob')?.password_expired).toBe(true);

    await page.getByTestId('user-details').locator('..').getByRole('button', { name: 'Unlock', exact: true }).click();
    await page.getByRole('dialog').filter({ hasText: 'Unlock bob' }).getByRole('button', { name: 'Unlock' }).click();
    await expect.poll(() => platform.state.lockedUsers.has('bob')).toBe(false);
    await page.getByRole('button', { name: 'Close details' }).click();
    await expect(row).not.toContainText('locked');
  });

  test('a duplicate username shows the 409 with the platform message and keeps the form', async ({ page, platform, services }) => {
    await saveInstance(page, services, adminBasic(platform));
    await openUsers(page);
    await page.getByTestId('user-create').click();
    await page.getByTestId('new-username').fill('alice');
    await page.getByTestId('new-email').fill('alice2@example.com');
    await page.getByTestId('new-password').fill('Another-Passw0rd');
    await page.getByTestId('create-user-submit').click();
    const error = page.getByRole('dialog').getByTestId('error-state');
    await expect(error).toContainText('HTTP 409');
    await expect(page.getByTestId('new-username')).toHaveValue('alice');
    await expect(page.getByTestId('new-email')).toHaveValue('alice2@example.com');
    await page.screenshot({ path: '/tmp/shots/users-create-409-light.png' });
    expect(platform.requests.filter((r) => r.method === 'POST' && r.path === '/access/api/v2/users')).toHaveLength(1);

    // Copy as cURL: the same request, with variables where the secrets would be.
    await page.getByRole('dialog').getByTestId('curl-users.create').click();
    const curl = await page.getByTestId('curl-text').inputValue();
    expect(curl).toContain(`${platform.url}/access/api/v2/users`);
    expect(curl).toContain('$JFROG_PASSWORD');
    expect(curl).toContain('$JFROG_NEW_PASSWORD');
    expect(curl).not.toContain(platform.principals.admin.password);
    expect(curl).not.toContain('Another-Passw0rd');
  });

  test('an invalid username is refused before anything is sent', async ({ page, platform, services }) => {
    await saveInstance(page, services, adminBasic(platform));
    await openUsers(page);
    await page.getByTestId('user-create').click();
    await page.getByTestId('new-username').fill('Bad Name');
    await page.getByTestId('new-email').fill('bad@example.com');
    await page.getByTestId('new-password').fill('Bad-Passw0rd');
    await page.getByTestId('create-user-submit').click();
    await expect(page.getByRole('dialog')).toContainText('Username may hold only lower-case letters');
    await page.waitForTimeout(300);
    expect(platform.requests.filter((r) => r.method === 'POST' && r.path === '/access/api/v2/users')).toHaveLength(0);
  });

  test('bulk expire over 50 users reports the two that failed, and why', async ({ page, platform, services }) => {
    for (let i = 0; i < 50; i++) {
      const name = `bulk-${String(i).padStart(2, '0')}`;
      platform.state.users.set(name, baseUser(name, { password: 'Bulk-Passw0rd' }));
    }
    await saveInstance(page, services, adminBasic(platform));
    await openUsers(page);
    await filterTo(page, 'bulk-');
    await expect(page.getByTestId('users-count')).toHaveText(/^50 of /);
    await page.getByTestId('select-all-matching').click();
    await expect(page.getByTestId('selected-count')).toHaveText('50 selected');
    await page.getByRole('button', { name: 'Expire passwords' }).click();

    // One user answers 500; another vanishes before the run (404).
    platform.faults.add({ method: 'POST', path: '/artifactory/api/security/users/authorization/expirePassword/bulk-07', kind: 'status', status: 500 });
    platform.state.users.delete('bulk-33');
    await page.getByTestId('bulk-start').click();
    await expect(page.getByTestId('bulk-summary')).toHaveText('48 succeeded, 2 failed, 0 cancelled (not sent)');
    const failures = page.getByTestId('bulk-result-failed');
    await expect(failures).toHaveCount(2);
    await expect(failures.filter({ hasText: 'bulk-07' })).toContainText('HTTP 500');
    await expect(failures.filter({ hasText: 'bulk-33' })).toContainText('HTTP 404');
    const sent = platform.requests.filter((r) => r.path.startsWith('/artifactory/api/security/users/authorization/expirePassword/bulk-'));
    expect(sent).toHaveLength(50);
    expect([...platform.state.users.values()].filter((u) => u.username.startsWith('bulk-') && u.password_expired)).toHaveLength(48);
    await page.screenshot({ path: '/tmp/shots/users-bulk-results.png' });
  });

  test('a bulk run can be cancelled: what was not sent is listed as cancelled', async ({ page, platform, services }) => {
    for (let i = 0; i < 50; i++) platform.state.users.set(`slow-${i}`, baseUser(`slow-${i}`, { password: 'Slow-Passw0rd' }));
    await saveInstance(page, services, adminBasic(platform));
    await openUsers(page);
    await filterTo(page, 'slow-');
    await page.getByTestId('select-all-matching').click();
    await page.getByRole('button', { name: 'Unlock' }).click();
    platform.faults.add({ path: '/artifactory/api/security/unlockUsers/', kind: 'latency', ms: 400 });
    await page.getByTestId('bulk-start').click();
    await expect(page.getByTestId('bulk-progress')).toHaveAttribute('data-peak', '8');
    await page.getByTestId('bulk-cancel').click();
    await expect(page.getByTestId('bulk-summary')).toContainText('0 failed');
    const cancelled = await page.getByTestId('bulk-result-cancelled').count();
    expect(cancelled).toBeGreaterThan(0);
    const sent = platform.requests.filter((r) => r.path.startsWith('/artifactory/api/security/unlockUsers/slow-')).length;
    expect(sent + cancelled).toBe(50);
  });

  test('deleting many users asks to type the count, then deletes them', async ({ page, platform, services }) => {
    for (const name of ['gone-1', 'gone-2', 'gone-3']) platform.state.users.set(name, baseUser(name, { password: 'Gone-Passw0rd' }));
    await saveInstance(page, services, adminBasic(platform));
    await openUsers(page);
    await filterTo(page, 'gone-');
    await page.getByTestId('select-all-matching').click();
    await page.getByTestId('bulk-delete').click();
    await expect(page.getByTestId('bulk-start')).toBeDisabled();
    await page.getByTestId('bulk-confirm-count').fill('3');
    await page.getByTestId('bulk-start').click();
    await expect(page.getByTestId('bulk-summary')).toHaveText('3 succeeded, 0 failed, 0 cancelled (not sent)');
    await page.getByTestId('bulk-close').click();
    await expect(page.getByTestId('users-count')).toHaveText(/^0 of /);
    expect(['gone-1', 'gone-2', 'gone-3'].some((name) => platform.state.users.has(name))).toBe(false);
  });

  test('a read-only instance shows every change disabled and sends nothing that mutates', async ({ page, platform, services }) => {
    await saveInstance(page, services, { ...adminBasic(platform), readOnly: true });
    platform.clearRequests();
    await openUsers(page);
    await expect(page.getByTestId('read-only-notice')).toBeVisible();
    await expect(page.getByTestId('user-create')).toBeDisabled();
    await filterTo(page, 'alice');
    await page.locator('[data-testid="user-row"][data-username="alice"]').getByRole('checkbox').check();
    await expect(page.getByTestId('bulk-delete')).toBeDisabled();
    await page.locator('[data-testid="user-row"][data-username="alice"]').click();
    await expect(page.getByTestId('user-field-email')).toHaveText('alice@example.com');
    await expect(page.getByTestId('user-edit')).toBeDisabled();
    await expect(page.getByTestId('user-delete')).toBeDisabled();
    await expect(page.getByTestId('user-groups-save')).toBeDisabled();
    await expect(page.locator('[data-blocked-reason]').first()).toHaveAttribute('data-blocked-reason', /read-only/);
    expect(mutating(platform)).toEqual([]);
  });

  test('admin through a group shows as admin, in the details and the list', async ({ page, platform, services }) => {
    platform.state.groups.get('platform-admins')!.members.push('bob');
    platform.state.users.get('bob')!.groups.push('platform-admins');
    await saveInstance(page, services, adminBasic(platform));
    await openUsers(page);
    await page.locator('[data-testid="user-row"][data-username="bob"]').click();
    await expect(page.getByTestId('user-field-admin')).toHaveText('yes, through a group');
    await expect(page.locator('[data-testid="user-row"][data-username="bob"]')).toContainText('yes');
    await page.getByTestId('user-edit').click();
    await expect(page.getByTestId('edit-admin-through-group')).toContainText('through a group');
    await expect(page.getByRole('dialog').getByRole('switch', { name: 'Administrator' })).not.toBeChecked();
  });

  test('a platform that repeats its cursor: loading stops with a clear error instead of looping', async ({ page, platform, services }) => {
    await saveInstance(page, services, adminBasic(platform));
    platform.faults.add({
      method: 'GET',
      path: /^\/access\/api\/v2\/users$/,
      kind: 'answer',
      body: { users: [{ username: 'loop.user', realm: 'internal', status: 'enabled' }], cursor: 'the-same-cursor' },
    });
    await goToScreen(page, 'Users');
    await expect(page.getByTestId('error-state')).toContainText('the same cursor twice');
    const pages = platform.requests.filter((r) => r.method === 'GET' && r.path === '/access/api/v2/users');
    expect(pages.map((r) => r.query.cursor)).toEqual([undefined, 'the-same-cursor']);
  });

  test('a non-admin credential gets a clear "needs admin permissions" state', async ({ page, platform, services }) => {
    const { reader } = platform.principals;
    await saveInstance(page, services, { ...adminBasic(platform), username: reader.username, secret: reader.password });
    await goToScreen(page, 'Users');
    await expect(page.getByText('Needs admin permissions')).toBeVisible();
    await expect(page.getByTestId('users-table')).toHaveCount(0);
    await expect(page.getByTestId('user-create')).toHaveCount(0);
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: '/tmp/shots/users-403-dark.png' });
  });

  test('the first rows are usable while the rest stream in, with progress', async ({ page, extraPlatform, services }) => {
    const platform = await extraPlatform({ seed: { users: 30_000, groups: 20 } });
    await saveInstance(page, services, adminBasic(platform, 'Slow'));
    platform.faults.add({ method: 'GET', path: /^\/access\/api\/v2\/users$/, kind: 'latency', ms: 1_500 });
    await goToScreen(page, 'Users');
    await expect(page.getByTestId('user-row').first()).toBeVisible();
    await expect(page.getByTestId('users-loading')).toBeVisible();
    await expect(page.getByTestId('users-count')).toHaveText(/^10,000 of 10,000 loaded so far/);
    await page.screenshot({ path: '/tmp/shots/users-streaming-light.png' });
    await expect(page.getByTestId('users-table')).toHaveAttribute('data-done', 'true', { timeout: 20_000 });
    await expect(page.getByTestId('users-count')).toHaveText('30,000 of 30,000');
    await expect(page.getByTestId('users-loading')).toHaveCount(0);
  });

  test('100,000 users: streamed in, fewer than 200 row elements, found by filter', async ({ page, extraPlatform, services }) => {
    test.setTimeout(120_000);
    const big = await extraPlatform({ seed: { users: 100_000, groups: 2_000 } });
    await saveInstance(page, services, adminBasic(big, 'Big'));
    await goToScreen(page, 'Users');
    const table = page.getByTestId('users-table');
    await expect(table).toHaveAttribute('data-done', 'true', { timeout: 60_000 });
    await expect(table).toHaveAttribute('data-loaded-count', '100000');
    await expect(page.getByTestId('users-count')).toHaveText('100,000 of 100,000');
    expect(await page.getByTestId('user-row').count()).toBeLessThan(200);
    // Pages of 10,000 or more through the cursor.
    const pages = big.requests.filter((r) => r.method === 'GET' && r.path === '/access/api/v2/users');
    expect(pages.length).toBeGreaterThanOrEqual(10);
    for (const request of pages) expect(Number(request.query.limit)).toBeGreaterThanOrEqual(10_000);
    await page.screenshot({ path: '/tmp/shots/users-100k-light.png' });

    const target = [...big.state.users.keys()][87_654];
    await filterTo(page, target);
    await expect(page.locator(`[data-testid="user-row"][data-username="${target}"]`)).toBeVisible();
    await expect(page.getByTestId('users-count')).toHaveText(/ of 100,000$/);

    // Realm and status filters, then sort by username descending.
    await filterTo(page, '');
    await page.getByTestId('users-realm-filter').click();
    await page.getByRole('option', { name: 'scim' }).click();
    const scim = [...big.state.users.values()].filter((u) => u.realm === 'scim').length;
    await expect(page.getByTestId('users-count')).toHaveText(`${scim.toLocaleString('en-US')} of 100,000`);
    await page.getByTestId('users-status-filter').click();
    await page.getByRole('option', { name: 'disabled' }).click();
    const scimDisabled = [...big.state.users.values()].filter((u) => u.realm === 'scim' && u.status === 'disabled' && !big.state.lockedUsers.has(u.username)).length;
    await expect(page.getByTestId('users-count')).toHaveText(`${scimDisabled.toLocaleString('en-US')} of 100,000`);
    await page.getByTestId('users-realm-filter').click();
    await page.getByRole('option', { name: 'All realms' }).click();
    await page.getByTestId('users-status-filter').click();
    await page.getByRole('option', { name: 'All statuses' }).click();
    await page.getByRole('columnheader', { name: 'Username' }).getByRole('button').click();
    await page.getByRole('columnheader', { name: 'Username' }).getByRole('button').click();
    const last = [...big.state.users.keys()].sort().at(-1)!;
    await expect(page.getByTestId('user-row').first()).toHaveAttribute('data-username', last);

    await page.getByTestId('users-scroll').evaluate((el) => el.scrollTo(0, el.scrollHeight / 2));
    expect(await page.getByTestId('user-row').count()).toBeLessThan(200);
    await page.locator('[data-testid="user-row"]').nth(3).click();
    await expect(page.getByTestId('user-field-email')).toContainText('@');
    await page.screenshot({ path: '/tmp/shots/users-details-light.png' });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: '/tmp/shots/users-details-dark.png' });
    await page.keyboard.press('Escape');
    await page.screenshot({ path: '/tmp/shots/users-100k-dark.png' });
  });
});
