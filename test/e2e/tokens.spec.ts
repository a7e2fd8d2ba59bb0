// Access tokens in Chromium against the fake platform: create with a group scope and a
// 7-day expiry, the one-time reveal (and the value nowhere afterwards), the list, the
// expiry view across two instances (one unreachable), revoke; the 500-character scope
// limit refused before sending; a read-only instance that cannot create or revoke.
import type { Page } from '@playwright/test';
import type { AppServices } from '../../electron/services/app-services-types';
import type { FakePlatform } from '../fake-platform/index';
import { expect, test } from './fixtures';
import { openTokens } from './support/tokens-screen';
import { addInstance, adminBasic, goToScreen, type InstanceFields } from './support/instances';

async function saveInstance(page: Page, services: AppServices | null, fields: InstanceFields & { name: string; baseUrl: string }) {
  if (!services) return addInstance(page, fields);
  const saved = await services.dispatch('instances.save', fields);
  if (!saved.ok) throw new Error(saved.error.message);
  await page.reload();
}

const posts = (platform: FakePlatform) => platform.requests.filter((r) => r.method === 'POST');

test.describe('access tokens', () => {
  test('create (group scope, 7 days) → one-time reveal → gone everywhere after → listed → expiry view across instances → revoke', async ({
    page,
    platform,
    services,
    bridgeLog,
  }) => {
    await saveInstance(page, services, adminBasic(platform));
    // A second saved instance that nothing answers on.
    await saveInstance(page, services, { name: 'Unreachable', baseUrl: 'http://127.0.0.1:9', authKind: 'token', secret: 'unreachable-token-value' });
    await openTokens(page);

    await page.getByTestId('tokens-create').click();
    await page.getByTestId('scope-user').click();
    await page.getByTestId('scope-groups').fill('developers');
    await page.getByRole('option', { name: 'developers', exact: true }).click();
    await expect(page.getByTestId('scope-preview')).toHaveText('applied-permissions/groups:developers');
    await page.getByRole('combobox', { name: 'Expires' }).click();
    await page.getByRole('option', { name: '7 days', exact: true }).click();
    await page.getByTestId('new-token-description').fill('e2e deploy');
    await page.getByTestId('create-token-submit').click();

    const reveal = page.getByTestId('token-reveal');
    await expect(reveal.getByTestId('reveal-warning')).toContainText('you will not see this again');
    const value = (await reveal.getByTestId('reveal-access').textContent()) ?? '';
    const stored = [...platform.state.tokens.values()].find((t) => t.description === 'e2e deploy');
    expect(stored?.value).toBe(value);
    expect(stored?.scope).toBe('applied-permissions/groups:developers');
    expect(stored!.expiry! - stored!.issued_at).toBe(7 * 86_400);
    const tokenId = stored!.token_id;
    await reveal.getByTestId('reveal-done').click();
    await expect(reveal).toBeHidden();

    // After closing: nowhere in the page, its storage, or any later bridge response.
    await bridgeLog.settle();
    const createAt = bridgeLog.entries.findIndex((e) => e.call === 'tokens.create');
    expect(createAt).toBeGreaterThanOrEqual(0);
    expect(bridgeLog.entries[createAt].body).toContain(value);
    await expect(page.getByTestId('tokens-table')).toHaveAttribute('data-loaded-count', String([...platform.state.tokens.values()].filter((t) => t.listed).length));
    expect(await page.content()).not.toContain(value);
    const storage = await page.evaluate(() => JSON.stringify({ local: { ...localStorage }, session: { ...sessionStorage } }));
    expect(storage).not.toContain(value);

    // The list shows it.
    await page.getByTestId('tokens-filter-description').fill('e2e*');
    await expect(page.getByTestId('tokens-count')).toHaveText(/^1 of /);
    await expect(page.locator(`[data-testid="token-row"][data-token-id="${tokenId}"]`)).toBeVisible();

    // The expiry view across instances lists it; the unreachable one fails alone.
    await goToScreen(page, 'Expiring soon');
    await expect(page.getByTestId('expiry-run')).toBeEnabled();
    await page.getByTestId('expiry-run').click();
    await expect(page.getByTestId('expiry-totals')).toContainText('across 2 instances');
    const acme = page.locator('[data-testid="expiry-instance"][data-instance="Acme"]');
    await expect(acme.locator(`[data-testid="expiry-token"][data-token-id="${tokenId}"]`)).toContainText('e2e deploy');
    await expect(page.locator('[data-testid="expiry-instance"][data-instance="Unreachable"]')).toHaveAttribute('data-status', 'failed');
    await expect(page.getByTestId('expiry-badge')).toBeVisible();

    // A row opens that instance's tokens screen filtered to the token; revoke it there.
    await acme.locator(`[data-testid="expiry-token"][data-token-id="${tokenId}"]`).click();
    await expect(page.getByTestId('tokens-filter-token')).toContainText(tokenId);
    await page.getByTestId('tokens-filter-description').fill('');
    await expect(page.getByTestId('tokens-count')).toHaveText(/^1 of /);
    await page.getByRole('button', { name: `Revoke token ${tokenId}` }).click();
    await expect(page.getByTestId('revoke-confirm')).toContainText('e2e deploy');
    await page.getByRole('dialog').getByRole('button', { name: 'Revoke', exact: true }).click();
    await expect(page.getByTestId('tokens-message')).toContainText('revoked (HTTP 200)');
    await expect(page.getByTestId('tokens-count')).toHaveText(/^0 of /);
    expect([...platform.state.tokens.values()].some((t) => t.token_id === tokenId)).toBe(false);
    expect(platform.requests.some((r) => r.method === 'DELETE' && r.path === `/access/api/v1/tokens/${tokenId}` && r.status === 200)).toBe(true);

    // Still nowhere, after every call since.
    await bridgeLog.settle();
    const later = bridgeLog.entries.slice(createAt + 1);
    expect(later.length).toBeGreaterThan(3);
    for (const entry of later) expect(entry.body, entry.call).not.toContain(value);
    expect(await page.content()).not.toContain(value);
  });

  test('a scope over 500 characters is refused before sending', async ({ page, platform, services, bridgeLog }) => {
    await saveInstance(page, services, adminBasic(platform));
    await openTokens(page);
    await page.getByTestId('tokens-create').click();
    const long = `applied-permissions/groups:${Array.from({ length: 60 }, (_, i) => `group-number-${i}`).join(',')}`;
    await page.getByTestId('scope-extra').fill(long);
    await expect(page.getByTestId('scope-length')).toContainText(`/ 500 characters`);
    await page.getByTestId('create-token-submit').click();
    await expect(page.getByTestId('scope-error')).toContainText('at most 500 characters');
    await bridgeLog.settle();
    expect(bridgeLog.entries.filter((e) => e.call === 'tokens.create')).toEqual([]);
    expect(posts(platform)).toEqual([]);
  });

  test('a read-only instance cannot create or revoke, and says why', async ({ page, platform, services, bridgeLog }) => {
    await saveInstance(page, services, { ...adminBasic(platform), readOnly: true });
    await openTokens(page);
    await expect(page.getByTestId('read-only-notice')).toBeVisible();
    await expect(page.getByTestId('tokens-create')).toBeDisabled();
    await expect(page.getByTestId('tokens-revoke-by-value')).toBeDisabled();
    await expect(page.getByTestId('tokens-refresh')).toBeDisabled();
    const revoke = page.getByRole('button', { name: /^Revoke token / }).first();
    await expect(revoke).toBeDisabled();
    await expect(revoke).toHaveAttribute('data-blocked-reason', /read-only/);
    await bridgeLog.settle();
    expect(bridgeLog.entries.filter((e) => e.call !== 'tokens.list' && e.call.startsWith('tokens.') && !e.call.startsWith('tokens.expiry'))).toEqual([]);
    expect(platform.requests.filter((r) => r.method !== 'GET')).toEqual([]);
  });
});
