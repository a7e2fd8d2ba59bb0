import { expect, test } from './fixtures';
import { addInstance, adminBasic, goToScreen } from './support/instances';

const healthCalls = (platform: { requests: { path: string }[] }) => platform.requests.filter((r) => r.path === '/router/api/v1/system/health').length;

test.describe('overview', () => {
  test('on a Cloud instance the overview detects Cloud and the navigation drops the self-hosted screens', async ({ page, extraPlatform }) => {
    const cloud = await extraPlatform({ mode: 'cloud' });
    await addInstance(page, adminBasic(cloud, 'Acme Cloud'));
    await goToScreen(page, 'Overview');
    await expect(page.getByTestId('artifactory-version')).toHaveText(cloud.state.system.version);
    const nav = page.getByRole('navigation', { name: 'Screens' });
    await expect(nav.getByRole('button', { name: 'HTTP settings' })).toHaveCount(0);
    await expect(nav.getByRole('button', { name: 'Users' })).toBeVisible();
    // The detection asked the license call once, which Cloud does not offer.
    expect(cloud.requests.some((r) => r.path === '/artifactory/api/system/license' && r.status === 404)).toBe(true);
  });

  test('an unhealthy service is shown as data: the 503 banner, that service red with its message, the others green', async ({ page, platform }) => {
    const access = platform.state.system.health.services.find((s) => s.service_id.startsWith('jfac@'));
    if (!access) throw new Error('the fake platform has no Access service');
    access.state = 'UNHEALTHY';
    access.message = 'Access cannot reach its database';

    await addInstance(page, adminBasic(platform));
    await goToScreen(page, 'Overview');
    const health = page.getByTestId('router-health');
    await expect(health.getByTestId('health-banner')).toHaveText('1 service unhealthy');
    await expect(health).toContainText('HTTP 503');
    await expect(page.getByTestId('error-state')).toHaveCount(0);

    const accessRow = health.locator('[data-testid="health-row"][data-service="Access"]');
    await expect(accessRow).toHaveAttribute('data-state', 'UNHEALTHY');
    await expect(accessRow).toContainText('Access cannot reach its database');
    await expect(accessRow.getByTestId('health-chip')).toHaveClass(/MuiChip-colorError/);
    const artifactoryRow = health.locator('[data-testid="health-row"][data-service="Artifactory"]');
    await expect(artifactoryRow.getByTestId('health-chip')).toHaveClass(/MuiChip-colorSuccess/);
    await expect(health.locator('[data-testid="health-row"][data-state="HEALTHY"]')).toHaveCount(platform.state.system.health.services.length);
    // The version and probes still load beside it.
    await expect(page.getByTestId('artifactory-version')).toHaveText(platform.state.system.version);
  });

  test('a 503 that is a proxy page, not JSON, is still health data: unhealthy, with the text', async ({ page, platform }) => {
    platform.state.system.healthPage = '<html><body><h1>503 Service Temporarily Unavailable</h1></body></html>';
    await addInstance(page, adminBasic(platform));
    await goToScreen(page, 'Overview');
    const health = page.getByTestId('router-health');
    await expect(health.getByTestId('health-banner')).toHaveText('1 service unhealthy');
    const router = health.locator('[data-testid="health-row"][data-service="Router"]');
    await expect(router).toHaveAttribute('data-state', 'UNHEALTHY');
    await expect(router).toContainText('HTTP 503: 503 Service Temporarily Unavailable');
    await expect(health.getByTestId('health-services-note')).toContainText('services behind it are unknown');
    await expect(page.getByTestId('error-state')).toHaveCount(0);
  });

  test('the refresh interval picks up changes on its own; paused, nothing is fetched', async ({ page, platform, bridgeLog }) => {
    // The page's timers run on Playwright's clock, so the test moves time on instead of
    // waiting it out (time still flows on its own in between).
    await page.clock.install();
    await page.reload();
    await addInstance(page, adminBasic(platform));
    await goToScreen(page, 'Overview');
    const banner = page.getByTestId('health-banner');
    await expect(banner).toHaveText('All services healthy');
    await expect(page.getByTestId('last-refreshed')).toContainText(/Last refreshed at \d\d:\d\d:\d\d/);

    await page.getByRole('combobox', { name: 'Auto-refresh' }).click();
    await page.getByRole('option', { name: 'Every 5s' }).click();
    platform.state.system.health.router.state = 'UNHEALTHY';
    platform.state.system.health.router.message = 'Router lost its peers';
    // No click: five seconds of the interval alone bring the change.
    await page.clock.runFor(5_000);
    await expect(banner).toHaveText('1 service unhealthy');
    await expect(page.locator('[data-testid="health-row"][data-service="Router"]')).toContainText('Router lost its peers');

    await page.getByRole('button', { name: 'Pause auto-refresh' }).click();
    await expect(page.getByRole('button', { name: 'Resume auto-refresh' })).toBeVisible();
    const askedBefore = bridgeLog.calls('system.routerHealth');
    const receivedBefore = healthCalls(platform);
    platform.state.system.health.router.state = 'HEALTHY';
    // A minute of paused time: twelve intervals that must not fire.
    await page.clock.runFor(60_000);
    // Counted as requests leave the page (browser host), and at the platform.
    if (bridgeLog.attached) expect(bridgeLog.calls('system.routerHealth')).toBe(askedBefore);
    expect(healthCalls(platform)).toBe(receivedBefore);
    await expect(banner).toHaveText('1 service unhealthy');

    await page.getByRole('button', { name: 'Resume auto-refresh' }).click();
    await page.clock.runFor(5_000);
    await expect(banner).toHaveText('All services healthy');
  });
});
