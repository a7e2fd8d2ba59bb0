// Groups screen against the fake platform: forms, members, paste checks, read-only.
import { expect, test } from './fixtures';
import { openGroups, groupRow, memberRow } from './support/groups-screen';
import { adminBasic, goToScreen, setUpInstance } from './support/instances';
import { lastBody, mutating } from './support/platform';
import { shot } from './support/screenshots';

test.describe('groups', () => {
  test('create (auto join and admin exclude each other) → edit → members by picker and by paste → open a member → delete', async ({ page, platform, services }) => {
    await setUpInstance(page, services, adminBasic(platform));
    await openGroups(page);
    await expect(page.getByTestId('groups-count')).toHaveText(`3 of 3`);

    await page.getByTestId('group-create').click();
    const form = page.getByRole('dialog');
    await page.getByTestId('group-name').fill('qa-team');
    await page.getByTestId('group-description').fill('Testers');
    await form.getByRole('switch', { name: /auto join/ }).check();
    await expect(form.getByRole('switch', { name: 'Admin privileges' })).toBeDisabled();
    await expect(page.getByTestId('group-exclusive-hint')).toContainText('cannot both');
    await form.getByRole('switch', { name: /auto join/ }).uncheck();
    await page.getByTestId('group-save').click();
    await expect(page.getByTestId('group-details')).toHaveAttribute('data-group', 'qa-team');
    expect(platform.state.groups.get('qa-team')?.description).toBe('Testers');
    expect(lastBody(platform, 'POST', '/access/api/v2/groups')).toMatchObject({ name: 'qa-team', description: 'Testers', auto_join: false, admin_privileges: false });

    await page.getByTestId('group-edit').click();
    await page.getByTestId('group-description').fill('Quality assurance');
    await page.getByTestId('group-save').click();
    await expect(page.getByTestId('group-details').locator('..')).toContainText('Quality assurance');
    expect(lastBody(platform, 'PATCH', '/access/api/v2/groups/qa-team')).toEqual({ description: 'Quality assurance' });

    await page.getByTestId('member-picker').fill('ali');
    await page.getByRole('option', { name: 'alice', exact: true }).click();
    await page.getByTestId('members-save').click();
    await expect(memberRow(page, 'alice')).toBeVisible();
    expect(lastBody(platform, 'PATCH', '/access/api/v2/groups/qa-team/members')).toEqual({ add: ['alice'], remove: [] });

    const changesBefore = mutating(platform).length;
    await page.getByTestId('paste-members').fill('bob\nnobody, alice\nghost');
    await page.getByTestId('paste-check').click();
    await expect(page.getByTestId('paste-unknown')).toContainText('nobody, ghost');
    await expect(page.getByTestId('paste-report')).toContainText('Already members (not sent): alice');
    // Checking only reads: nothing changed on the platform until "add".
    expect(mutating(platform)).toHaveLength(changesBefore);
    expect(platform.state.groups.get('qa-team')?.members).toEqual(['alice']);
    await page.getByTestId('paste-add').click();
    await expect(memberRow(page, 'bob')).toBeVisible();
    expect(lastBody(platform, 'PATCH', '/access/api/v2/groups/qa-team/members')).toEqual({ add: ['bob'], remove: [] });
    expect(platform.state.groups.get('qa-team')?.members.sort()).toEqual(['alice', 'bob']);
    await shot(page, 'group-details-light');

    await memberRow(page, 'bob').getByRole('button', { name: 'bob', exact: true }).click();
    await expect(page.getByTestId('user-details')).toHaveAttribute('data-username', 'bob');
    await expect(page.getByTestId('user-group-chip').filter({ hasText: 'qa-team' })).toBeVisible();

    await page.getByTestId('user-group-chip').filter({ hasText: 'qa-team' }).click();
    await page.getByTestId('group-delete').click();
    const confirm = page.getByRole('dialog').filter({ hasText: 'Delete the group qa-team?' });
    await confirm.getByRole('button', { name: 'Delete' }).click();
    await expect(page.getByTestId('group-details')).toHaveCount(0);
    await expect(page.getByTestId('groups-count')).toHaveText('3 of 3');
    expect(platform.state.groups.has('qa-team')).toBe(false);
  });

  test('a duplicate group name shows the 409 and keeps the form', async ({ page, platform, services }) => {
    await setUpInstance(page, services, adminBasic(platform));
    await openGroups(page);
    await page.getByTestId('group-create').click();
    await page.getByTestId('group-name').fill('developers');
    await page.getByTestId('group-description').fill('again');
    await page.getByTestId('group-save').click();
    await expect(page.getByRole('dialog').getByTestId('error-state')).toContainText('HTTP 409');
    await expect(page.getByTestId('group-name')).toHaveValue('developers');
    await expect(page.getByTestId('group-description')).toHaveValue('again');
  });

  test('a read-only instance cannot change groups', async ({ page, platform, services }) => {
    await setUpInstance(page, services, { ...adminBasic(platform), readOnly: true });
    platform.clearRequests();
    await openGroups(page);
    await expect(page.getByTestId('group-create')).toBeDisabled();
    await shot(page, 'groups-list-light');
    await page.emulateMedia({ colorScheme: 'dark' });
    await shot(page, 'groups-list-dark');
    await groupRow(page, 'developers').click();
    await expect(memberRow(page, 'alice')).toBeVisible();
    await expect(page.getByTestId('group-edit')).toBeDisabled();
    await expect(page.getByTestId('group-delete')).toBeDisabled();
    await expect(page.getByRole('button', { name: 'Remove alice' })).toBeDisabled();
    await expect(page.getByTestId('members-save')).toBeDisabled();
    expect(mutating(platform)).toEqual([]);
  });

  test('a non-admin credential gets a clear "needs admin permissions" state', async ({ page, platform, services }) => {
    const { reader } = platform.principals;
    await setUpInstance(page, services, { ...adminBasic(platform), username: reader.username, secret: reader.password });
    await goToScreen(page, 'Groups');
    await expect(page.getByText('Needs admin permissions')).toBeVisible();
    await expect(page.getByTestId('groups-table')).toHaveCount(0);
  });

  test('an empty page that still has a cursor: a clear error, not an endless walk', async ({ page, platform, services }) => {
    await setUpInstance(page, services, adminBasic(platform));
    platform.faults.add({ method: 'GET', path: /^\/access\/api\/v2\/groups$/, kind: 'answer', body: { groups: [], cursor: 'more-to-come' } });
    await goToScreen(page, 'Groups');
    await expect(page.getByTestId('error-state')).toContainText('an empty page of groups that still has a cursor');
    expect(platform.requests.filter((r) => r.method === 'GET' && r.path === '/access/api/v2/groups')).toHaveLength(1);
  });
});
