// Users screen, what admins asked for: e-mail and admin columns read for the rows in view
// only, the "members of group" filter, CSV export of the filtered list, and the details
// actions (Unlock prominent only for a locked user, one line of buttons).
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { addInstance, adminBasic, goToScreen, type InstanceFields } from './support/instances';
import type { AppServices } from '../../electron/services/app-services-types';
import type { FakePlatform } from '../fake-platform/index';

/** Saves the instance through the services and reloads; on the electron target, through the form. */
async function setUp(page: Page, services: AppServices | null, fields: InstanceFields & { name: string; baseUrl: string }) {
  if (!services) return addInstance(page, fields);
  const saved = await services.dispatch('instances.save', fields);
  if (!saved.ok) throw new Error(saved.error.message);
  await page.reload();
}

async function openUsers(page: Page) {
  await goToScreen(page, 'Users');
  await expect(page.getByTestId('users-table')).toHaveAttribute('data-done', 'true');
}

const row = (page: Page, username: string) => page.locator(`[data-testid="user-row"][data-username="${username}"]`);
/** GET of one user: the details the e-mail and admin columns are read from. */
const detailReads = (platform: FakePlatform) =>
  platform.requests.filter((r) => r.method === 'GET' && /^\/access\/api\/v2\/users\/[^/]+$/.test(r.path)).map((r) => decodeURIComponent(r.path.split('/').pop() ?? ''));

test.describe('users: columns, group filter, export, actions', () => {
  // Several screens and a 2,000-user list per test: room for a loaded machine (no step waits on time).
  test.describe.configure({ timeout: 180_000 });

  test('e-mail and admin are read for the rows in view only, and the header says so', async ({ page, extraPlatform, services }) => {
    const platform = await extraPlatform({ seed: { users: 2_000, groups: 20 } });
    await setUp(page, services, adminBasic(platform, 'Many'));
    await openUsers(page);
    const first = page.getByTestId('user-row').first();
    const name = (await first.getAttribute('data-username')) ?? '';
    await expect(first.getByTestId('user-email')).toHaveText(platform.state.users.get(name)?.email ?? 'missing');
    await expect(first.getByTestId('user-admin')).toHaveText(platform.state.users.get(name)?.admin ? 'yes' : 'no');
    // The rows in view get their details; nothing near all 2,000 users was read (the row
    // elements include a few above and below the view, which are not read).
    const rendered = await page.getByTestId('user-row').count();
    await expect(page.getByTestId('user-row').nth(9).getByTestId('user-email')).toContainText('@');
    const afterTop = detailReads(platform);
    expect(afterTop.length).toBeLessThanOrEqual(rendered);
    expect(new Set(afterTop).size).toBe(afterTop.length);

    // Further down: the rows now in view are read, still a screenful.
    await page.getByTestId('users-scroll').evaluate((element) => element.scrollTo(0, element.scrollHeight / 2));
    const middle = page.getByTestId('user-row').nth(10);
    await expect(middle.getByTestId('user-email')).toContainText('@');
    const reads = detailReads(platform);
    expect(reads.length).toBeLessThan(3 * rendered);
    expect(new Set(reads).size).toBe(reads.length);

    // The header explains where the column comes from.
    await page.getByRole('columnheader', { name: 'E-mail' }).getByRole('button').hover();
    await expect(page.getByRole('tooltip')).toContainText('one user at a time for the rows in view');
  });

  test('a user whose details cannot be read shows why in its row', async ({ page, platform, services }) => {
    platform.faults.add({ method: 'GET', path: '/access/api/v2/users/bob', kind: 'status', status: 500 });
    await setUp(page, services, adminBasic(platform));
    await openUsers(page);
    await expect(row(page, 'alice').getByTestId('user-email')).toHaveText('alice@example.com');
    const bobEmail = row(page, 'bob').getByTestId('user-email');
    await expect(bobEmail).toHaveText('?');
    await expect(bobEmail).toHaveAttribute('title', /HTTP 500/);
  });

  test('"members of group" shows that group\'s members, with the other filters', async ({ page, platform, services }) => {
    await setUp(page, services, adminBasic(platform));
    await openUsers(page);
    await expect(page.getByTestId('users-count')).toHaveText('6 of 6');
    await page.getByTestId('users-group-filter').fill('developers');
    await page.getByRole('option', { name: 'developers', exact: true }).click();
    await expect(page.getByTestId('users-count')).toHaveText('2 of 6');
    await expect(page.getByTestId('user-row')).toHaveCount(2);
    await expect(row(page, 'alice')).toBeVisible();
    await expect(row(page, 'bob')).toBeVisible();
    await expect(page.getByTestId('users-group-note')).toHaveText('2 members in developers.');
    expect(platform.requests.some((r) => r.method === 'GET' && r.path === '/access/api/v2/groups/developers')).toBe(true);

    await page.getByTestId('users-filter').fill('bo');
    await expect(page.getByTestId('user-row')).toHaveCount(1);
    await expect(row(page, 'bob')).toBeVisible();

    // A member added elsewhere shows once the group is read again (a bulk "add to group").
    await page.getByTestId('users-filter').fill('');
    await page.getByTestId('users-group-filter').fill('platform-admins');
    await page.getByRole('option', { name: 'platform-admins', exact: true }).click();
    await expect(page.getByTestId('users-count')).toHaveText('1 of 6');
    await row(page, 'admin').getByRole('checkbox').check();
    await page.getByTestId('users-group-filter').fill('developers');
    await page.getByRole('option', { name: 'developers', exact: true }).click();
    await expect(page.getByTestId('users-count')).toHaveText('2 of 6');
    await page.getByRole('button', { name: 'Add to group' }).click();
    await page.getByTestId('bulk-group').fill('developers');
    await page.getByRole('option', { name: 'developers', exact: true }).click();
    await page.getByTestId('bulk-start').click();
    await expect(page.getByTestId('bulk-summary')).toHaveText('1 succeeded, 0 failed, 0 cancelled (not sent)');
    await page.getByTestId('bulk-close').click();
    await expect(page.getByTestId('users-count')).toHaveText('3 of 6');
    await expect(row(page, 'admin')).toBeVisible();

    // Cleared: everyone again.
    await page.getByTestId('users-group-filter').click();
    await page.getByTestId('users-group-filter').locator('..').getByRole('button', { name: 'Clear' }).click();
    await expect(page.getByTestId('users-count')).toHaveText('6 of 6');
  });

  test('CSV export holds the filtered users in the order shown, with the columns known', async ({ page, platform, services }, testInfo) => {
    test.skip(testInfo.project.name === 'electron', 'Electron asks where to save a download; the file is read from the browser host');
    platform.state.lockedUsers.add('bob');
    await setUp(page, services, adminBasic(platform));
    await openUsers(page);
    await page.getByTestId('users-filter').fill('a');
    await expect(page.getByTestId('users-table')).toHaveAttribute('data-filter', 'a');
    await page.getByRole('columnheader', { name: 'Username' }).getByRole('button').click();
    await page.getByRole('columnheader', { name: 'Username' }).getByRole('button').click();
    await expect(page.getByTestId('users-table')).toHaveAttribute('data-sort', 'username:descending');
    // The details of the rows shown are in before the export, so the file is known exactly.
    for (const name of ['reader', 'dave', 'carol.sso', 'alice', 'admin']) await expect(row(page, name).getByTestId('user-email')).toContainText('@');

    const download = page.waitForEvent('download');
    await page.getByTestId('users-export').click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^users-acme-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = readFileSync((await file.path()) ?? '', 'utf8');
    expect(csv).toBe(
      [
        'username,email,realm,status,admin',
        'reader,reader@lilypad.test,internal,enabled,false',
        'dave,dave@example.com,internal,disabled,false',
        'carol.sso,carol@example.com,saml,enabled,false',
        'alice,alice@example.com,internal,enabled,false',
        'admin,admin@lilypad.test,internal,enabled,true',
        '',
      ].join('\r\n'),
    );
    // bob is filtered out (no "a"), so the locked status does not show here; nothing was written anywhere.
    expect(platform.requests.filter((r) => r.method !== 'GET')).toEqual([]);
  });

  test('Unlock is the first, filled action only for a locked user; the actions stay on one line', async ({ page, platform, services }) => {
    platform.state.lockedUsers.add('bob');
    await setUp(page, services, adminBasic(platform));
    await openUsers(page);

    await row(page, 'bob').click();
    const actions = page.getByTestId('user-actions');
    const unlock = actions.getByTestId('user-unlock');
    await expect(unlock).toBeVisible();
    await expect(unlock).toHaveClass(/MuiButton-contained/);
    await expect(actions.getByRole('button').first()).toHaveText('Unlock');
    await expectOneLine(actions);
    await page.getByRole('button', { name: 'Close details' }).click();

    await row(page, 'alice').click();
    await expect(page.getByTestId('user-details')).toHaveAttribute('data-username', 'alice');
    await expect(actions.getByRole('button', { name: 'Edit' })).toBeVisible();
    await expect(actions.getByRole('button', { name: 'Unlock' })).toHaveCount(0);
    await expectOneLine(actions);
    // Still reachable for a user the locked list may not know about yet.
    await actions.getByRole('button', { name: 'More actions' }).click();
    await page.getByRole('menuitem', { name: 'Unlock' }).click();
    await page.getByRole('dialog').filter({ hasText: 'Unlock alice' }).getByRole('button', { name: 'Unlock' }).click();
    await expect.poll(() => platform.requests.some((r) => r.method === 'POST' && r.path === '/artifactory/api/security/unlockUsers/alice')).toBe(true);
  });
});

/** Every button of the row is centred on the same line: nothing wrapped to a second one. */
async function expectOneLine(actions: ReturnType<Page['getByTestId']>) {
  const centres = await actions.getByRole('button').evaluateAll((buttons) => buttons.map((button) => button.getBoundingClientRect()).map((box) => box.top + box.height / 2));
  expect(centres.length).toBeGreaterThanOrEqual(4);
  expect(Math.max(...centres) - Math.min(...centres)).toBeLessThan(4);
}
