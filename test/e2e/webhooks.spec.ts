// Webhooks screen against the fake Event service: a docker webhook with two repositories,
// an exclude pattern and a signed secret → tested against a local receiver that checks the
// event and its signature → disabled → its event types edited → exported and imported
// into a second instance → deleted; the secret never appears in the page or a bridge
// answer. A broken criteria rule is refused before sending; a read-only instance cannot mutate.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { addInstance, adminBasic, goToScreen, switchInstance, type InstanceFields } from './support/instances';
import type { AppServices } from '../../electron/services/app-services-types';
import { seedWebhooks, webhooksState } from '../fake-platform/areas/webhooks';
import { signatureMatches, startWebhookReceiver } from '../support/webhook-receiver';

const SECRET = 'e2e-Signing-Secret-93b1';

async function saveInstance(page: Page, services: AppServices | null, fields: InstanceFields & { name: string; baseUrl: string }) {
  if (!services) return addInstance(page, fields);
  const saved = await services.dispatch('instances.save', fields);
  if (!saved.ok) throw new Error(saved.error.message);
  await page.reload();
}

async function openWebhooks(page: Page) {
  await goToScreen(page, 'Webhooks');
  await expect(page.getByTestId('wh-table')).toBeVisible();
}

const row = (page: Page, key: string) => page.locator(`[data-testid="wh-row"][data-key="${key}"]`);

test.describe('webhooks', () => {
  test('docker webhook: refused rule → create → test delivers signed → disable → edit events → export, import → delete; the secret never shows', async ({
    page,
    platform,
    services,
    extraPlatform,
    bridgeLog,
  }) => {
    const receiver = await startWebhookReceiver();
    try {
      const second = await extraPlatform();
      await saveInstance(page, services, adminBasic(platform, 'Acme'));
      await saveInstance(page, services, adminBasic(second, 'Staging'));
      await switchInstance(page, 'Acme');
      await openWebhooks(page);
      await expect(page.getByTestId('wh-count')).toHaveText('1 of 1');

      // Create: domain first, then its events and criteria.
      await page.getByTestId('wh-create').click();
      const form = page.getByRole('dialog', { name: 'New webhook' });
      await page.getByTestId('wh-key').fill('docker-ci');
      await page.getByTestId('wh-domain').click();
      await page.getByRole('option', { name: 'Docker', exact: true }).click();
      await form.getByRole('checkbox', { name: 'pushed' }).check();
      await page.getByTestId('wh-exclude').fill('tmp/**');
      await page.getByTestId('wh-exclude').press('Enter');
      await page.getByTestId('wh-url-0').fill(`${receiver.url}/docker`);
      await page.getByTestId('wh-secret-0').fill(SECRET);
      await form.getByRole('radio', { name: /Sign the payload/ }).check();
      // Copy as cURL: the typed secret is a placeholder.
      await form.getByRole('button', { name: 'Copy as cURL' }).click();
      const curl = page.getByRole('dialog').filter({ hasText: 'cURL command' });
      await expect(curl.getByRole('textbox')).toHaveValue(/\$JFROG_WEBHOOK_SECRET/);
      expect(await curl.getByRole('textbox').inputValue()).not.toContain(SECRET);
      await curl.getByRole('button', { name: 'Close' }).click();

      // No repository and no "any": refused next to the field, nothing sent.
      await page.getByTestId('wh-save').click();
      await expect(form.getByText(/Pick at least one repository/)).toBeVisible();
      await expect(page.getByTestId('wh-problems')).toContainText('nothing was sent');
      await bridgeLog.settle();
      expect(bridgeLog.entries.filter((e) => e.call === 'webhooks.create')).toHaveLength(0);
      expect(platform.requests.filter((r) => r.method === 'POST')).toHaveLength(0);

      for (const repo of ['docker-local', 'generic-local']) {
        await page.getByTestId('wh-repos').fill(repo.slice(0, 4));
        await page.getByRole('option', { name: repo, exact: true }).click();
      }
      await expect(form.getByText(/Pick at least one repository/)).toBeHidden();
      await page.getByTestId('wh-save').click();
      await expect(form).toBeHidden();
      await expect(row(page, 'docker-ci')).toBeVisible();
      const created = webhooksState(platform.state).subscriptions.get('docker-ci')!;
      expect(created.event_filter).toEqual({
        domain: 'docker',
        event_types: ['pushed'],
        criteria: { anyLocal: false, anyRemote: false, anyFederated: false, repoKeys: ['docker-local', 'generic-local'], includePatterns: [], excludePatterns: ['tmp/**'] },
      });
      expect(created.handlers).toEqual([{ handler_type: 'webhook', url: `${receiver.url}/docker`, secret: SECRET, use_secret_for_signing: true, custom_http_headers: [] }]);

      // Test from the edit form: the stored secret is kept in main and signs the delivery.
      await page.getByRole('button', { name: 'Edit docker-ci' }).click();
      const edit = page.getByRole('dialog', { name: 'Edit docker-ci' });
      await expect(page.getByTestId('wh-secret-0')).toHaveValue('');
      await expect(edit.getByText(/A secret is stored/)).toBeVisible();
      await page.getByTestId('wh-test').click();
      await expect(page.getByTestId('wh-test-report')).toContainText('Test delivered');
      expect(receiver.received).toHaveLength(1);
      const [delivery] = receiver.received;
      expect(JSON.parse(delivery.body)).toMatchObject({ domain: 'docker', event_type: 'pushed' });
      expect(signatureMatches(SECRET, delivery.body, delivery.headers['x-jfrog-event-auth'])).toBe(true);
      await edit.getByRole('button', { name: 'Cancel' }).click();
      await expect(edit).toBeHidden();

      // Disable from the list.
      await row(page, 'docker-ci').getByRole('switch', { name: 'Enabled docker-ci' }).uncheck();
      await expect(row(page, 'docker-ci').getByRole('switch', { name: 'Enabled docker-ci' })).not.toBeChecked();
      await expect.poll(() => webhooksState(platform.state).subscriptions.get('docker-ci')?.enabled).toBe(false);

      // Edit the event types; the secret stays stored.
      await page.getByRole('button', { name: 'Edit docker-ci' }).click();
      await edit.getByRole('checkbox', { name: 'deleted' }).check();
      await page.getByTestId('wh-save').click();
      await expect(edit).toBeHidden();
      await expect(row(page, 'docker-ci')).toContainText('pushed, deleted');
      const edited = webhooksState(platform.state).subscriptions.get('docker-ci')!;
      expect((edited.event_filter as { event_types: string[] }).event_types).toEqual(['pushed', 'deleted']);
      expect(edited.enabled).toBe(false);
      expect((edited.handlers as { secret: string }[])[0].secret).toBe(SECRET);

      // Export the selection: JSON without the secret.
      await row(page, 'docker-ci').getByRole('checkbox', { name: 'Select docker-ci' }).check();
      const download = page.waitForEvent('download');
      await page.getByTestId('wh-export').click();
      const exported = readFileSync(await (await download).path(), 'utf8');
      expect(JSON.parse(exported)).toMatchObject({ format: 'lilypad-webhooks', subscriptions: [{ key: 'docker-ci', domain: 'docker', handlers: [{ has_secret: true }] }] });
      expect(exported).not.toContain(SECRET);

      // Import into the second instance.
      await page.getByTestId('wh-import').click();
      await expect(page.getByTestId('wh-import-target')).toContainText('Staging');
      await page.getByTestId('wh-import-run').click();
      await expect(page.locator('[data-testid="wh-import-created"][data-key="docker-ci"]')).toBeVisible();
      await expect(page.getByTestId('wh-import-summary')).toHaveText('1 created, 0 skipped (exists), 0 failed');
      const copied = webhooksState(second.state).subscriptions.get('docker-ci')!;
      expect(copied.event_filter).toEqual(edited.event_filter);
      expect(JSON.stringify(copied)).not.toContain(SECRET);
      await page.getByRole('button', { name: 'Close' }).click();

      // The secret typed once is nowhere in the page or any bridge answer.
      expect(await page.content()).not.toContain(SECRET);
      await bridgeLog.settle();
      expect(bridgeLog.entries.some((e) => e.call === 'webhooks.test')).toBe(true);
      expect(bridgeLog.allText()).not.toContain(SECRET);

      // Delete with confirmation.
      await page.getByRole('button', { name: 'Delete docker-ci' }).click();
      const confirm = page.getByRole('dialog', { name: /Delete docker-ci/ });
      await confirm.getByRole('button', { name: 'Delete' }).click();
      await expect(row(page, 'docker-ci')).toBeHidden();
      expect(webhooksState(platform.state).subscriptions.has('docker-ci')).toBe(false);
    } finally {
      await receiver.close();
    }
  });

  test('the list filters by domain and by text together, the count saying how many of all', async ({ page, platform, services }) => {
    seedWebhooks(platform.state, 40);
    const keys = [...webhooksState(platform.state).subscriptions.keys()];
    const docker = keys.filter((key) => key.startsWith('docker-hook-')).sort();
    const shownKeys = () => page.getByTestId('wh-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-key')));
    await saveInstance(page, services, adminBasic(platform));
    await openWebhooks(page);
    await expect(page.getByTestId('wh-count')).toHaveText(`${keys.length} of ${keys.length}`);

    const domainFilter = page.getByRole('combobox', { name: 'Domain' });
    await expect(domainFilter).toHaveText('All domains');
    await domainFilter.click();
    await page.getByRole('option', { name: 'Docker', exact: true }).click();
    await expect(page.getByTestId('wh-count')).toHaveText(`${docker.length} of ${keys.length}`);
    await expect.poll(shownKeys).toEqual(docker);

    // Text narrows the domain's list further: one key, matched in part.
    await page.getByTestId('wh-filter').fill(docker[1].slice(-6));
    await expect(page.getByTestId('wh-count')).toHaveText(`1 of ${keys.length}`);
    await expect.poll(shownKeys).toEqual([docker[1]]);

    await domainFilter.click();
    await page.getByRole('option', { name: 'All domains' }).click();
    await page.getByTestId('wh-filter').fill('');
    await expect(page.getByTestId('wh-count')).toHaveText(`${keys.length} of ${keys.length}`);
    expect(platform.requests.filter((r) => r.path.startsWith('/event/api/v1/subscriptions')).length).toBe(1);
  });

  test('a read-only instance shows its webhooks but every change is disabled with the reason', async ({ page, platform, services }) => {
    await saveInstance(page, services, { ...adminBasic(platform, 'Prod mirror'), readOnly: true });
    await openWebhooks(page);
    await expect(page.getByTestId('read-only-notice')).toBeVisible();
    await expect(page.getByTestId('wh-create')).toBeDisabled();
    await expect(row(page, 'artifact-audit').getByRole('button', { name: 'Edit artifact-audit' })).toBeDisabled();
    await expect(row(page, 'artifact-audit').getByRole('button', { name: 'Delete artifact-audit' })).toBeDisabled();
    await expect(row(page, 'artifact-audit').getByRole('switch', { name: 'Enabled artifact-audit' })).toBeDisabled();
    expect(platform.requests.filter((r) => r.method !== 'GET')).toHaveLength(0);
  });

  test('a non-admin gets a clear 403 state', async ({ page, platform, services }) => {
    await saveInstance(page, services, {
      name: 'Reader',
      baseUrl: platform.url,
      authKind: 'basic-password',
      username: platform.principals.reader.username,
      secret: platform.principals.reader.password,
    });
    await goToScreen(page, 'Webhooks');
    await expect(page.getByText('Needs admin permissions')).toBeVisible();
    await expect(page.getByText(/HTTP 403/)).toBeVisible();
  });
});
