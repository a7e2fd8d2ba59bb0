// HTTP settings of a self-hosted instance: the form as read, the offline snippets as you
// type, the diff against the platform's own snippet, and a confirmed save that changes
// the platform. Named screenshots only with LILYPAD_SCREENSHOTS (support/screenshots.ts).
import type { Page } from '@playwright/test';
import type { AppServices } from '../../electron/services/app-services-types';
import type { FakePlatform } from '../fake-platform/index';
import { expect, test } from './fixtures';
import { adminBasic, goToScreen, navItem, openRoute, setUpInstance } from './support/instances';
import { requestsTo } from './support/platform';
import { shot } from './support/screenshots';
import { preview, serverNameField, settingsForm, showTab, snippet } from './support/snippet-screen';
import { defaultRepositories } from '../fake-platform/areas/repositories';
import { defaultWebServer } from '../fake-platform/areas/http-settings';

const WEB_SERVER = '/artifactory/api/system/configuration/webServer';

const withInstance = (page: Page, services: AppServices | null, platform: FakePlatform, readOnly = false) =>
  setUpInstance(page, services, { ...adminBasic(platform, readOnly ? 'Acme RO' : 'Acme'), readOnly });

/** The Cloud explanation, the same whichever way the screen learnt it. */
async function expectCloudNotice(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { name: 'HTTP settings are for self-hosted platforms' })).toBeVisible();
  await expect(page.getByText(/JFrog runs the front end of Cloud instances/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Open the offline snippet generator' })).toBeVisible();
  await expect(settingsForm(page)).toHaveCount(0);
}

test.describe('HTTP settings', () => {
  test.beforeEach(({ platform }) => {
    platform.state.webServer = defaultWebServer();
    platform.state.repositories = defaultRepositories();
  });

  test('edit, see the offline snippet follow, diff it against the platform, save with confirmation', async ({ page, platform, services }) => {
    await withInstance(page, services, platform);
    await goToScreen(page, 'HTTP settings');

    const form = settingsForm(page);
    const serverName = serverNameField(page);
    await expect(serverName).toHaveValue('artifactory.acme.test');
    // Docker repositories pre-filled from the platform, ports from its webServer JSON.
    await expect(form.getByLabel('Repository key 1')).toHaveValue('docker-local');
    await expect(form.getByLabel('Port of docker-local')).toHaveValue('5001');
    await expect(form.getByLabel('Port of docker-virtual')).toHaveValue('5000');

    // The platform's own snippet is the first tab.
    await expect(snippet(page, 'NGINX', 'platform')).toContainText('server_name ~(?<repo>.+)\\.artifactory\\.acme\\.test');
    await shot(page, 'http-settings-light-form');

    await showTab(page, 'Offline NGINX');
    const offline = snippet(page, 'NGINX', 'offline');
    await expect(offline).toContainText('artifactory.acme.test');
    await serverName.fill('registry.acme.test');
    await expect(offline).toContainText('registry.acme.test');
    await expect(offline).not.toContainText('artifactory.acme.test');
    await shot(page, 'http-settings-light-preview');

    await showTab(page, 'Offline Apache');
    await expect(snippet(page, 'Apache', 'offline')).toContainText('registry.acme.test');

    await showTab(page, 'Diff');
    const diff = preview(page).getByTestId('diff-view');
    await expect(diff.locator('[data-diff="removed"]').filter({ hasText: 'artifactory.acme.test' }).first()).toBeVisible();
    await expect(diff.locator('[data-diff="added"]').filter({ hasText: 'registry.acme.test' }).first()).toBeVisible();
    await shot(page, 'http-settings-light-diff');
    await diff.getByRole('button', { name: 'Side by side' }).click();
    await expect(diff.locator('td[data-diff="added"]').filter({ hasText: 'registry.acme.test' }).first()).toBeVisible();
    await shot(page, 'http-settings-light-diff-split');

    // Save: the dialog lists old → new; nothing is sent until confirmed.
    platform.clearRequests();
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    const dialog = page.getByRole('dialog');
    const changes = dialog.getByRole('table', { name: 'Changes to save' });
    const row = changes.getByRole('row').filter({ hasText: 'Public server name' });
    await expect(row).toContainText('artifactory.acme.test');
    await expect(row).toContainText('registry.acme.test');
    await expect(changes.getByRole('row')).toHaveCount(2);
    await shot(page, 'http-settings-light-confirm');
    expect(platform.requests.filter((req) => req.method === 'POST')).toHaveLength(0);
    await dialog.getByRole('button', { name: 'Save to platform' }).click();

    await expect(page.getByTestId('save-success')).toBeVisible();
    const posts = platform.requests.filter((req) => req.method === 'POST' && req.path === WEB_SERVER);
    expect(posts).toHaveLength(1);
    expect(JSON.parse(posts[0].bodyText)).toMatchObject({ serverName: 'registry.acme.test', sslPort: 443, dockerReverseProxyMethod: 'SUBDOMAIN' });
    expect(platform.state.webServer.serverName).toBe('registry.acme.test');
    // The platform's snippet is fetched again and now names the new server.
    await showTab(page, 'Platform NGINX');
    await expect(snippet(page, 'NGINX', 'platform')).toContainText('registry.acme.test');
  });

  test('problems are shown per field, all at once, and block saving', async ({ page, platform, services }) => {
    await withInstance(page, services, platform);
    await goToScreen(page, 'HTTP settings');
    const form = settingsForm(page);
    await serverNameField(page).fill('not a host');
    await form.getByLabel('HTTP port').fill('80a');
    await form.getByLabel('SSL certificate path').fill('');
    const problems = page.getByTestId('snippet-problems');
    await expect(problems).toContainText('3 problems');
    await expect(form.getByText('is not a host name')).toBeVisible();
    await expect(form.getByText('Enter a port number')).toBeVisible();
    await expect(form.getByText('HTTPS needs the path of the certificate file.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Save', exact: true })).toBeDisabled();
    await expect(page.getByTestId('save-disabled-reason')).toHaveText('Fix the problems above to save.');
    await shot(page, 'http-settings-light-problems');
  });

  test('Save sends the platform only its own fields: not the redirect switch, not the router port', async ({ page, platform, services }) => {
    await withInstance(page, services, platform);
    await goToScreen(page, 'HTTP settings');
    const form = settingsForm(page);
    await form.getByLabel(/Public server name/).fill('own.acme.test');
    await form.getByLabel('Internal router port').fill('18082');
    await form.getByRole('switch', { name: /Redirect HTTP to HTTPS/ }).check();
    // The offline snippets use both…
    await preview(page).getByRole('tab', { name: 'Offline NGINX' }).click();
    await expect(preview(page).getByRole('region', { name: 'NGINX snippet (offline)' })).toContainText('18082');
    platform.clearRequests();
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    // …the confirmation lists only what the platform will get.
    const changes = page.getByRole('dialog').getByRole('table', { name: 'Changes to save' });
    await expect(changes.getByRole('row')).toHaveCount(2);
    await expect(changes).toContainText('Public server name');
    await page.getByRole('dialog').getByRole('button', { name: 'Save to platform' }).click();
    await expect(page.getByTestId('save-success')).toBeVisible();
    const posts = platform.requests.filter((req) => req.method === 'POST' && req.path === WEB_SERVER);
    expect(posts).toHaveLength(1);
    const body = JSON.parse(posts[0].bodyText) as Record<string, unknown>;
    expect(body).toMatchObject({ serverName: 'own.acme.test', sslPort: 443, reverseProxyRepositories: defaultWebServer().reverseProxyRepositories });
    expect(body).not.toHaveProperty('routerPort');
    expect(body).not.toHaveProperty('httpToHttpsRedirect');
  });

  test('a failed save keeps the form and shows the platform status and message', async ({ page, platform, services }) => {
    await withInstance(page, services, platform);
    await goToScreen(page, 'HTTP settings');
    const form = settingsForm(page);
    await form.getByLabel('HTTP port').fill('8080');
    platform.faults.add({ method: 'POST', path: WEB_SERVER, kind: 'status', status: 500, times: 1 });
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Save to platform' }).click();
    const error = page.getByTestId('error-state');
    await expect(error).toContainText('HTTP 500');
    await expect(error).toContainText(`POST ${WEB_SERVER}`);
    await expect(form.getByLabel('HTTP port')).toHaveValue('8080');
    expect(platform.state.webServer.httpPort).toBe(80);
  });

  test('dark theme: form, preview and diff', async ({ page, platform, services }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await withInstance(page, services, platform);
    await goToScreen(page, 'HTTP settings');
    await serverNameField(page).fill('dark.acme.test');
    await showTab(page, 'Offline NGINX');
    await expect(snippet(page, 'NGINX', 'offline')).toContainText('dark.acme.test');
    await shot(page, 'http-settings-dark-preview');
    await showTab(page, 'Diff');
    await expect(preview(page).getByTestId('diff-view')).toBeVisible();
    await shot(page, 'http-settings-dark-diff');
  });

  test('on a Cloud instance not detected yet, the screen finds out from the platform and explains', async ({ page, services, extraPlatform }) => {
    const cloud = await extraPlatform({ mode: 'cloud' });
    // Straight to the screen, as a bookmark would: the overview has not run, so the
    // instance's kind is still unknown and only the platform's 404 can tell.
    await openRoute(page, 'http-settings');
    await setUpInstance(page, services, adminBasic(cloud));
    await openRoute(page, 'http-settings');
    await expectCloudNotice(page);
    expect(requestsTo(cloud, 'GET', WEB_SERVER).map((r) => r.status)).toContain(404);
    await page.getByRole('button', { name: 'Open the offline snippet generator' }).click();
    await expect(page.getByRole('heading', { name: 'Snippet generator' })).toBeVisible();
  });

  test('once the overview has detected Cloud, the screen leaves the navigation and a link to it explains why', async ({ page, services, extraPlatform }) => {
    const cloud = await extraPlatform({ mode: 'cloud' });
    await setUpInstance(page, services, adminBasic(cloud));
    await goToScreen(page, 'Overview');
    await expect(navItem(page, 'HTTP settings')).toHaveCount(0);
    await openRoute(page, 'http-settings');
    await expectCloudNotice(page);
    // Known to be Cloud: the screen did not even ask.
    expect(requestsTo(cloud, 'GET', WEB_SERVER)).toHaveLength(0);
  });

  test('a read-only instance shows the form but cannot save, saying why', async ({ page, platform, services }) => {
    await withInstance(page, services, platform, true);
    await goToScreen(page, 'HTTP settings');
    await expect(page.getByTestId('read-only-notice')).toBeVisible();
    await serverNameField(page).fill('ro.acme.test');
    await expect(page.getByRole('button', { name: 'Save', exact: true })).toBeDisabled();
    await expect(page.getByTestId('save-disabled-reason')).toContainText('read-only');
  });
});
