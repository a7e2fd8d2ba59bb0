// The token actions the first tokens spec does not walk: refresh a pair (the old one stops
// working, the new one is shown once), revoke one by its value, and revoke several at once
// with a result per token. Each checks the request the platform received and its state.
import type { FakePlatform } from '../fake-platform/index';
import { expect, test } from './fixtures';
import { openTokens } from './support/tokens-screen';
import { adminBasic } from './support/instances';
import { saveInstance } from './support/trust';

const TOKENS = '/access/api/v1/tokens';

const byDescription = (platform: FakePlatform, description: string) => [...platform.state.tokens.values()].filter((t) => t.listed && t.description === description);

test.describe('access token actions', () => {
  test.describe.configure({ timeout: 150_000 });

  test('refresh a refreshable token, then revoke the new one by its value', async ({ page, platform, services }) => {
    await saveInstance(page, services, adminBasic(platform));
    await openTokens(page);

    // A refreshable token of the instance's own user (only that user may refresh it).
    await page.getByTestId('tokens-create').click();
    await page.getByTestId('new-token-description').fill('e2e refreshable');
    await page.getByTestId('token-refreshable').click();
    await page.getByTestId('create-token-submit').click();
    const reveal = page.getByTestId('token-reveal');
    const refreshValue = (await reveal.getByTestId('reveal-refresh').textContent()) ?? '';
    expect(refreshValue).not.toBe('');
    const [first] = byDescription(platform, 'e2e refreshable');
    expect(first.refreshable).toBe(true);
    await reveal.getByTestId('reveal-done').click();
    await expect(reveal).toBeHidden();

    const from = platform.requests.length;
    await page.getByTestId('tokens-refresh').click();
    await page.getByTestId('refresh-value').fill(refreshValue);
    await page.getByTestId('refresh-submit').click();
    await expect(reveal).toBeVisible();
    const newAccess = (await reveal.getByTestId('reveal-access').textContent()) ?? '';
    await expect(reveal.getByTestId('reveal-refresh')).not.toHaveText(refreshValue);
    await reveal.getByTestId('reveal-done').click();

    // One POST with the refresh grant; the old pair is gone, the new one has the description.
    const posted = platform.requests.slice(from).filter((r) => r.method === 'POST' && r.path === TOKENS);
    expect(posted).toHaveLength(1);
    expect(JSON.parse(posted[0].bodyText)).toMatchObject({ grant_type: 'refresh_token', refresh_token: refreshValue });
    expect(posted[0].status).toBe(200);
    const after = byDescription(platform, 'e2e refreshable');
    expect(after.map((t) => t.value)).toEqual([newAccess]);
    expect(after[0].token_id).not.toBe(first.token_id);

    // Revoke the new one by its value: one POST to Artifactory's revoke call, the token is gone.
    const revokeFrom = platform.requests.length;
    await page.getByTestId('tokens-revoke-by-value').click();
    await page.getByTestId('revoke-value').fill(newAccess);
    await page.getByTestId('revoke-value-submit').click();
    await expect(page.getByTestId('tokens-message')).toContainText('revoked (HTTP 200)');
    expect(
      platform.requests
        .slice(revokeFrom)
        .filter((r) => r.method === 'POST')
        .map((r) => `${r.path} ${r.status}`),
    ).toEqual(['/artifactory/api/security/token/revoke 200']);
    expect(byDescription(platform, 'e2e refreshable')).toEqual([]);
    expect(await page.content()).not.toContain(newAccess);
  });

  test('revoke several tokens at once: one DELETE each, a result per token, gone from the list', async ({ page, platform, services }) => {
    await saveInstance(page, services, adminBasic(platform));
    await openTokens(page);
    const targets = [...byDescription(platform, 'laptop'), ...byDescription(platform, 'reader laptop')];
    expect(targets).toHaveLength(2);
    const total = [...platform.state.tokens.values()].filter((t) => t.listed).length;
    await expect(page.getByTestId('tokens-count')).toHaveText(`${total} of ${total}`);

    for (const token of targets) await page.getByRole('checkbox', { name: `Select token ${token.token_id}` }).check();
    await expect(page.getByTestId('tokens-selected')).toHaveText('2 selected');
    const from = platform.requests.length;
    await page.getByTestId('tokens-bulk-revoke').click();
    await expect(page.getByTestId('bulk-revoke-confirm')).toContainText(targets[0].token_id);
    await page.getByRole('dialog').getByRole('button', { name: 'Revoke all' }).click();
    await expect(page.getByTestId('bulk-summary')).toContainText('2 succeeded, 0 failed');
    await page.getByRole('button', { name: 'Show all 2 tokens' }).click();
    await expect(page.getByTestId('bulk-result-ok')).toHaveCount(2);
    await page.getByTestId('bulk-close').click();

    const deletes = platform.requests
      .slice(from)
      .filter((r) => r.method === 'DELETE')
      .map((r) => `${r.path} ${r.status}`)
      .sort();
    expect(deletes).toEqual(targets.map((t) => `${TOKENS}/${t.token_id} 200`).sort());
    for (const token of targets) expect([...platform.state.tokens.values()].some((t) => t.token_id === token.token_id)).toBe(false);
    await expect(page.getByTestId('tokens-count')).toHaveText(`${total - 2} of ${total - 2}`);
  });
});
