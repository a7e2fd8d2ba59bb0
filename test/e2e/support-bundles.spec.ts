// Support bundles in Chromium: a bundle created, followed from in progress to success,
// downloaded through the browser (bytes compared) and deleted; bulk delete with results;
// Cloud's explanation and log collection; read-only refusing on this screen and on
// Licenses. Screenshots go to $LILYPAD_SCREENSHOTS when set.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import type { AppServices } from '../../electron/services/app-services-types';
import type { FakePlatform } from '../fake-platform/index';
import { seedHaCluster } from '../fake-platform/areas/licenses';
import { archiveChunk, supportBundlesState } from '../fake-platform/areas/support-bundles';
import { expect, test } from './fixtures';
import { addInstance, adminBasic, goToScreen } from './support/instances';
import { shot } from './support/screenshots';

/** Saves the instance through the services (browser host) or the Instances screen (Electron). */
async function withInstance(page: Page, services: AppServices | null, platform: FakePlatform, extra: { name?: string; readOnly?: boolean } = {}): Promise<void> {
  const fields = { ...adminBasic(platform, extra.name ?? 'Acme'), ...(extra.readOnly ? { readOnly: true } : {}) };
  if (!services) {
    await addInstance(page, fields);
    return;
  }
  const saved = await services.dispatch('instances.save', fields);
  if (!saved.ok) throw new Error(`instances.save failed: ${saved.error.message}`);
  await page.reload();
  await expect(page.getByRole('navigation', { name: 'Screens' }).getByRole('button', { name: 'Support bundles' })).toBeEnabled();
}

const mutating = (platform: FakePlatform) => platform.requests.filter((r) => r.method !== 'GET' && r.method !== 'HEAD');

test.describe('support bundles', () => {
  test('create → in progress → success → download through the browser → delete', async ({ page, platform, services }) => {
    test.skip(!services, 'browser host only: it downloads through the browser, where the Electron app uses the OS save dialog');
    const own = supportBundlesState(platform.state);
    own.readyAfterMs = 60_000;
    own.archiveBytes = 2 * 1024 * 1024 + 3;
    await withInstance(page, services, platform);
    await goToScreen(page, 'Support bundles');
    await expect(page.getByTestId('bundle-row')).toHaveCount(2);

    await page.getByTestId('bundle-create').click();
    await page.getByTestId('bundle-name').fill('case-4711');
    await page.getByTestId('bundle-description').fill('Slow uploads');
    await page.getByTestId('dump-count').fill('2');
    await page.getByTestId('create-bundle-submit').click();
    const row = page.getByTestId('bundle-row').filter({ hasText: 'case-4711' });
    await expect(row).toHaveAttribute('data-status', 'in-progress');
    await expect(row.getByTestId('bundle-elapsed')).toBeVisible();
    const sent = JSON.parse(platform.requests.find((r) => r.method === 'POST')?.bodyText ?? '{}');
    expect(sent).toMatchObject({
      name: 'case-4711',
      description: 'Slow uploads',
      parameters: { thread_dump: { count: 2, interval: 0 }, logs: { include: true, start_date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) } },
    });
    await shot(page, 'support-bundles');

    // The platform finishes it; the screen follows the metadata until it says so.
    const made = own.bundles.find((b) => b.name === 'case-4711');
    if (made) made.readyAt = Date.now();
    await expect(row).toHaveAttribute('data-status', 'success');
    expect(platform.requests.some((r) => r.method === 'GET' && r.path === `/artifactory/api/system/support/bundle/${made?.id}`)).toBe(true);

    const downloading = page.waitForEvent('download');
    await row.getByTestId('bundle-download').click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe(`${made?.id}.zip`);
    const saved = await readFile((await download.path()) ?? '');
    expect(saved.length).toBe(own.archiveBytes);
    expect(createHash('sha256').update(saved).digest('hex')).toBe(createHash('sha256').update(archiveChunk(0, own.archiveBytes)).digest('hex'));
    await expect(row.getByTestId('download-done')).toBeVisible();
    await row.getByRole('button', { name: 'Dismiss' }).click();

    await row.getByTestId('bundle-delete').click();
    await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
    await expect(row).toHaveCount(0);
    expect(own.bundles.some((b) => b.name === 'case-4711')).toBe(false);
  });

  test('bulk delete reports each bundle', async ({ page, platform, services }) => {
    await withInstance(page, services, platform);
    await goToScreen(page, 'Support bundles');
    await page.getByRole('checkbox', { name: 'Select all shown bundles' }).check();
    await page.getByTestId('bundles-delete-selected').click();
    await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
    await expect(page.getByTestId('bulk-summary')).toHaveText('2 succeeded, 0 failed, 0 cancelled (not sent)');
    expect(supportBundlesState(platform.state).bundles).toHaveLength(0);
    // One entry in the activity log for the run, not one per bundle.
    await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await goToScreen(page, 'Activity');
    const batch = page.getByTestId('activity-batch');
    await expect(batch).toHaveCount(1);
    await expect(batch).toContainText('Delete 2 support bundles');
    await expect(batch.getByTestId('activity-batch-summary')).toHaveText('2 ok, 0 failed');
  });

  test('Cloud: the explanation and the log collection switch with its cost warning', async ({ page, services, extraPlatform }) => {
    const cloud = await extraPlatform({ mode: 'cloud' });
    await withInstance(page, services, cloud, { name: 'Acme Cloud' });
    await goToScreen(page, 'Support bundles');
    await expect(page.getByTestId('cloud-log-collection')).toBeVisible();
    await expect(page.getByTestId('log-collection-cost')).toContainText('may cost money');
    await page.getByTestId('log-collection-on').click();
    await page.getByRole('dialog').getByRole('button', { name: 'Turn on' }).click();
    await expect(page.getByTestId('log-collection-state')).toHaveText('Log collection was turned on from here.');
    expect(cloud.requests.filter((r) => r.method === 'POST').map((r) => [r.path, r.bodyText])).toEqual([['/access/api/v1/logshipping/config', '{"enabled":true}']]);
    expect(supportBundlesState(cloud.state).logCollection).toBe(true);
    await shot(page, 'support-bundles-cloud');
  });

  test('read-only: every change disabled with the reason, nothing mutating sent', async ({ page, platform, services }) => {
    seedHaCluster(platform.state);
    await withInstance(page, services, platform, { name: 'Acme RO', readOnly: true });
    await goToScreen(page, 'Support bundles');
    await expect(page.getByTestId('bundle-row')).toHaveCount(2);
    await expect(page.getByTestId('bundle-create')).toBeDisabled();
    await expect(page.getByTestId('bundle-delete').first()).toBeDisabled();
    await expect(page.locator('[data-blocked-reason]').first()).toHaveAttribute('data-blocked-reason', /read-only/);
    await goToScreen(page, 'Licenses');
    await expect(page.getByTestId('install-licenses')).toBeDisabled();
    await expect(page.getByTestId('delete-licenses')).toBeDisabled();
    expect(mutating(platform)).toHaveLength(0);
  });
});
