import { expect, test } from './fixtures';
import { memberOf } from '../fake-platform/fleet';
import { addInstance, adminBasic, goToScreen } from './support/instances';

test.describe('fleet', () => {
  test('broken instances first, the change is notified, the incident carries its message and closes on recovery', async ({ page, platform, extraPlatform, services }) => {
    // Three instances, a few steps each on a busy machine: more than the default minute.
    test.setTimeout(180_000);
    const healthy = memberOf('Alpha', platform);
    const turning = memberOf('Bravo', await extraPlatform());
    const dead = memberOf('Charlie', await extraPlatform());
    await dead.refuse();

    const instances = [
      { ...adminBasic(healthy.platform, 'Alpha'), environment: 'PROD' },
      { ...adminBasic(turning.platform, 'Bravo'), environment: 'PROD' },
      { ...adminBasic(dead.platform, 'Charlie'), environment: 'DEV' },
    ];
    if (services) {
      // Saved through the same bridge call the form makes (instances.spec covers the form).
      for (const instance of instances) expect((await services.dispatch('instances.save', instance)).ok).toBe(true);
      await page.reload();
    } else {
      for (const instance of instances) await addInstance(page, instance);
    }

    await goToScreen(page, 'Fleet');
    const rows = page.getByTestId('fleet-row');
    // New instances are checked as soon as the fleet sees them: the dead one first, the rest healthy.
    await expect(rows.first()).toHaveAttribute('data-state', 'unreachable');
    await expect(rows).toHaveCount(3);
    await expect(page.locator('[data-testid="fleet-row"][data-state="healthy"]')).toHaveCount(2);
    await expect(rows.first()).toHaveAttribute('data-instance', 'Charlie');
    await expect(rows.first()).toContainText('Nothing is listening at');
    await expect(page.getByTestId('fleet-badge')).toHaveAttribute('data-state', 'unreachable');

    // Bravo turns unhealthy while the test runs; one cycle on demand picks it up.
    turning.unhealthy('jfac', 'Access cannot reach its database');
    await page.getByTestId('fleet-check-now').click();
    await expect(rows.nth(1)).toHaveAttribute('data-instance', 'Bravo');
    await expect(rows.nth(1)).toHaveAttribute('data-state', 'unhealthy');
    await expect(rows.nth(1).getByTestId('fleet-unhealthy')).toHaveText('1');
    await expect(rows.nth(2)).toHaveAttribute('data-instance', 'Alpha');

    // Filtering by environment keeps the order.
    await page.getByRole('combobox', { name: 'Environment' }).click();
    await page.getByRole('option', { name: 'PROD' }).click();
    await expect(rows).toHaveCount(2);
    await expect(rows.first()).toHaveAttribute('data-instance', 'Bravo');
    await page.getByRole('combobox', { name: 'Environment' }).click();
    await page.getByRole('option', { name: 'All environments' }).click();
    await expect(rows).toHaveCount(3);

    // The notification list records the change.
    await page.getByTestId('fleet-notifications-tab').click();
    const change = page.locator('[data-testid="fleet-notification"][data-instance="Bravo"][data-kind="unhealthy"]');
    await expect(change).toContainText('Access cannot reach its database');
    await expect(page.locator('[data-testid="fleet-notification"][data-instance="Charlie"][data-kind="unreachable"]')).toHaveCount(1);
    await expect(page.getByText('the list is all there is')).toBeVisible();
    await page.getByRole('tab', { name: 'Instances' }).click();

    // The detail shows the open incident with the service's message.
    await rows.nth(1).click();
    const detail = page.getByTestId('fleet-detail');
    await expect(detail).toHaveAttribute('data-instance', 'Bravo');
    const incident = page.getByTestId('fleet-incident').first();
    await expect(incident).toHaveAttribute('data-open', 'true');
    await expect(incident.getByTestId('incident-message')).toContainText('Access cannot reach its database');
    await expect(incident.getByTestId('incident-duration')).toContainText('Ongoing for');
    await expect(page.getByTestId('service-timeline').first()).toBeVisible();
    await page.getByRole('button', { name: 'Close history' }).click();

    // It recovers: the next cycle closes the incident with a duration.
    await turning.recover();
    await page.getByTestId('fleet-check-now').click();
    await expect(page.locator('[data-testid="fleet-row"][data-instance="Bravo"]')).toHaveAttribute('data-state', 'healthy');
    await page.locator('[data-testid="fleet-row"][data-instance="Bravo"]').click();
    const closed = page.getByTestId('fleet-incident').first();
    await expect(closed).toHaveAttribute('data-open', 'false');
    await expect(closed.getByTestId('incident-duration')).toHaveText(/^Lasted \d+ (s|min)$/);
    await page.getByRole('button', { name: 'Close history' }).click();
    await page.getByTestId('fleet-notifications-tab').click();
    await expect(page.locator('[data-testid="fleet-notification"][data-instance="Bravo"][data-kind="recovered"]')).toHaveCount(1);
    // The poller only ever read.
    for (const member of [healthy, turning]) expect(member.platform.requests.every((request) => request.method === 'GET')).toBe(true);
  });
});
