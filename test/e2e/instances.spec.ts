import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { addInstance, adminBasic, fillInstanceForm, formDialog, goToScreen, openAddForm } from './support/instances';

test.describe('instances', () => {
  test('add an instance: test connection shows every step, then the overview shows version and health', async ({ page, platform }) => {
    await expect(page.getByRole('heading', { name: 'Welcome to Lilypad' })).toBeVisible();
    await page.getByTestId('welcome-add').click();
    const dialog = formDialog(page);
    await fillInstanceForm(dialog, { ...adminBasic(platform), environment: 'prod' });

    await dialog.getByRole('button', { name: 'Test connection' }).click();
    const report = dialog.getByTestId('connection-report');
    await expect(report).toContainText('Connected');
    await expect(report).toContainText(platform.state.system.version);
    for (const step of ['reach', 'auth', 'version']) await expect(report.getByTestId(`step-${step}`)).toHaveAttribute('data-state', 'ok');
    await expect(report.getByTestId('step-tls')).toHaveAttribute('data-state', /ok|skipped/);
    await expect(report.getByTestId('step-platform')).toHaveAttribute('data-state', /ok|warn/);

    await dialog.getByRole('button', { name: 'Add instance' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByTestId('instance-switcher')).toContainText('Acme');
    await expect(page.getByTestId('instance-switcher').getByTestId('env-chip')).toHaveText('PROD');

    await goToScreen(page, 'Overview');
    await expect(page.getByTestId('artifactory-version')).toHaveText(platform.state.system.version);
    await expect(page.getByTestId('health-banner')).toHaveText('All services healthy');
    await expect(page.getByTestId('health-row').first()).toHaveAttribute('data-state', 'HEALTHY');
    // The platform really was asked, as the admin over Basic auth.
    const versionCalls = platform.requests.filter((r) => r.path === '/artifactory/api/system/version');
    expect(versionCalls.length).toBeGreaterThan(0);
    expect(versionCalls.at(-1)?.principal).toBe(platform.principals.admin.username);
    expect(versionCalls.at(-1)?.headers.authorization).toMatch(/^Basic /);
  });

  test('a wrong password: test connection and the overview say 401 clearly; the form keeps what was typed', async ({ page, platform }) => {
    const typed = { ...adminBasic(platform, 'Wrong pass'), secret: 'not-the-password', environment: 'staging', timeoutSeconds: '12' };
    const dialog = await openAddForm(page);
    await fillInstanceForm(dialog, typed);
    await dialog.getByRole('button', { name: 'Test connection' }).click();
    const report = dialog.getByTestId('connection-report');
    await expect(report).toContainText('Connection failed');
    await expect(report.getByTestId('step-auth')).toHaveAttribute('data-state', 'fail');
    await expect(report.getByTestId('step-auth')).toContainText('401');

    // Nothing typed was lost.
    await expect(dialog.getByRole('textbox', { name: 'Name', exact: true })).toHaveValue(typed.name);
    await expect(dialog.getByRole('textbox', { name: 'Base URL', exact: true })).toHaveValue(typed.baseUrl);
    await expect(dialog.getByRole('textbox', { name: 'Username', exact: true })).toHaveValue(typed.username);
    await expect(dialog.locator('input[type="password"]')).toHaveValue(typed.secret);
    await expect(dialog.getByLabel('Environment label')).toHaveValue('staging');
    await expect(dialog.getByLabel('Request timeout (seconds)')).toHaveValue('12');

    // Saved anyway, the overview explains the failure instead of showing data.
    await dialog.getByRole('button', { name: 'Add instance' }).click();
    await expect(dialog).toBeHidden();
    await goToScreen(page, 'Overview');
    const error = page.getByTestId('error-state').filter({ hasText: 'system overview' });
    await expect(error).toContainText('HTTP 401');
    await expect(error.getByRole('button', { name: 'Retry' })).toBeVisible();
  });

  test('a failed save keeps every typed value and points at the field', async ({ page, platform, bridgeLog }) => {
    const dialog = await openAddForm(page);
    await fillInstanceForm(dialog, { ...adminBasic(platform, 'Broken'), baseUrl: 'ftp://nope', environment: 'dev' });
    await dialog.getByRole('button', { name: 'Add instance' }).click();
    await expect(dialog.getByText('Base URL must be an http(s) URL')).toBeVisible();
    await expect(dialog.getByRole('textbox', { name: 'Name', exact: true })).toHaveValue('Broken');
    await expect(dialog.locator('input[type="password"]')).toHaveValue(platform.principals.admin.password);
    await expect(dialog.getByLabel('Environment label')).toHaveValue('dev');
    // The form refused it itself: instances.save never left the page (the bridge would
    // refuse it too, with the same words, so only the call count tells the two apart).
    if (bridgeLog.attached) expect(bridgeLog.calls('instances.save')).toBe(0);
    await expect(dialog.getByRole('textbox', { name: 'Base URL', exact: true })).toHaveAttribute('aria-invalid', 'true');
  });

  test('edit, duplicate and remove (with confirmation naming the instance)', async ({ page, platform }) => {
    await addInstance(page, adminBasic(platform, 'Acme'));
    const card = (name: string) => page.getByTestId('instance-card').filter({ hasText: name });

    // Edit: the secret field is empty and says the stored one is kept.
    await card('Acme').getByRole('button', { name: 'Edit Acme' }).click();
    const dialog = formDialog(page);
    await expect(dialog.locator('input[type="password"]')).toHaveValue('');
    await expect(dialog).toContainText('Leave empty to keep the stored password');
    await fillInstanceForm(dialog, { name: 'Acme EU', environment: 'uat', readOnly: true });
    await dialog.getByRole('button', { name: 'Save changes' }).click();
    await expect(dialog).toBeHidden();
    await expect(card('Acme EU')).toContainText('UAT');
    await expect(card('Acme EU').getByTestId('read-only-badge')).toBeVisible();
    await expect(page.getByTestId('instance-switcher')).toContainText('Acme EU');
    await expect(page.getByTestId('instance-switcher').getByTestId('read-only-badge')).toBeVisible();

    // The kept password still works after the edit.
    await goToScreen(page, 'Overview');
    await expect(page.getByTestId('artifactory-version')).toHaveText(platform.state.system.version);
    await goToScreen(page, 'Instances');

    await card('Acme EU').getByRole('button', { name: 'Duplicate Acme EU' }).click();
    await expect(page.getByTestId('instance-card')).toHaveCount(2);

    // Remove: cancel first, then confirm; the dialog names the instance.
    await card('Acme EU').first().getByRole('button', { name: 'Remove Acme EU' }).click();
    const confirm = page.getByRole('dialog');
    await expect(confirm).toContainText('Remove Acme EU?');
    await page.keyboard.press('Escape');
    await expect(confirm).toBeHidden();
    await expect(page.getByTestId('instance-card')).toHaveCount(2);
    await card('Acme EU').first().getByRole('button', { name: 'Remove Acme EU' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Remove' }).click();
    await expect(page.getByTestId('instance-card')).toHaveCount(1);
  });

  test('export holds the profiles but no password or token', async ({ page, platform }) => {
    await addInstance(page, adminBasic(platform, 'With password'));
    await addInstance(page, { name: 'With token', baseUrl: platform.url, authKind: 'token', secret: platform.principals.reader.token });
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    const download = await downloading;
    const text = readFileSync(await download.path(), 'utf8');
    expect(download.suggestedFilename()).toMatch(/\.json$/);
    expect(text).toContain('With password');
    expect(text).toContain('With token');
    expect(text).not.toContain(platform.principals.admin.password);
    expect(text).not.toContain(platform.principals.reader.token);
  });

  test('import shows what was imported and skipped; the CA picker reads a PEM file and names it', async ({ page, platform }) => {
    await addInstance(page, adminBasic(platform, 'Exported'));
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    const exported = readFileSync(await (await downloading).path(), 'utf8');

    // The same file again: the existing instance is skipped, and the user is told which and why.
    await page.getByTestId('import-file-input').setInputFiles({ name: 'instances.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
    await expect(page.getByTestId('instances-message')).toContainText(/Imported 0 instances; skipped 1: .*"Exported".*already exists/);
    await expect(page.getByTestId('instance-card')).toHaveCount(1);

    // Renamed in the file, it is imported as a new instance (without any credential).
    const renamed = exported.replace('"Exported"', '"Imported copy"');
    await page.getByTestId('import-file-input').setInputFiles({ name: 'renamed.json', mimeType: 'application/json', buffer: Buffer.from(renamed) });
    await expect(page.getByTestId('instances-message')).toContainText('Imported 1 instance');
    await expect(page.getByTestId('instance-card').filter({ hasText: 'Imported copy' })).toContainText('no credential stored');

    const dialog = await openAddForm(page);
    await fillInstanceForm(dialog, adminBasic(platform, 'Internal CA'));
    await dialog.getByTestId('ca-file-input').setInputFiles({ name: 'not-a-cert.pem', mimeType: 'text/plain', buffer: Buffer.from('hello') });
    await expect(dialog.getByTestId('ca-file-name')).toHaveText('not-a-cert.pem');
    await dialog.getByRole('button', { name: 'Add instance' }).click();
    await expect(dialog.getByText('The CA file is not a PEM certificate')).toBeVisible();
    await expect(dialog.getByRole('textbox', { name: /Extra CA certificate/ })).toHaveValue('hello');
  });
});
