// HTTP settings for a principal that is not an administrator: the platform answers the
// reduced view (proxy method and ports only), and the screen says "needs admin" instead
// of showing an empty form that would fail validation or overwrite the settings.
import { expect, test } from './fixtures';
import { addInstance, adminBasic, goToScreen } from './support/instances';
import { defaultWebServer } from '../fake-platform/areas/http-settings';

const WEB_SERVER = '/artifactory/api/system/configuration/webServer';

test.describe('HTTP settings: who may see them', () => {
  test('a non-admin gets the "needs admin" state, no form, and nothing is sent but the read', async ({ page, platform, services }) => {
    platform.state.webServer = defaultWebServer();
    const { reader } = platform.principals;
    const fields = { ...adminBasic(platform, 'Reader'), username: reader.username, secret: reader.password };
    if (services) {
      const saved = await services.dispatch('instances.save', fields);
      if (!saved.ok) throw new Error(saved.error.message);
      await page.reload();
    } else {
      await addInstance(page, fields);
    }
    await goToScreen(page, 'HTTP settings');

    const state = page.getByTestId('needs-admin');
    await expect(state).toContainText('Needs admin permissions');
    await expect(state).toContainText('The credential of Reader is not an administrator, so the platform shows only the Docker access method and the ports');
    await expect(page.getByRole('region', { name: 'Reverse proxy settings' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Save' })).toHaveCount(0);
    // The platform really gave the reduced view to this principal, and nothing was written.
    const reads = platform.requests.filter((r) => r.path === WEB_SERVER);
    expect(reads.length).toBeGreaterThan(0);
    expect(reads.every((r) => r.method === 'GET' && r.principal === reader.username)).toBe(true);
  });

  test('an admin gets the form; at 1440 px the server name has room and Save stays in view while the form scrolls', async ({ page, platform, services }) => {
    platform.state.webServer = { ...defaultWebServer(), serverName: 'artifacts.eu-central.acme-robotics.example' };
    await page.setViewportSize({ width: 1440, height: 900 });
    if (services) {
      const saved = await services.dispatch('instances.save', adminBasic(platform));
      if (!saved.ok) throw new Error(saved.error.message);
      await page.reload();
    } else {
      await addInstance(page, adminBasic(platform));
    }
    await goToScreen(page, 'HTTP settings');
    const serverName = page.getByRole('region', { name: 'Reverse proxy settings' }).getByLabel(/Public server name/);
    await expect(serverName).toHaveValue('artifacts.eu-central.acme-robotics.example');
    await expect(page.getByTestId('needs-admin')).toHaveCount(0);
    // The whole name fits in its field.
    expect(await serverName.evaluate((input: HTMLInputElement) => input.scrollWidth <= input.clientWidth)).toBe(true);

    const save = page.getByTestId('save-bar').getByRole('button', { name: 'Save' });
    await expect(save).toBeInViewport();
    for (const where of ['middle', 'end'] as const) {
      await page.getByRole('main').evaluate((main, to) => main.scrollTo(0, to === 'end' ? main.scrollHeight : main.scrollHeight / 2), where);
      await expect(save, where).toBeInViewport();
    }
  });
});
