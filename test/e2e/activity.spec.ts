// Every change recorded: the activity screen lists a create, a failed delete with its
// status and message, and a bulk run with its per-item results; it filters, links an
// entry to the object it changed, and exports CSV and JSON. The file never holds a secret.
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { adminBasic, goToScreen } from './support/instances';
import { openUser, openUsers, saveInstance } from './support/trust';

const NEW_PASSWORD = 'Erin-Passw0rd!-kept-secret';

test.describe('activity log', () => {
  test('lists a create, a failed delete and a bulk run with its items; filters; links; exports', async ({ page, platform, services, dataDir }) => {
    test.setTimeout(180_000); // one long path through three screens on a busy machine
    await saveInstance(page, services, { ...adminBasic(platform, 'Acme'), environment: 'DEV' });
    await openUsers(page);

    // A create through the form.
    await page.getByTestId('user-create').click();
    await page.getByTestId('new-username').fill('erin');
    await page.getByTestId('new-email').fill('erin@example.com');
    await page.getByTestId('new-password').fill(NEW_PASSWORD);
    await page.getByTestId('create-user-submit').click();
    await expect(page.getByTestId('auto-joined')).toBeVisible();
    await page.getByRole('button', { name: 'Close' }).click();

    // A delete that fails: someone else removed dave while his panel was open.
    await openUser(page, 'dave');
    platform.state.users.delete('dave');
    await page.getByTestId('user-delete').click();
    const confirm = page.getByRole('dialog').filter({ hasText: 'Delete the user dave?' });
    await confirm.getByTestId('confirm-submit').click();
    await expect(confirm.getByTestId('error-state')).toContainText('404');
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('button', { name: 'Close details' }).click();

    // A bulk run: add three users to a group; bob vanishes first, so his item fails.
    await page.getByTestId('users-filter').fill('');
    for (const name of ['alice', 'bob', 'erin']) await page.locator(`[data-testid="user-row"][data-username="${name}"]`).getByRole('checkbox').check();
    await page.getByRole('button', { name: 'Add to group' }).click();
    await page.getByRole('combobox', { name: 'Group' }).fill('platform-admins');
    await page.getByRole('option', { name: 'platform-admins', exact: true }).click();
    platform.state.users.delete('bob');
    await page.getByTestId('bulk-start').click();
    await expect(page.getByTestId('bulk-summary')).toHaveText('2 succeeded, 1 failed, 0 cancelled (not sent)');
    await page.getByTestId('bulk-close').click();

    await goToScreen(page, 'Activity');
    const created = page.locator('[data-testid="activity-row"][data-call="users.create"][data-target="erin"]');
    await expect(created).toHaveAttribute('data-ok', 'true');
    await expect(created).toContainText('Acme');
    const failed = page.locator('[data-testid="activity-row"][data-call="users.delete"][data-target="dave"]');
    await expect(failed).toHaveAttribute('data-ok', 'false');
    await expect(failed.getByTestId('activity-result')).toContainText('404 · ');
    await expect(failed.getByTestId('activity-result')).toContainText('dave');

    // The bulk run is one row; opened, it lists each user with its result.
    const batch = page.getByTestId('activity-batch');
    await expect(batch).toHaveCount(1);
    await expect(batch).toContainText('Add to group platform-admins');
    await expect(batch.getByTestId('activity-batch-summary')).toHaveText('2 ok, 1 failed');
    await batch.getByTestId('activity-batch-toggle').click();
    const items = page.getByTestId('activity-batch-item');
    await expect(items).toHaveCount(3);
    await expect(page.locator('[data-testid="activity-batch-item"][data-target="bob"]')).toHaveAttribute('data-ok', 'false');
    await expect(page.locator('[data-testid="activity-batch-item"][data-target="bob"]')).toContainText('404');
    await expect(page.locator('[data-testid="activity-batch-item"][data-target="alice"]')).toHaveAttribute('data-ok', 'true');
    // Four rows: the instance save, the create, the failed delete and the bulk run.
    await expect(page.getByTestId('activity-count')).toHaveText('4 of 4');
    await expect(page.locator('[data-testid="activity-table"] tbody > tr').first()).toHaveAttribute('data-testid', 'activity-batch');
    await page.screenshot({ path: 'test-results/shots/activity-light.png', fullPage: true });
    await page.getByTestId('theme-toggle').click();
    await page.screenshot({ path: 'test-results/shots/activity-dark.png', fullPage: true });
    await page.getByTestId('theme-toggle').click();

    // Filters: failures only keeps the delete and the run with a failed item; a search finds the create.
    await page.getByRole('combobox', { name: 'Result' }).click();
    await page.getByRole('option', { name: 'Failed' }).click();
    await expect(page.getByTestId('activity-count')).toHaveText('2 of 2');
    await expect(page.locator('[data-testid="activity-row"][data-call="users.create"]')).toHaveCount(0);
    await page.getByRole('combobox', { name: 'Result' }).click();
    await page.getByRole('option', { name: 'Any result' }).click();
    await page.getByRole('combobox', { name: 'Action' }).click();
    await page.getByRole('option', { name: 'users.create', exact: true }).click();
    await expect(page.getByTestId('activity-count')).toHaveText('1 of 1');
    await page.getByRole('combobox', { name: 'Action' }).click();
    await page.getByRole('option', { name: 'Every action' }).click();
    await page.getByTestId('activity-search').fill('dav');
    await expect(page.getByTestId('activity-count')).toHaveText('1 of 1');
    await page.getByTestId('activity-search').fill('');
    await expect(page.getByTestId('activity-count')).toHaveText('4 of 4');

    // Exports: CSV with one row per call, JSON as stored.
    const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.getByTestId('activity-export-csv').click()]);
    expect(csvDownload.suggestedFilename()).toMatch(/^lilypad-activity-.*\.csv$/);
    const csv = await readFile(await csvDownload.path(), 'utf8');
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe('time,instance_id,instance,environment,call,target,result,status,message,batch_id,batch_label,duration_ms');
    expect(lines).toHaveLength(1 + 6); // instance save, create, failed delete, three bulk items
    expect(lines.find((line) => line.includes(',users.delete,dave,'))).toMatch(/,Acme,DEV,users\.delete,dave,failed,404,/);
    const bulkLines = lines.filter((line) => line.includes('Add to group platform-admins'));
    expect(bulkLines).toHaveLength(3);
    expect(new Set(bulkLines.map((line) => line.split(',')[9])).size).toBe(1);
    expect(bulkLines.filter((line) => line.includes(',failed,404,'))).toHaveLength(1);
    await expect(page.getByTestId('activity-message')).toContainText('Exported 6 entries');

    const [jsonDownload] = await Promise.all([page.waitForEvent('download'), page.getByTestId('activity-export-json').click()]);
    const json = JSON.parse(await readFile(await jsonDownload.path(), 'utf8')) as {
      format: string;
      entries: { call: string; target?: string; ok: boolean; status?: number; batch?: { id: string } }[];
    };
    expect(json.format).toBe('lilypad-activity');
    const triple = (entry: (typeof json.entries)[number]) => [entry.call, entry.target, entry.ok];
    expect(json.entries.slice(0, 3).map(triple)).toEqual([
      ['instances.save', 'Acme', true],
      ['users.create', 'erin', true],
      ['users.delete', 'dave', false],
    ]);
    const bulk = json.entries.slice(3);
    expect(bulk.map(triple).sort()).toEqual([
      ['users.updateGroups', 'alice', true],
      ['users.updateGroups', 'bob', false],
      ['users.updateGroups', 'erin', true],
    ]);
    expect(bulk[0].batch?.id).toBeTruthy();
    expect(new Set(bulk.map((entry) => entry.batch?.id)).size).toBe(1);
    expect(json.entries.find((entry) => entry.call === 'users.delete')?.status).toBe(404);

    // An entry links to what it changed: erin's panel on the Users screen.
    await page.locator('[data-testid="activity-row"][data-call="users.create"]').getByTestId('activity-target-link').click();
    await expect(page.getByTestId('user-details')).toHaveAttribute('data-username', 'erin');
    await expect(page.getByTestId('user-field-email')).toHaveText('erin@example.com');

    // The log on disk: JSON lines in the data folder, without the password typed for erin.
    if (services) {
      expect(await readdir(dataDir)).toContain('activity-log.jsonl');
      const stored = await readFile(join(dataDir, 'activity-log.jsonl'), 'utf8');
      expect(stored.trim().split('\n')).toHaveLength(6);
      expect(stored).not.toContain(NEW_PASSWORD);
      expect(stored).not.toContain(platform.principals.admin.password);
    }
  });
});
