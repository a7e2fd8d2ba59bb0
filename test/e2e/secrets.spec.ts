import { expect, test } from './fixtures';
import { addInstance, adminBasic, formDialog, goToScreen } from './support/instances';

test('saved passwords and tokens never reach the page, its storage or any bridge response', async ({ page, platform, bridgeLog }, testInfo) => {
  const password = platform.principals.admin.password;
  const token = platform.principals.reader.token;
  await addInstance(page, adminBasic(platform, 'Password instance'));
  await addInstance(page, { name: 'Token instance', baseUrl: platform.url, authKind: 'token', secret: token });

  // Walk the screens that show instance data, and open an edit form.
  await goToScreen(page, 'Overview');
  await expect(page.getByTestId('artifactory-version')).toBeVisible();
  await goToScreen(page, 'Instances');
  await page.getByRole('button', { name: 'Edit Password instance' }).click();
  await expect(formDialog(page).locator('input[type="password"]')).toHaveValue('');
  await expect(formDialog(page).getByRole('textbox', { name: 'Username', exact: true })).toHaveValue(platform.principals.admin.username);

  const seen = await page.evaluate(async () => {
    const storage = (store: Storage) => Array.from({ length: store.length }, (_, i) => `${store.key(i)}=${store.getItem(store.key(i) ?? '')}`).join('\n');
    const databases = 'databases' in indexedDB ? await indexedDB.databases() : [];
    return {
      text: document.body.innerText,
      html: document.documentElement.outerHTML,
      inputs: Array.from(document.querySelectorAll('input, textarea'), (el) => (el as HTMLInputElement).value).join('\n'),
      local: storage(localStorage),
      session: storage(sessionStorage),
      idb: databases.map((db) => db.name ?? '').join('\n'),
    };
  });
  const cookies = JSON.stringify(await page.context().cookies());
  await bridgeLog.settle();
  const responses = bridgeLog.allText();

  for (const secret of [password, token]) {
    for (const [where, text] of Object.entries({ ...seen, cookies, responses })) {
      expect(text.includes(secret), `${where} contains a saved secret`).toBe(false);
    }
  }
  // The checks looked at real content: the UI state is persisted and the bridge was used.
  expect(seen.local).toContain('lilypad-ui');
  expect(seen.text).toContain('Password instance');
  if (testInfo.project.name === 'browser-host') {
    expect(bridgeLog.entries.map((e) => e.call)).toEqual(expect.arrayContaining(['instances.list', 'instances.save', 'system.overview']));
  }
});

test('the browser host tells the user that secrets live in memory for this session only', async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== 'browser-host', 'The Electron app keeps secrets in the OS keyring; this notice is the browser host’s');
  await goToScreen(page, 'Instances');
  await expect(page.getByTestId('secret-storage-notice')).toContainText('in memory for this session only');
  // Memory is the only backend here: no opt-in to weak storage is offered.
  await expect(page.getByTestId('secret-storage-notice').getByRole('button')).toHaveCount(0);
});
