// SCIM screen against the fake platform: look up, deactivate through SCIM and see it in the
// users screen, the drift check over a group with a fix, "not found", bad input refused
// before sending, read-only and non-admin states.
import { expect, test } from './fixtures';
import type { Page } from '@playwright/test';
import { addInstance, adminBasic, goToScreen, type InstanceFields } from './support/instances';
import type { AppServices } from '../../electron/services/app-services-types';
import type { FakePlatform } from '../fake-platform/index';

async function saveInstance(page: Page, services: AppServices | null, fields: InstanceFields & { name: string; baseUrl: string }) {
  if (!services) return addInstance(page, fields);
  const saved = await services.dispatch('instances.save', fields);
  if (!saved.ok) throw new Error(saved.error.message);
  await page.reload();
}

const SCIM = '/access/api/v1/scim/v2';
const scimWrites = (platform: FakePlatform) => platform.requests.filter((r) => r.path.startsWith(SCIM) && r.method !== 'GET');

async function openScim(page: Page) {
  await goToScreen(page, 'SCIM');
  await expect(page.getByTestId('scim-screen')).toBeVisible();
}

async function lookUpUser(page: Page, name: string) {
  await page.getByTestId('scim-users-value').fill(name);
  await expect(page.getByTestId('scim-users-filter')).toHaveText(`filter=userName eq ${JSON.stringify(name)}`);
  await page.getByTestId('scim-users-search').click();
}

test.describe('scim', () => {
  test('look up → deactivate through SCIM → users screen shows it disabled → drift over a group → fix one → clean', async ({ page, platform, services }) => {
    await saveInstance(page, services, adminBasic(platform));
    await openScim(page);

    await lookUpUser(page, 'bob');
    const panel = page.locator('[data-testid="scim-user"][data-username="bob"]');
    await expect(panel).toBeVisible();
    await expect(panel.getByTestId('scim-user-active')).toHaveText('active');
    await expect(panel.getByTestId('scim-field-emails')).toContainText('bob@example.com (primary)');
    await panel.getByTestId('scim-raw-tab').click();
    await expect(panel.getByTestId('code-viewer')).toContainText('"userName": "bob"');

    await panel.getByTestId('scim-user-toggle').click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByTestId('scim-preview-line')).toHaveText(`PATCH ${SCIM}/Users/bob · Content-Type: application/scim+json`);
    await expect(dialog.getByTestId('code-viewer')).toContainText('"op": "Replace"');
    await expect(dialog.getByTestId('code-viewer')).toContainText('"value": false');
    await dialog.getByTestId('curl-scim.patchUser').click();
    await expect(page.getByTestId('curl-text')).toHaveValue(/Content-Type: application\/scim\+json/);
    await expect(page.getByTestId('curl-text')).toHaveValue(/\$JFROG_PASSWORD/);
    await page.getByRole('button', { name: 'Close' }).click();
    await dialog.getByTestId('scim-patch-save').click();
    await expect(panel.getByTestId('scim-user-active')).toHaveText('inactive');
    expect(platform.state.users.get('bob')?.status).toBe('disabled');
    const patch = scimWrites(platform).at(-1)!;
    expect(patch).toMatchObject({ method: 'PATCH', path: `${SCIM}/Users/bob` });
    expect(patch.headers['content-type']).toBe('application/scim+json');

    await goToScreen(page, 'Users');
    await page.getByTestId('users-filter').fill('bob');
    await expect(page.locator('[data-testid="user-row"][data-username="bob"]')).toContainText('disabled');

    await openScim(page);
    await page.getByTestId('scim-tab-drift').click();
    await page.getByTestId('drift-group').fill('developers');
    await page.getByTestId('drift-run').click();
    await expect(page.getByTestId('drift-summary')).toContainText('group developers (2 members)');
    const alice = page.locator('[data-testid="drift-row"][data-username="alice"]');
    await expect(alice).toHaveAttribute('data-state', 'drift');
    await expect(alice.locator('[data-testid="drift-difference"][data-field="email"]')).toContainText('alice@old-mail.example');
    const bob = page.locator('[data-testid="drift-row"][data-username="bob"]');
    await expect(bob.locator('[data-testid="drift-difference"][data-field="groups"]')).toContainText('not in developers');

    await alice.getByTestId('drift-fix').click();
    await expect(alice).toHaveAttribute('data-state', 'clean');
    await expect(alice.getByTestId('drift-state')).toHaveText('in step');
    expect(scimWrites(platform).at(-1)).toMatchObject({ method: 'PATCH', path: `${SCIM}/Users/alice` });
    await expect(bob).toHaveAttribute('data-state', 'drift');
  });

  test('a missing user shows "not found", never a user; bad input sends nothing', async ({ page, platform, services, bridgeLog }) => {
    await saveInstance(page, services, adminBasic(platform));
    await openScim(page);
    await lookUpUser(page, 'nobody');
    await expect(page.getByTestId('scim-not-found')).toContainText("nobody isn't found");
    await expect(page.getByTestId('scim-user')).toHaveCount(0);
    expect(platform.requests.some((r) => r.path === `${SCIM}/Users/nobody` && r.status === 200)).toBe(true);

    await page.getByTestId('scim-user-create').click();
    await page.getByTestId('scim-user-name').fill('new user');
    await page.getByTestId('scim-user-email').fill('not-an-email');
    await page.getByTestId('scim-user-save').click();
    await expect(page.getByTestId('scim-problem')).toContainText('User name may hold only letters');
    await page.getByTestId('scim-user-name').fill('New.User');
    await page.getByTestId('scim-user-save').click();
    await expect(page.getByTestId('scim-problem')).toContainText('E-mail is not valid');
    await bridgeLog.settle();
    expect(bridgeLog.entries.filter((e) => e.call === 'scim.createUser')).toHaveLength(0);
    expect(scimWrites(platform)).toHaveLength(0);

    await page.getByTestId('scim-user-email').fill('alice@example.com');
    await page.getByTestId('scim-user-name').fill('alice');
    await page.getByTestId('scim-user-save').click();
    await expect(page.getByRole('dialog').getByTestId('error-state')).toContainText('HTTP 409');
    await expect(page.getByRole('dialog').getByTestId('error-state')).toContainText('User alice already exists (scimType: uniqueness)');
    await expect(page.getByTestId('scim-user-name')).toHaveValue('alice');

    await page.getByTestId('scim-user-name').fill('New.User');
    await page.getByTestId('scim-user-email').fill('new.user@example.com');
    await page.getByTestId('scim-user-save').click();
    await expect(page.locator('[data-testid="scim-user"][data-username="new.user"]')).toBeVisible();
    expect(platform.state.users.get('new.user')).toMatchObject({ email: 'new.user@example.com', realm: 'scim' });

    await page.getByTestId('scim-user-delete').click();
    const confirm = page.getByRole('dialog');
    await expect(confirm).toContainText(`DELETE ${SCIM}/Users/new.user`);
    await confirm.getByRole('button', { name: 'Delete' }).click();
    await expect(page.locator('[data-testid="scim-user"][data-username="new.user"]')).toHaveCount(0);
    expect(platform.state.users.has('new.user')).toBe(false);
  });

  test('groups: look up, patch members with the preview, Access follows', async ({ page, platform, services }) => {
    await saveInstance(page, services, adminBasic(platform));
    await openScim(page);
    await page.getByTestId('scim-tab-groups').click();
    await page.getByTestId('scim-groups-value').fill('developers');
    await page.getByTestId('scim-groups-search').click();
    const panel = page.locator('[data-testid="scim-group"][data-group="developers"]');
    await expect(panel.getByTestId('scim-field-members')).toContainText('alice');
    await panel.getByTestId('scim-group-members-edit').click();
    await page.getByTestId('scim-members-add').fill('dave');
    await page.getByTestId('scim-members-remove').fill('alice');
    await expect(page.getByRole('dialog').getByTestId('code-viewer')).toContainText('members[value eq \\"alice\\"]');
    await page.getByTestId('scim-members-save').click();
    await expect(panel.getByTestId('scim-field-members')).toContainText('dave');
    await expect(panel.getByTestId('scim-field-members')).not.toContainText('alice');
    expect(platform.state.groups.get('developers')?.members.sort()).toEqual(['bob', 'dave']);
  });

  test('read-only refuses every change; a non-admin sees "needs admin"', async ({ page, platform, services, bridgeLog }) => {
    await saveInstance(page, services, { ...adminBasic(platform), readOnly: true });
    await openScim(page);
    await expect(page.getByTestId('read-only-notice')).toBeVisible();
    await lookUpUser(page, 'dave');
    const panel = page.locator('[data-testid="scim-user"][data-username="dave"]');
    await expect(panel).toBeVisible();
    for (const id of ['scim-user-toggle', 'scim-user-patch', 'scim-user-replace', 'scim-user-delete']) await expect(panel.getByTestId(id)).toBeDisabled();
    await expect(page.getByTestId('scim-user-create')).toBeDisabled();
    await expect(page.locator('[data-blocked-reason]').first()).toHaveAttribute('data-blocked-reason', /read-only/);
    await page.getByTestId('scim-tab-drift').click();
    await page.getByTestId('drift-kind-names').click();
    await page.getByTestId('drift-names').fill('dave');
    await page.getByTestId('drift-run').click();
    await expect(page.locator('[data-testid="drift-row"][data-username="dave"]').getByTestId('drift-fix')).toBeDisabled();
    expect(scimWrites(platform)).toHaveLength(0);
    await bridgeLog.settle();
    expect(bridgeLog.entries.filter((e) => /^scim\.(create|replace|patch|delete)/.test(e.call))).toHaveLength(0);

    const reader = platform.principals.reader;
    await saveInstance(page, services, { name: 'As reader', baseUrl: platform.url, authKind: 'basic-password', username: reader.username, secret: reader.password });
    await page.getByTestId('instance-switcher').click();
    await page.getByRole('menuitem').filter({ hasText: 'As reader' }).click();
    await expect(page.getByTestId('instance-switcher')).toContainText('As reader');
    await goToScreen(page, 'SCIM');
    await expect(page.getByTestId('needs-admin')).toContainText('refuses to answer SCIM (HTTP 403)');
    await expect(page.getByTestId('scim-screen')).toHaveCount(0);
  });
});
