// The page's own security in a real browser: a Content-Security-Policy without
// style-src 'unsafe-inline' that the whole UI lives with (no violation on any main screen),
// and the one-time hand-over of the browser host's session.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { addInstance, adminBasic, goToScreen } from './support/instances';

/** Records every CSP violation the page reports, from its first script on. */
async function recordViolations(page: Page): Promise<() => Promise<string[]>> {
  const console: string[] = [];
  page.on('console', (message) => {
    if (/Content.Security.Policy/i.test(message.text())) console.push(message.text());
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI} ${event.sample}`));
  });
  return async () => [...console, ...(await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations))];
}

test('every main screen renders under the strict policy: no CSP violation, emotion styles carry the nonce', async ({ page, platform }, testInfo) => {
  test.skip(testInfo.project.name !== 'browser-host', 'The policy is checked through the browser host; the Electron protocol serves the same page and headers');
  const violations = await recordViolations(page);
  const response = await page.reload();
  const policy = (await response?.headerValue('content-security-policy')) ?? '';
  expect(policy).toMatch(/style-src 'self' 'nonce-[A-Za-z0-9+/=]{16,}'/);
  expect(policy).not.toContain('unsafe-inline');

  await expect(page.getByRole('heading', { name: 'Welcome to Lilypad' })).toBeVisible();
  await addInstance(page, adminBasic(platform));
  await goToScreen(page, 'Overview');
  await expect(page.getByTestId('artifactory-version')).toHaveText(platform.state.system.version);
  await goToScreen(page, 'Users');
  await expect(page.getByTestId('users-table')).toHaveAttribute('data-done', 'true');
  await page.getByTestId('user-create').click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.keyboard.press('Escape');
  await goToScreen(page, 'Groups');
  await expect(page.getByTestId('groups-table')).toBeVisible();
  await goToScreen(page, 'HTTP settings');
  await expect(page.getByRole('main')).toContainText(/Server name|serverName/i);
  await goToScreen(page, 'Snippet generator');
  await expect(page.getByRole('main').getByRole('heading').first()).toBeVisible();
  await page.keyboard.press('Control+k'); // the instance switcher menu
  await page.keyboard.press('Escape');

  const styles = await page.evaluate(() => {
    const tags = Array.from(document.querySelectorAll('style'));
    return { total: tags.length, withNonce: tags.filter((tag) => (tag.nonce ?? '').length > 0).length, emotion: document.querySelectorAll('style[data-emotion]').length };
  });
  expect(styles.emotion).toBeGreaterThan(0);
  expect(styles.withNonce).toBe(styles.total);
  expect(await violations()).toEqual([]);
});

test('the hand-over code works once: the address bar loses it, a fresh browser with the same link gets no session', async ({ page, host, launchBrowser }, testInfo) => {
  test.skip(testInfo.project.name !== 'browser-host', 'Only the browser host hands over a session');
  if (!host) throw new Error('no browser host');
  await goToScreen(page, 'Instances');
  await expect(page.getByTestId('secret-storage-notice')).toBeVisible();
  expect(page.url()).not.toContain('code=');
  expect(await page.evaluate(() => window.location.hash)).not.toContain('code=');

  // The same link in a browser with nothing stored: the code is spent.
  const stranger = await (await launchBrowser()).newContext();
  try {
    const other = await stranger.newPage();
    await other.goto(host.url);
    await goToScreen(other, 'Instances');
    await expect(other.getByText('This page has no Lilypad session')).toBeVisible();
  } finally {
    await stranger.close();
  }
});

test('a second tab of the same browser is signed in by the first one; a reload keeps the session', async ({ page, host, platform }, testInfo) => {
  test.skip(testInfo.project.name !== 'browser-host', 'Only the browser host hands over a session');
  if (!host) throw new Error('no browser host');
  await addInstance(page, adminBasic(platform, 'Shared'));
  const second = await page.context().newPage();
  await second.goto(`${host.origin}/#/instances`);
  await expect(second.getByTestId('instance-card').filter({ hasText: 'Shared' })).toBeVisible();
  await second.reload();
  await expect(second.getByTestId('instance-card').filter({ hasText: 'Shared' })).toBeVisible();
  await second.close();
});
