// Access and trust: the root certificate's fingerprint, federation between two saved
// instances (two fakes that see each other) with validation and the circle-of-trust graph,
// pairing with no pairing token anywhere in the page or the bridge, the private-route
// check of the connection test, read-only refusals.
import { X509Certificate } from 'node:crypto';
import { expect, test } from './fixtures';
import { fillInstanceForm, goToScreen, openAddForm } from './support/instances';
import { saveInstances } from './support/platform-trust';
import { shotLightAndDark } from './support/screenshots';
import { rootCertificate, trustSource, trustState } from '../fake-platform/areas/trust';
import { useRouteResolver } from '../../electron/services/instances/private-route';

const SCREEN = 'Access and trust';

test.describe('access and trust', () => {
  test('the root certificate is decoded: subject, validity and its SHA-256 fingerprint', async ({ page, platform, services }) => {
    await saveInstances(page, services, [{ platform, as: { name: 'Acme' } }], SCREEN);
    await goToScreen(page, SCREEN);
    const fingerprint = new X509Certificate((await rootCertificate(platform.state)).pem).fingerprint256;
    const cert = page.getByTestId('root-cert');
    await expect(cert.getByTestId('cert-SHA-256 fingerprint')).toHaveText(fingerprint);
    await expect(cert.getByTestId('cert-Subject')).toContainText('CN=jfac@fake-node-1');
    await expect(cert.getByTestId('cert-Valid until')).toContainText('days left');
    await expect(page.getByTestId('access-ping')).toHaveText('Ping: OK');
    await shotLightAndDark(page, 'trust-access');
  });

  test('federation between two saved instances: validate (refused, then trusted) → register → the graph shows the edge → delete', async ({
    page,
    platform,
    extraPlatform,
    services,
  }) => {
    const other = await extraPlatform({ nodeId: 'fake-node-2' });
    await saveInstances(
      page,
      services,
      [
        { platform, as: { name: 'Acme' } },
        { platform: other, as: { name: 'Acme EU' } },
      ],
      SCREEN,
    );
    await goToScreen(page, SCREEN);
    await page.getByRole('tab', { name: 'Between instances' }).click();
    await page.getByRole('combobox', { name: 'Target' }).click();
    await page.getByRole('option', { name: 'Acme EU' }).click();
    await expect(page.getByRole('textbox', { name: 'Target Access URL' })).toHaveValue(`${other.url}/access`);
    await expect(page.getByRole('textbox', { name: 'Target name' })).toHaveValue('acme-eu');

    await page.getByRole('button', { name: 'Validate' }).click();
    await expect(page.getByTestId('instances-federation-outcome')).toContainText('HTTP 412');
    await expect(page.getByTestId('instances-federation-outcome')).toContainText('response from target server');

    trustSource(other.state, platform.url);
    await page.getByRole('button', { name: 'Validate' }).click();
    await expect(page.getByTestId('instances-federation-outcome')).toContainText('Acme EU trusts Acme');

    await page.getByRole('button', { name: 'Register on Acme' }).click();
    await expect(page.getByTestId('instances-federation-outcome')).toContainText('Acme now federates users, groups, permissions to Acme EU');
    expect(trustState(platform.state).federations.get('acme-eu')).toMatchObject({ url: `${other.url}/access`, entities: ['users', 'groups', 'permissions'] });
    const edge = page.getByTestId('trust-edge');
    await expect(edge).toHaveCount(1);
    await expect(edge).toHaveAttribute('data-from', 'Acme');
    await expect(edge).toHaveAttribute('data-to', 'Acme EU');
    await expect(edge).toContainText('users, groups, permissions');
    await page.getByRole('heading', { name: 'Circle of trust' }).scrollIntoViewIfNeeded();
    await shotLightAndDark(page, 'trust-graph');

    await page.getByRole('tab', { name: 'Federation targets' }).click();
    const row = page.getByTestId('federation-row').filter({ hasText: 'acme-eu' });
    await row.getByRole('button', { name: 'Validate' }).click();
    await expect(page.getByTestId('federation-outcome')).toContainText('circle of trust is valid');
    await row.getByRole('button', { name: 'Delete' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
    await expect(page.getByTestId('federation-row')).toHaveCount(0);
    expect(trustState(platform.state).federations.size).toBe(0);
    await page.getByRole('tab', { name: 'Between instances' }).click();
    await expect(page.getByTestId('trust-node')).toHaveCount(2);
    await expect(page.getByTestId('trust-edge')).toHaveCount(0);
  });

  test('register a target in the dialog: bad input refused unsent and kept, the platform error shown with its status', async ({ page, platform, services, bridgeLog }) => {
    await saveInstances(page, services, [{ platform, as: { name: 'Acme' } }], SCREEN);
    await goToScreen(page, SCREEN);
    await page.getByRole('tab', { name: 'Federation targets' }).click();
    await page.getByRole('button', { name: 'Register target…' }).click();
    const dialog = page.getByRole('dialog').filter({ hasText: 'Register a federation target' });
    await dialog.getByRole('textbox', { name: 'Name' }).fill('access-2');
    await dialog.getByRole('textbox', { name: 'Target Access URL' }).fill('other.example.com');
    await dialog.getByRole('button', { name: 'Register' }).click();
    await expect(dialog.getByText(/Not a URL/)).toBeVisible();
    await bridgeLog.settle();
    expect(bridgeLog.entries.filter((e) => e.call === 'trust.federationCreate')).toEqual([]);

    trustState(platform.state).federations.set('access-2', {
      name: 'access-2',
      url: 'https://x.test/access',
      entities: ['users'],
      permissionFilters: { includePatterns: [], excludePatterns: [] },
      active: true,
    });
    await dialog.getByRole('textbox', { name: 'Target Access URL' }).fill('https://other.example.com/access');
    await dialog.getByRole('button', { name: 'Register' }).click();
    await expect(dialog.getByTestId('error-state')).toContainText('HTTP 404');
    await expect(dialog.getByRole('textbox', { name: 'Name' })).toHaveValue('access-2');
  });

  test('pairing between two saved instances succeeds, and no pairing token reaches the page or the bridge', async ({ page, platform, extraPlatform, services, bridgeLog }) => {
    const other = await extraPlatform({ nodeId: 'fake-node-2' });
    await saveInstances(
      page,
      services,
      [
        { platform, as: { name: 'Acme' } },
        { platform: other, as: { name: 'Acme EU' } },
      ],
      SCREEN,
    );
    await goToScreen(page, SCREEN);
    await page.getByRole('tab', { name: 'Pairing' }).click();
    await expect(page.getByTestId('no-pairings')).toBeVisible();
    await page.getByRole('combobox', { name: 'Pair Acme with' }).click();
    await page.getByRole('option', { name: 'Acme EU' }).click();
    await page.getByRole('button', { name: 'Pair…' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Pair' }).click();
    await expect(page.getByTestId('pairing-done')).toContainText('Acme and Acme EU are paired for federated-repo/*');
    await expect(page.getByTestId('pairing')).toHaveText(other.url);
    await shotLightAndDark(page, 'trust-pairing');

    const tokens = [...trustState(other.state).pairingTokens.keys()];
    expect(tokens).toHaveLength(1);
    await bridgeLog.settle();
    const html = await page.content();
    for (const token of tokens) {
      expect(bridgeLog.allText()).not.toContain(token);
      expect(html).not.toContain(token);
      // Not even the token's signature part.
      expect(bridgeLog.allText()).not.toContain(token.split('.')[2]);
    }
  });

  test('a read-only instance: every change is disabled with the reason', async ({ page, platform, services }) => {
    trustState(platform.state).federations.set('access-2', {
      name: 'access-2',
      url: 'https://x.test/access',
      entities: ['users'],
      permissionFilters: { includePatterns: [], excludePatterns: [] },
      active: true,
    });
    await saveInstances(page, services, [{ platform, as: { name: 'Acme RO', readOnly: true } }], SCREEN);
    await goToScreen(page, SCREEN);
    const blocked = page.locator('[data-blocked-reason="Acme RO is read-only: changes are disabled"]');
    await expect(blocked.getByRole('button', { name: 'Import on the server…' })).toBeDisabled();
    await page.getByRole('tab', { name: 'Federation targets' }).click();
    await expect(blocked.getByRole('button', { name: 'Register target…' })).toBeDisabled();
    const row = page.getByTestId('federation-row').filter({ hasText: 'access-2' });
    await expect(row.locator('[data-blocked-reason]').getByRole('button', { name: 'Delete' })).toBeDisabled();
    // Validation changes nothing: still allowed.
    await expect(row.getByRole('button', { name: 'Validate' })).toBeEnabled();
  });
});

test.describe('private route in the connection test', () => {
  test('a JFrog Cloud instance reached through private addresses: each is named private', async ({ page, extraPlatform, services }) => {
    test.skip(!services, 'browser host only: the DNS seam it replaces lives in the services of the browser host');
    const cloud = await extraPlatform({ mode: 'cloud' });
    const restore = useRouteResolver(async () => [
      { address: '10.0.3.7', family: 4 },
      { address: '52.20.1.2', family: 4 },
    ]);
    try {
      const dialog = await openAddForm(page);
      await fillInstanceForm(dialog, { name: 'Acme Cloud', baseUrl: cloud.url, authKind: 'token', secret: cloud.principals.admin.token });
      await dialog.getByRole('button', { name: 'Test connection' }).click();
      const route = dialog.getByTestId('step-route');
      await expect(route).toContainText('10.0.3.7 (private');
      await expect(route).toContainText('52.20.1.2 (public)');
      await expect(route).toHaveAttribute('data-state', 'warn');
      await expect(route).toContainText('does not block access from the public Internet');
      await shotLightAndDark(page, 'trust-private-route');
    } finally {
      restore();
    }
  });
});
