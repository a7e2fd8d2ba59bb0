// The offline snippet generator: no instance, nothing sent anywhere.
import { expect, test } from './fixtures';
import { goToScreen } from './support/instances';
import { shot } from './support/screenshots';
import { preview, snippetProblems, readDownload, serverNameField, settingsForm, showTab, snippet } from './support/snippet-screen';

/** Calls the navigation itself repeats on a timer, on every screen (none reaches a platform). */
const NAVIGATION_POLLS = ['fleet.overview'];

test.describe('offline snippet generator', () => {
  for (const scheme of ['light', 'dark'] as const) {
    test(`with no instance: type a server name, get NGINX and Apache text (${scheme})`, async ({ page, bridgeLog }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await expect(page.getByRole('heading', { name: 'Welcome to Lilypad' })).toBeVisible();
      await goToScreen(page, 'Snippet generator');
      const callsBefore = bridgeLog.requested.length;

      // A fresh form has no server name yet: the problem is shown, no snippet.
      const problems = snippetProblems(page);
      await expect(problems).toContainText('public server name');
      const form = settingsForm(page);
      await serverNameField(page).fill('offline.example.com');
      await expect(problems).toHaveCount(0);

      const nginx = snippet(page, 'NGINX', 'offline');
      await expect(nginx).toContainText('server_name');
      await expect(nginx).toContainText('offline.example.com');
      await shot(page, `generator-${scheme}-nginx`);
      // Save to a file: the download holds exactly the text shown.
      const download = page.waitForEvent('download');
      await preview(page).getByRole('button', { name: 'Save as offline.example.com-nginx.conf' }).click();
      const file = await download;
      expect(file.suggestedFilename()).toBe('offline.example.com-nginx.conf');
      const saved = await readDownload(file);
      expect(saved).toContain('server_name');
      expect(saved).toContain('offline.example.com');
      await showTab(page, 'Offline Apache');
      const apache = snippet(page, 'Apache', 'offline');
      await expect(apache).toContainText('offline.example.com');
      await expect(apache).toContainText('ProxyPass');
      await shot(page, `generator-${scheme}-apache`);

      // Port per repository without a port: the problem is named on the row.
      await form.getByRole('radio', { name: /Port per repository/ }).check();
      await form.getByRole('button', { name: 'Add repository' }).click();
      await form.getByLabel('Repository key 1').fill('docker-local');
      await expect(form.getByText('Repository docker-local needs a port')).toBeVisible();
      await expect(problems).toContainText('1 problem');
      await form.getByLabel('Port of docker-local').fill('5001');
      await expect(problems).toHaveCount(0);
      await showTab(page, 'Offline NGINX');
      await expect(nginx).toContainText('5001');
      await shot(page, `generator-${scheme}-docker`);

      // All of it ran in the page: not one bridge call since the screen opened (browser host,
      // where the calls are visible), apart from the navigation's own fleet badge, which reads
      // local state on its interval whatever the screen.
      if (bridgeLog.attached) expect(bridgeLog.requested.slice(callsBefore).filter((call) => !NAVIGATION_POLLS.includes(call))).toEqual([]);
    });
  }

  test('HA nodes: the snippets load-balance across every node; a bad node is named', async ({ page }) => {
    await goToScreen(page, 'Snippet generator');
    const form = settingsForm(page);
    await serverNameField(page).fill('ha.example.com');
    await form.getByRole('switch', { name: /High availability/ }).check();
    await form.getByLabel('Node 1 host').fill('10.0.0.11');
    await form.getByRole('button', { name: 'Add node' }).click();
    await form.getByLabel('Node 2 host').fill('bad host');
    await expect(form.getByText('Node 2: "bad host" is not a host name')).toBeVisible();
    await form.getByLabel('Node 2 host').fill('10.0.0.12');
    await expect(snippetProblems(page)).toHaveCount(0);
    const nginx = snippet(page, 'NGINX', 'offline');
    await expect(nginx).toContainText('upstream');
    await expect(nginx).toContainText('10.0.0.11:8082');
    await expect(nginx).toContainText('10.0.0.12:8082');
    await showTab(page, 'Offline Apache');
    const apache = snippet(page, 'Apache', 'offline');
    await expect(apache).toContainText('balancer://');
    await expect(apache).toContainText('10.0.0.12');
    await shot(page, 'generator-light-ha');
  });

  test('settings load from and save to a webServer JSON file', async ({ page }) => {
    await goToScreen(page, 'Snippet generator');
    await page.getByTestId('settings-file-input').setInputFiles({
      name: 'webServer.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ serverName: 'loaded.example.com', useHttp: true, useHttps: false, httpPort: 8080, dockerReverseProxyMethod: 'REPOPATHPREFIX' })),
    });
    await expect(page.getByText('Loaded webServer.json.')).toBeVisible();
    const form = settingsForm(page);
    await expect(serverNameField(page)).toHaveValue('loaded.example.com');
    await expect(form.getByLabel('HTTP port')).toHaveValue('8080');
    await expect(snippet(page, 'NGINX', 'offline')).toContainText('8080');

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Save settings' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('loaded.example.com.json');
    expect(JSON.parse(await readDownload(file))).toMatchObject({ serverName: 'loaded.example.com', httpPort: 8080, dockerReverseProxyMethod: 'REPOPATHPREFIX' });

    await page.getByTestId('settings-file-input').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"httpPort":"eighty"}') });
    await expect(page.getByText(/bad\.json: The file is not a webServer settings JSON/)).toBeVisible();
  });
});
