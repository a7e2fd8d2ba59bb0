// Users screen against the fake platform: what the user sees, and what the platform got.
import { expect, test } from './fixtures';
import { adminBasic, goToScreen, setUpInstance } from './support/instances';
import { lastBody, mutating, requestsTo } from './support/platform';
import { shot } from './support/screenshots';
import { filterUsers, openUsers, pickOption, userRow } from './support/users-screen';
import { baseUser } from '../fake-platform/support/principals';

test.describe('users', () => {
  test('create with groups → auto-join shown → edit email → add to a group → the group lists it → remove → delete', async ({ page, platform, services }) => {
    await setUpInstance(page, services, adminBasic(platform));
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
    expect(lastBody(platform, 'POST', '/access/api/v2/users')).toMatchObject({ username: 'erin', email: 'erin@example.com', groups: ['developers'] });
    await page.getByRole('button', { name: 'Close' }).click();

    await filterUsers(page, 'erin');
    await expect(page.getByTestId('users-count')).toHaveText(/^1 of /);
    await userRow(page, 'erin').click();
    const details = page.getByTestId('user-details');
    await expect(details).toBeVisible();
    await expect(page.getByTestId('user-field-email')).toHaveText('erin@example.com');

    await page.getByTestId('user-edit').click();
    await page.getByTestId('edit-email').fill('erin@acme.test');
    await page.getByTestId('edit-user-save').click();
    await expect(page.getByTestId('user-field-email')).toHaveText('erin@acme.test');
    // PATCH with the changed field only.
    expect(lastBody(platform, 'PATCH', '/access/api/v2/users/erin')).toEqual({ email: 'erin@acme.test' });
    expect(platform.state.users.get('erin')?.email).toBe('erin@acme.test');

    await pickOption(page, 'user-add-groups', 'platform-admins');
    await page.getByTestId('user-groups-save').click();
    await expect(page.getByTestId('user-group-chip').filter({ hasText: 'platform-admins' })).toBeVisible();
    expect(lastBody(platform, 'PATCH', '/access/api/v2/users/erin/groups')).toEqual({ add: ['platform-admins'], remove: [] });
    expect(platform.state.groups.get('platform-admins')?.members).toContain('erin');

    // The chip opens the group, whose member list shows the user.
    await page.getByTestId('user-group-chip').filter({ hasText: 'platform-admins' }).click();
    await expect(page.getByTestId('group-details')).toHaveAttribute('data-group', 'platform-admins');
    const member = page.locator('[data-testid="member-row"][data-username="erin"]');
    await expect(member).toBeVisible();
    await member.getByRole('button', { name: 'Remove erin' }).click();
    await page.getByTestId('members-save').click();
    await expect(member).toHaveCount(0);
    expect(lastBody(platform, 'PATCH', '/access/api/v2/groups/platform-admins/members')).toEqual({ add: [], remove: ['erin'] });
    expect(platform.state.users.get('erin')?.groups).not.toContain('platform-admins');

    // Back to the user from a member list of another group, then delete with confirmation.
    await page.getByTestId('group-details').getByRole('button', { name: 'Close details' }).click();
    await goToScreen(page, 'Users');
    await filterUsers(page, 'erin');
    await userRow(page, 'erin').click();
    await page.getByTestId('user-delete').click();
    const confirm = page.getByRole('dialog').filter({ hasText: 'Delete the user erin?' });
    await expect(confirm).toBeVisible();
    await confirm.getByRole('button', { name: 'Delete' }).click();
    await expect(userRow(page, 'erin')).toHaveCount(0);
    expect(platform.state.users.has('erin')).toBe(false);
    expect(platform.requests.some((r) => r.method === 'DELETE' && r.path === '/access/api/v2/users/erin')).toBe(true);
  });

  test('change password (typed twice), expire it, unlock a locked user', async ({ page, platform, services }) => {
    platform.state.lockedUsers.add('bob');
    await setUpInstance(page, services, adminBasic(platform));
    await openUsers(page);
    await filterUsers(page, 'bob');
    const row = userRow(page, 'bob');
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
    await setUpInstance(page, services, adminBasic(platform));
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
    await shot(page, 'users-create-409-light');
    expect(requestsTo(platform, 'POST', '/access/api/v2/users')).toHaveLength(1);

    // Copy as cURL: the same request, with variables where the secrets would be.
    await page.getByRole('dialog').getByTestId('curl-users.create').click();
    const curl = await page.getByTestId('curl-text').inputValue();
    expect(curl).toContain(`${platform.url}/access/api/v2/users`);
    expect(curl).toContain('$JFROG_PASSWORD');
    expect(curl).toContain('$JFROG_NEW_PASSWORD');
    expect(curl).not.toContain(platform.principals.admin.password);
    expect(curl).not.toContain('Another-Passw0rd');
  });

  test('an invalid username is refused by the screen: the field says why and nothing is sent', async ({ page, platform, services, bridgeLog }) => {
    await setUpInstance(page, services, adminBasic(platform));
    await openUsers(page);
    await page.getByTestId('user-create').click();
    const username = page.getByTestId('new-username');
    await username.fill('Bad Name');
    await page.getByTestId('new-email').fill('bad@example.com');
    await page.getByTestId('new-password').fill('Bad-Passw0rd');
    await page.getByTestId('create-user-submit').click();
    // The field itself carries the refusal (the bridge would refuse too, but only in a banner).
    await expect(username).toHaveAttribute('aria-invalid', 'true');
    await expect(username).toHaveAccessibleDescription(/Username may hold only lower-case letters/);
    await expect(page.getByRole('dialog').getByTestId('error-state')).toHaveCount(0);
    // Refused before the bridge: the page never sent users.create (counted as requests leave it).
    if (bridgeLog.attached) expect(bridgeLog.calls('users.create')).toBe(0);
    expect(requestsTo(platform, 'POST', '/access/api/v2/users')).toHaveLength(0);
    // Typed input stays for the user to correct.
    await expect(page.getByTestId('new-email')).toHaveValue('bad@example.com');
  });

  test('bulk expire over 50 users reports the two that failed, and why', async ({ page, platform, services }) => {
    for (let i = 0; i < 50; i++) {
      const name = `bulk-${String(i).padStart(2, '0')}`;
      platform.state.users.set(name, baseUser(name, { password: 'Bulk-Passw0rd' }));
    }
    await setUpInstance(page, services, adminBasic(platform));
    await openUsers(page);
    await filterUsers(page, 'bulk-');
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
    await shot(page, 'users-bulk-results');
  });

  test('a bulk run can be cancelled: what was not sent is listed as cancelled', async ({ page, platform, services }) => {
    for (let i = 0; i < 50; i++) platform.state.users.set(`slow-${i}`, baseUser(`slow-${i}`, { password: 'Slow-Passw0rd' }));
    await setUpInstance(page, services, adminBasic(platform));
    await openUsers(page);
    await filterUsers(page, 'slow-');
    await expect(page.getByTestId('users-count')).toHaveText(/^50 of /);
    await page.getByTestId('select-all-matching').click();
    await expect(page.getByTestId('selected-count')).toHaveText('50 selected');
    await page.getByRole('button', { name: 'Unlock' }).click();
    // The platform keeps every unlock waiting until the test lets them go.
    platform.faults.add({ path: '/artifactory/api/security/unlockUsers/', kind: 'hold' });
    await page.getByTestId('bulk-start').click();
    // Eight started at once (the runner's limit), none finished: the platform holds what
    // reached it (the browser host's page sends at most six at a time to one origin).
    await expect(page.getByTestId('bulk-progress')).toHaveAttribute('data-peak', '8');
    await expect.poll(() => platform.faults.held()).toBeGreaterThan(0);
    await expect(page.getByTestId('bulk-progress')).toHaveAttribute('data-done', '0');
    await expect(page.getByTestId('bulk-progress')).toContainText('8 in flight');
    await page.getByTestId('bulk-cancel').click();
    platform.faults.clear();
    platform.faults.release();
    // The eight started finish; the other 42 are never sent.
    await expect(page.getByTestId('bulk-summary')).toHaveText('8 succeeded, 0 failed, 42 cancelled (not sent)');
    await expect(page.getByTestId('bulk-result-cancelled')).toHaveCount(42);
    expect(platform.requests.filter((r) => r.path.startsWith('/artifactory/api/security/unlockUsers/slow-'))).toHaveLength(8);
  });

  test('deleting many users asks to type the count, then deletes them', async ({ page, platform, services }) => {
    for (const name of ['gone-1', 'gone-2', 'gone-3']) platform.state.users.set(name, baseUser(name, { password: 'Gone-Passw0rd' }));
    await setUpInstance(page, services, adminBasic(platform));
    await openUsers(page);
    await filterUsers(page, 'gone-');
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
    await setUpInstance(page, services, { ...adminBasic(platform), readOnly: true });
    platform.clearRequests();
    await openUsers(page);
    await expect(page.getByTestId('read-only-notice')).toBeVisible();
    await expect(page.getByTestId('user-create')).toBeDisabled();
    await filterUsers(page, 'alice');
    await userRow(page, 'alice').getByRole('checkbox').check();
    await expect(page.getByTestId('bulk-delete')).toBeDisabled();
    await userRow(page, 'alice').click();
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
    await setUpInstance(page, services, adminBasic(platform));
    await openUsers(page);
    await page.locator('[data-testid="user-row"][data-username="bob"]').click();
    await expect(page.getByTestId('user-field-admin')).toHaveText('yes, through a group');
    await expect(page.locator('[data-testid="user-row"][data-username="bob"]')).toContainText('yes');
    await page.getByTestId('user-edit').click();
    await expect(page.getByTestId('edit-admin-through-group')).toContainText('through a group');
    await expect(page.getByRole('dialog').getByRole('switch', { name: 'Administrator' })).not.toBeChecked();
  });

  test('a platform that repeats its cursor: loading stops with a clear error instead of looping', async ({ page, platform, services }) => {
    await setUpInstance(page, services, adminBasic(platform));
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
    await setUpInstance(page, services, { ...adminBasic(platform), username: reader.username, secret: reader.password });
    await goToScreen(page, 'Users');
    await expect(page.getByText('Needs admin permissions')).toBeVisible();
    await expect(page.getByTestId('users-table')).toHaveCount(0);
    await expect(page.getByTestId('user-create')).toHaveCount(0);
    await page.emulateMedia({ colorScheme: 'dark' });
    await shot(page, 'users-403-dark');
  });

  test('the first rows are usable while the rest stream in, with progress', async ({ page, extraPlatform, services }) => {
    const platform = await extraPlatform({ seed: { users: 30_000, groups: 20 } });
    await setUpInstance(page, services, adminBasic(platform, 'Slow'));
    // Each page of the list waits at the platform until the test lets it go.
    platform.faults.add({ method: 'GET', path: /^\/access\/api\/v2\/users$/, kind: 'hold' });
    await goToScreen(page, 'Users');
    await expect.poll(() => platform.faults.held()).toBe(1);
    platform.faults.release(1);
    // First page in, the second asked for and still on its way.
    await expect(page.getByTestId('users-count')).toHaveText(/^10,000 of 10,000 loaded so far/);
    await expect(page.getByTestId('users-loading')).toBeVisible();
    await expect.poll(() => platform.faults.held()).toBe(1);
    // Usable meanwhile: the rows open their details.
    const first = page.getByTestId('user-row').first();
    const username = await first.getAttribute('data-username');
    await first.click();
    await expect(page.getByTestId('user-details')).toHaveAttribute('data-username', username ?? '');
    await shot(page, 'users-streaming-light');
    await page.keyboard.press('Escape');

    platform.faults.clear();
    platform.faults.release();
    await expect(page.getByTestId('users-table')).toHaveAttribute('data-done', 'true');
    await expect(page.getByTestId('users-count')).toHaveText('30,000 of 30,000');
    await expect(page.getByTestId('users-loading')).toHaveCount(0);
  });

  test('100,000 users: streamed in, fewer than 200 row elements, found by filter', async ({ page, extraPlatform, services }) => {
    test.slow(); // 100,000 users through the whole stack
    const big = await extraPlatform({ seed: { users: 100_000, groups: 2_000 } });
    await setUpInstance(page, services, adminBasic(big, 'Big'));
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
    await shot(page, 'users-100k-light');

    const target = [...big.state.users.keys()][87_654];
    await filterUsers(page, target);
    await expect(userRow(page, target)).toBeVisible();
    await expect(page.getByTestId('users-count')).toHaveText(/ of 100,000$/);

    // Realm and status filters, then sort by username descending.
    await filterUsers(page, '');
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
    // Wait for the rows of the middle to replace the first ones, then count what is rendered.
    await expect(userRow(page, last)).toHaveCount(0);
    expect(await page.getByTestId('user-row').count()).toBeLessThan(200);
    await page.getByTestId('user-row').nth(3).click();
    await expect(page.getByTestId('user-field-email')).toContainText('@');
    await shot(page, 'users-details-light');
    await page.emulateMedia({ colorScheme: 'dark' });
    await shot(page, 'users-details-dark');
    await page.keyboard.press('Escape');
    await shot(page, 'users-100k-dark');
  });
});
