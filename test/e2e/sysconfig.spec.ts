// System configuration: edit artifactory.config.xml in the editor, see the diff, save with
// the production guard, find the local backup, restore it; malformed XML never leaves the
// page; a read-only instance refuses. Screenshots go to $LILYPAD_SCREENSHOTS when it is set.
import { expect, test } from './fixtures';
import { goToScreen } from './support/instances';
import { replaceInEditor, saveInstances } from './support/platform-trust';
import { shotLightAndDark } from './support/screenshots';
import { sysconfigState } from '../fake-platform/areas/sysconfig';
import { minimalConfigXml } from '../fake-platform/fixtures/config-xml';

const SCREEN = 'System configuration';

test.describe('system configuration', () => {
  test.beforeEach(({ platform }) => {
    sysconfigState(platform.state).xml = minimalConfigXml('https://artifacts.acme.test');
  });

  test('edit the XML → diff → save (production name typed) → the backup is listed → diff it → restore it', async ({ page, platform, services }) => {
    await saveInstances(page, services, [{ platform, as: { name: 'Acme', environment: 'prod' } }], SCREEN);
    await goToScreen(page, SCREEN);
    const editor = page.getByTestId('xml-editor');
    await expect(editor).toContainText('<fileUploadMaxSizeMb>100</fileUploadMaxSizeMb>');
    await expect(page.getByTestId('no-backups')).toBeVisible();
    await shotLightAndDark(page, 'sysconfig-editor');

    await replaceInEditor(page, '<fileUploadMaxSizeMb>100<', '<fileUploadMaxSizeMb>500<');
    await expect(page.getByTestId('xml-state')).toHaveText('Edited: not saved');
    await page.getByRole('button', { name: 'Diff with platform' }).click();
    const diff = page.getByTestId('diff-view');
    await expect(diff.locator('[data-diff="removed"]').filter({ hasText: '<fileUploadMaxSizeMb>100' }).first()).toBeVisible();
    await expect(diff.locator('[data-diff="added"]').filter({ hasText: '<fileUploadMaxSizeMb>500' }).first()).toBeVisible();
    await shotLightAndDark(page, 'sysconfig-diff');

    await page.getByRole('button', { name: 'Save to platform…' }).click();
    const confirm = page.getByRole('dialog').filter({ hasText: 'Save the configuration of Acme?' });
    await expect(confirm).toContainText(platform.url);
    const confirmButton = confirm.getByRole('button', { name: 'Save configuration' });
    await expect(confirmButton).toBeDisabled();
    await confirm.getByTestId('confirm-instance-name').fill('Acme');
    await confirmButton.click();
    await expect(page.getByTestId('xml-saved')).toContainText('Saved to Acme');
    expect(sysconfigState(platform.state).xml).toContain('<fileUploadMaxSizeMb>500</fileUploadMaxSizeMb>');
    await expect(page.getByTestId('xml-state')).toHaveText('Same as the platform');

    const rows = page.getByTestId('backup-row');
    await expect(rows).toHaveCount(1);
    await expect(rows.first()).toContainText('before save');
    await rows.first().getByRole('button', { name: 'Diff with current' }).click();
    const backupDialog = page.getByRole('dialog').filter({ hasText: 'against Acme now' });
    await expect(backupDialog.locator('[data-diff="removed"]').filter({ hasText: '<fileUploadMaxSizeMb>100' }).first()).toBeVisible();
    await shotLightAndDark(page, 'sysconfig-backup-diff');
    await backupDialog.getByRole('button', { name: 'Close' }).click();

    await rows.first().getByRole('button', { name: 'Restore' }).click();
    const restore = page.getByRole('dialog').filter({ hasText: 'Restore a backup to Acme?' });
    await restore.getByTestId('confirm-instance-name').fill('Acme');
    await restore.getByRole('button', { name: 'Restore' }).click();
    await expect(page.getByTestId('restored')).toBeVisible();
    expect(sysconfigState(platform.state).xml).toBe(minimalConfigXml('https://artifacts.acme.test'));
    await expect(editor).toContainText('<fileUploadMaxSizeMb>100</fileUploadMaxSizeMb>');
    await expect(rows).toHaveCount(2);
    await expect(rows.first()).toContainText('before restoring');
    await shotLightAndDark(page, 'sysconfig-backups');
  });

  test('malformed XML is refused in the page: the problem is named, Save is disabled, no save call is made', async ({ page, platform, services, bridgeLog }) => {
    await saveInstances(page, services, [{ platform, as: { name: 'Acme' } }], SCREEN);
    await goToScreen(page, SCREEN);
    await expect(page.getByTestId('xml-editor')).toContainText('<offlineMode>false</offlineMode>');
    await replaceInEditor(page, '</offlineMode>', '</offline>');
    await expect(page.getByTestId('xml-problem')).toContainText('</offline> found where </offlineMode> was expected');
    await expect(page.getByRole('button', { name: 'Save to platform…' })).toBeDisabled();
    await bridgeLog.settle();
    expect(bridgeLog.entries.filter((entry) => entry.call === 'sysconfig.saveXml')).toEqual([]);
    expect(platform.requests.filter((r) => r.method === 'POST' && r.path === '/artifactory/api/system/configuration')).toEqual([]);
  });

  test('the URL base: shown, checked before sending, PUT as text', async ({ page, platform, services }) => {
    await saveInstances(page, services, [{ platform, as: { name: 'Acme' } }], SCREEN);
    await goToScreen(page, SCREEN);
    await page.getByRole('tab', { name: 'URL base' }).click();
    await expect(page.getByTestId('current-url-base')).toHaveText('Now: https://artifacts.acme.test');
    const field = page.getByRole('textbox', { name: 'Custom URL base' });
    await field.fill('artifacts.acme.test');
    await expect(page.getByText('Not a URL')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Set URL base…' })).toBeDisabled();
    await field.fill('https://registry.acme.test');
    await page.getByRole('button', { name: 'Set URL base…' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Set URL base' }).click();
    await expect(page.getByTestId('url-base-done')).toContainText('https://registry.acme.test');
    await expect(page.getByTestId('current-url-base')).toHaveText('Now: https://registry.acme.test');
    const put = platform.requests.find((r) => r.method === 'PUT');
    expect([put?.path, put?.headers['content-type'], put?.bodyText]).toEqual([
      '/artifactory/api/system/configuration/baseUrl',
      expect.stringMatching(/^text\/plain/),
      'https://registry.acme.test',
    ]);
  });

  test('a read-only instance: save and restore are disabled with the reason, the editor does not take input (and its styles pass the page policy)', async ({
    page,
    platform,
    services,
  }) => {
    await saveInstances(page, services, [{ platform, as: { name: 'Acme RO', readOnly: true } }], SCREEN);
    const refused: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) refused.push(message.text());
    });
    await goToScreen(page, SCREEN);
    await expect(page.getByTestId('read-only-notice')).toBeVisible();
    await expect(page.getByTestId('xml-editor')).toContainText('<offlineMode>');
    await expect(page.locator('[data-blocked-reason="Acme RO is read-only: changes are disabled"]').getByRole('button', { name: 'Save to platform…' })).toBeDisabled();
    await expect(page.getByTestId('xml-editor').locator('.cm-content')).toHaveAttribute('contenteditable', 'false');
    // CodeMirror's own style sheet applied under the nonce policy: the gutter is laid out beside the text.
    await expect(page.getByTestId('xml-editor').locator('.cm-gutters')).toHaveCSS('display', 'flex');
    expect(refused).toEqual([]);
  });
});
