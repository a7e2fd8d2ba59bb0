// "Test connection" in the instance form: cancel a hanging test without losing the form,
// a stale result goes as soon as an input it depended on changes, each usual URL mistake
// gets its fix (against real loopback servers), and a password that Access refuses is
// warned about.
import { expect, test } from './fixtures';
import { adminBasic, fillInstanceForm, openAddForm } from './support/instances';
import { shot } from './support/screenshots';
import { startLoopbackServer, welcomePage, type LoopbackServer } from '../support/loopback-server';
import { makeTestPki } from '../support/tls';

const VERSION_PATH = '/artifactory/api/system/version';

test.describe('instances: test connection', () => {
  test('a hanging test can be stopped; the form stays with what was typed, and main drops the request', async ({ page, platform }) => {
    platform.faults.add({ kind: 'hang', path: VERSION_PATH });
    const dialog = await openAddForm(page);
    await fillInstanceForm(dialog, { ...adminBasic(platform, 'Hangs'), environment: 'qa', timeoutSeconds: '300' });
    await dialog.getByTestId('test-connection').click();
    await expect(dialog.getByTestId('connection-testing')).toBeVisible();
    await expect(dialog.getByTestId('test-connection')).toBeDisabled();
    // The platform has the request and is holding it.
    await expect.poll(() => platform.requests.filter((r) => r.path === VERSION_PATH).length).toBe(1);

    await dialog.getByTestId('cancel-test').click();
    await expect(dialog.getByTestId('test-cancelled')).toBeVisible();
    await expect(dialog.getByTestId('connection-testing')).toHaveCount(0);
    await expect(dialog.getByTestId('test-connection')).toBeEnabled();
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('textbox', { name: 'Name', exact: true })).toHaveValue('Hangs');
    await expect(dialog.getByLabel('Environment label')).toHaveValue('qa');
    await expect(dialog.locator('input[type="password"]')).toHaveValue(platform.principals.admin.password);
    // Main aborted the platform request: the fake saw the client close it, long before the 300 s timeout.
    await expect.poll(() => platform.requests.find((r) => r.path === VERSION_PATH)?.abandoned).toBe(true);

    // Once the platform answers again, the same form tests fine.
    platform.faults.clear();
    await dialog.getByTestId('test-connection').click();
    await expect(dialog.getByTestId('connection-report')).toContainText('Connected');
    await expect(dialog.getByTestId('test-cancelled')).toHaveCount(0);
  });

  test('a result is cleared as soon as an input it depended on changes (a pasted invalid CA), not for a new name', async ({ page, platform }) => {
    const dialog = await openAddForm(page);
    await fillInstanceForm(dialog, adminBasic(platform, 'Stale'));
    await dialog.getByTestId('test-connection').click();
    const report = dialog.getByTestId('connection-report');
    await expect(report).toContainText('Connected');

    await fillInstanceForm(dialog, { name: 'Renamed', environment: 'dev' });
    await expect(report).toContainText('Connected');

    await dialog.getByRole('textbox', { name: /Extra CA certificate/ }).fill('not a certificate');
    await expect(report).toHaveCount(0);

    // Testing again checks the input first: the CA is refused before anything is sent.
    const sent = platform.requests.length;
    await dialog.getByTestId('test-connection').click();
    await expect(dialog.getByText('The CA file is not a PEM certificate')).toBeVisible();
    await expect(report).toHaveCount(0);
    expect(platform.requests.length).toBe(sent);
  });

  test('each usual URL mistake gets its fix', async ({ page, platform }) => {
    const pki = await makeTestPki();
    const servers: LoopbackServer[] = [];
    try {
      const plain = await startLoopbackServer(welcomePage('Plain site', 'plain/1.0'));
      const secure = await startLoopbackServer(welcomePage('Secure site', 'secure/1.0'), { keyPem: pki.keyPem, certPem: pki.certPem });
      const other = await startLoopbackServer(welcomePage('Jenkins', 'Jetty(10.0.20)'));
      servers.push(plain, secure, other);

      const dialog = await openAddForm(page);
      await fillInstanceForm(dialog, adminBasic(platform, 'Mistakes'));
      const fix = dialog.getByTestId('connection-fix');
      const cases: [string, RegExp[]][] = [
        [`${platform.url}/artifactory`, [/ends in \/artifactory/, new RegExp(`use ${platform.url.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}\\.`)]],
        [`https://127.0.0.1:${plain.port}`, [/speaks plain HTTP, not TLS/, new RegExp(`Use http://127\\.0\\.0\\.1:${plain.port}`)]],
        [`http://127.0.0.1:${secure.port}`, [/speaks TLS \(HTTPS\), not plain HTTP/, new RegExp(`Use https://127\\.0\\.0\\.1:${secure.port}`)]],
        [other.url, [/answers, but not as a JFrog platform/, /HTTP 200/, /server Jetty\(10\.0\.20\)/, /page \u201cJenkins\u201d/]],
      ];
      for (const [baseUrl, expected] of cases) {
        await fillInstanceForm(dialog, { baseUrl });
        await expect(fix).toHaveCount(0);
        await dialog.getByTestId('test-connection').click();
        await expect(dialog.getByTestId('connection-report')).toContainText('Connection failed');
        for (const pattern of expected) await expect(fix, baseUrl).toContainText(pattern);
        if (baseUrl === other.url) await shot(page, 'instance-form-diagnosis');
      }
      // The credentials never reached the servers that are not the platform.
      expect(secure.paths).toEqual([]);
      expect([...plain.authorizations, ...other.authorizations].every((header) => header === undefined)).toBe(true);
    } finally {
      await Promise.all(servers.map((server) => server.close()));
    }
  });

  test('a password that Access refuses: the test warns and says to use a token, and so do the screens', async ({ page, platform }) => {
    platform.state.accessPasswordPolicy = 'refuse-401';
    const dialog = await openAddForm(page);
    await fillInstanceForm(dialog, adminBasic(platform, 'Password only'));
    await dialog.getByTestId('test-connection').click();
    const report = dialog.getByTestId('connection-report');
    await expect(report).toContainText('Connected');
    await expect(report.getByTestId('step-auth')).toHaveAttribute('data-state', 'ok');
    await expect(report.getByTestId('step-access')).toHaveAttribute('data-state', 'warn');
    await expect(report.getByTestId('step-access')).toContainText('Access refused the password (401)');
    await expect(dialog.getByTestId('connection-fix')).toContainText('Use an access token for this instance');

    await dialog.getByRole('button', { name: 'Add instance' }).click();
    await expect(dialog).toBeHidden();
    await page.getByRole('navigation', { name: 'Screens' }).getByRole('button', { name: 'Users' }).click();
    const error = page.getByTestId('error-state');
    await expect(error).toContainText('Access refused the password (401)');
    await expect(error).toContainText('sign in with an access token');
  });
});
