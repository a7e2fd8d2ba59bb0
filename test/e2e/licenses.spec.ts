// Licenses in Chromium: install two keys on the HA seed (a message per key, the unlicensed
// node gets one) and delete one by hash; a bad key refused before anything is sent; the
// license table across instances with one dead. Screenshots go to $LILYPAD_SCREENSHOTS when set.
// (Read-only for both areas: support-bundles.spec.ts.)
import type { Page } from '@playwright/test';
import type { AppServices } from '../../electron/services/app-services-types';
import type { FakePlatform } from '../fake-platform/index';
import { seedHaCluster } from '../fake-platform/areas/licenses';
import { makeLicenseKey } from '../fake-platform/support/license-keys';
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
  await expect(page.getByRole('navigation', { name: 'Screens' }).getByRole('button', { name: 'Licenses' })).toBeEnabled();
}

const mutating = (platform: FakePlatform) => platform.requests.filter((r) => r.method !== 'GET' && r.method !== 'HEAD');

test.describe('licenses', () => {
  test('HA: install two keys with a message each, the unlicensed node gets one, then delete one by hash', async ({ page, platform, services, bridgeLog }) => {
    seedHaCluster(platform.state, { expiringInDays: 5 });
    await withInstance(page, services, platform);
    await goToScreen(page, 'Licenses');

    await expect(page.getByTestId('license-type')).toHaveText('Enterprise Plus');
    await expect(page.getByTestId('cluster-license')).toHaveCount(2);
    await expect(page.getByTestId('unlicensed-nodes')).toContainText('fake-node-1-c');
    await expect(page.getByTestId('cluster-license').filter({ has: page.locator('[data-level="urgent"]') })).toHaveCount(1);
    await shot(page, 'licenses-ha');

    const first = makeLicenseKey({ type: 'Enterprise Plus', validThrough: 'Jan 1, 2031', licensedTo: 'Node C Inc.' });
    const second = makeLicenseKey({ type: 'Enterprise Plus', validThrough: 'Jan 1, 2031', licensedTo: 'Spare Inc.' });
    await page.getByTestId('install-licenses').click();
    // A key's own line break is kept; an empty line separates the two keys.
    await page.getByTestId('license-keys').fill(`${first.slice(0, 30)}\n${first.slice(30)}\n\n${second}`);
    await expect(page.getByText('2 keys · sent as a list')).toBeVisible();
    await page.getByTestId('install-submit').click();
    const results = page.getByTestId('key-result');
    await expect(results).toHaveCount(2);
    await expect(results.nth(0)).toHaveAttribute('data-outcome', 'installed');
    await expect(results.nth(1)).toHaveAttribute('data-outcome', 'installed');
    await expect(results.nth(0)).toContainText('Key 1');
    const install = platform.requests.find((r) => r.method === 'POST' && r.path === '/artifactory/api/system/licenses');
    expect(JSON.parse(install?.bodyText ?? 'null')).toEqual([{ licenseKey: `${first.slice(0, 30)}\n${first.slice(30)}` }, { licenseKey: second }]);
    await page.getByRole('button', { name: 'Close' }).click();

    await expect(page.getByTestId('cluster-license')).toHaveCount(4);
    await expect(page.getByTestId('unlicensed-nodes')).toBeHidden();
    await expect(page.getByTestId('cluster-license').filter({ hasText: 'Node C Inc.' })).toHaveAttribute('data-node', 'fake-node-1-c');
    await expect(page.getByTestId('cluster-license').filter({ hasText: 'Spare Inc.' })).toContainText('not in use');

    // The keys never came back to the window.
    await bridgeLog.settle();
    expect(bridgeLog.allText()).not.toContain(second.slice(0, 24));

    const spare = page.getByTestId('cluster-license').filter({ hasText: 'Spare Inc.' });
    const hash = await spare.getAttribute('data-hash');
    await spare.getByRole('checkbox').check();
    await page.getByTestId('delete-licenses').click();
    await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
    await expect(page.getByTestId('hash-result')).toHaveAttribute('data-outcome', 'deleted');
    expect(platform.requests.find((r) => r.method === 'DELETE')?.query.licenseHash).toBe(hash);
    await page.getByRole('button', { name: 'Close' }).click();
    await expect(page.getByTestId('cluster-license')).toHaveCount(3);
  });

  test('a key that is too short is refused before anything is sent', async ({ page, platform, services, bridgeLog }) => {
    await withInstance(page, services, platform);
    await goToScreen(page, 'Licenses');
    await page.getByTestId('install-licenses').click();
    await page.getByTestId('license-keys').fill('tooshort');
    await page.getByTestId('install-submit').click();
    await expect(page.getByText('at least 16 characters')).toBeVisible();
    await bridgeLog.settle();
    expect(bridgeLog.entries.filter((e) => e.call === 'licenses.install')).toHaveLength(0);
    expect(mutating(platform)).toHaveLength(0);
  });

  test('across instances: every self-hosted instance by days left, a dead one shown as unreachable', async ({ page, platform, services, extraPlatform }) => {
    test.skip(!services, 'browser host only: it saves three instances through the services, which the Electron target does not expose');
    seedHaCluster(platform.state, { expiringInDays: 5 });
    const other = await extraPlatform();
    const dead = await extraPlatform();
    for (const [p, name] of [
      [platform, 'Soon'],
      [other, 'Later'],
      [dead, 'Gone'],
    ] as const) {
      const saved = await services!.dispatch('instances.save', adminBasic(p, name));
      if (!saved.ok) throw new Error(saved.error.message);
    }
    await dead.close();
    await page.reload();
    await goToScreen(page, 'License expiry');
    await page.getByTestId('fleet-refresh').click();
    const rows = page.getByTestId('fleet-row');
    await expect(rows).toHaveCount(3);
    await expect(rows.nth(0)).toHaveAttribute('data-instance', 'Soon');
    await expect(rows.nth(0)).toContainText('5 days left');
    await expect(rows.nth(1)).toHaveAttribute('data-instance', 'Later');
    await expect(rows.nth(2)).toHaveAttribute('data-state', 'unreachable');
    await expect(page.getByTestId('license-badge')).toContainText('1');
    await shot(page, 'license-expiry');
  });
});
