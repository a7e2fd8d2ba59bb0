// After a delete, the console never fetches the deleted object again: not the user whose
// panel closed, not the group, not the users of a bulk delete, not a removed instance.
// Each check waits for a request the same change does cause (the marker) before looking.
import { expect, test } from './fixtures';
import { adminBasic, goToScreen } from './support/instances';
import { openUser, openUsers, requestLines, saveInstance } from './support/trust';
import { baseUser } from '../fake-platform/support/principals';

const LOCKED = 'GET /artifactory/api/security/lockedUsers';

test.describe('deleted objects are not fetched again', () => {
  // Several screens per test on a machine whose cores are busy.
  test.describe.configure({ timeout: 150_000 });
  test('a user deleted from its panel, then users deleted in bulk', async ({ page, platform, services }) => {
    for (const name of ['gone-1', 'gone-2']) platform.state.users.set(name, baseUser(name, { password: 'Gone-Passw0rd', email: `${name}@example.com` }));
    await saveInstance(page, services, adminBasic(platform));
    await openUsers(page);
    await openUser(page, 'bob');
    const from = platform.requests.length;
    await page.getByTestId('user-delete').click();
    await page.getByRole('dialog').filter({ hasText: 'Delete the user bob?' }).getByTestId('confirm-submit').click();
    await expect(page.getByTestId('user-details')).toHaveCount(0);
    // The locked list is refetched after the delete: by then a refetch of bob would have gone out too.
    await expect.poll(() => requestLines(platform, from).indexOf(LOCKED)).toBeGreaterThan(requestLines(platform, from).indexOf('DELETE /access/api/v2/users/bob'));
    // Opening another user afterwards does not bring bob back either.
    await openUser(page, 'alice');
    await page.getByRole('button', { name: 'Close details' }).click();
    expect(requestLines(platform, from).filter((line) => line === 'GET /access/api/v2/users/bob')).toEqual([]);

    const bulkFrom = platform.requests.length;
    await page.getByTestId('users-filter').fill('gone-');
    // The rows in view read their details first; wait until both answers are shown, so no read
    // still on its way can reach the platform after the run's DELETE.
    await expect(page.getByTestId('user-email')).toHaveText(['gone-1@example.com', 'gone-2@example.com']);
    await page.getByTestId('select-all-matching').click();
    await page.getByTestId('bulk-delete').click();
    await page.getByTestId('bulk-confirm-count').fill('2');
    await page.getByTestId('bulk-start').click();
    await expect(page.getByTestId('bulk-summary')).toHaveText('2 succeeded, 0 failed, 0 cancelled (not sent)');
    await page.getByTestId('bulk-close').click();
    await expect.poll(() => requestLines(platform, bulkFrom).includes(LOCKED)).toBe(true);
    // After each user's DELETE, nothing reads that user again.
    const lines = requestLines(platform, bulkFrom);
    for (const name of ['gone-1', 'gone-2']) {
      const deleted = lines.indexOf(`DELETE /access/api/v2/users/${name}`);
      expect(deleted, name).toBeGreaterThanOrEqual(0);
      expect(lines.slice(deleted).filter((line) => line === `GET /access/api/v2/users/${name}`)).toEqual([]);
    }
  });

  test('a deleted group', async ({ page, platform, services }) => {
    await saveInstance(page, services, adminBasic(platform));
    await goToScreen(page, 'Groups');
    await page.getByTestId('groups-filter').fill('developers');
    await page.getByText('developers', { exact: true }).first().click();
    await expect(page.getByTestId('group-details')).toHaveAttribute('data-group', 'developers');
    const from = platform.requests.length;
    await page.getByTestId('group-delete').click();
    await page.getByRole('dialog').filter({ hasText: 'Delete the group developers?' }).getByTestId('confirm-submit').click();
    await expect(page.getByTestId('group-details')).toHaveCount(0);
    // The group list is refetched after the delete (the marker).
    await expect
      .poll(() => requestLines(platform, from).lastIndexOf('GET /access/api/v2/groups'))
      .toBeGreaterThan(requestLines(platform, from).indexOf('DELETE /access/api/v2/groups/developers'));
    await expect(page.getByTestId('groups-count')).toHaveText('0 of 2');
    expect(requestLines(platform, from).filter((line) => line === 'GET /access/api/v2/groups/developers')).toEqual([]);
  });

  test('a removed instance: none of its queries runs again', async ({ page, platform, extraPlatform, services }) => {
    const other = await extraPlatform();
    await saveInstance(page, services, adminBasic(platform, 'Old'));
    await openUsers(page);
    await openUser(page, 'alice');
    await page.getByRole('button', { name: 'Close details' }).click();
    await goToScreen(page, 'Instances');
    const from = platform.requests.length;
    await page.getByRole('button', { name: 'Remove Old' }).click();
    await page.getByRole('dialog').getByTestId('confirm-submit').click();
    await expect(page.getByTestId('instance-card')).toHaveCount(0);
    // A new instance to work on; its screens load (the marker), the old platform hears nothing.
    await saveInstance(page, services, adminBasic(other, 'New'));
    await openUsers(page);
    await goToScreen(page, 'Overview');
    await expect.poll(() => other.requests.some((r) => r.path === '/router/api/v1/system/health')).toBe(true);
    expect(requestLines(platform, from)).toEqual([]);
  });
});
