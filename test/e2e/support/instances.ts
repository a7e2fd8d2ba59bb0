import { expect, type Locator, type Page } from '@playwright/test';
import type { AppServices } from '../../../electron/services/app-services-types';
import type { AuthKind } from '../../../shared/areas/instances/model';
import { AUTH_KIND_LABELS } from '../../../shared/areas/instances/model';

export interface InstanceFields {
  name?: string;
  baseUrl?: string;
  authKind?: AuthKind;
  username?: string;
  /** Password or token, by auth kind. */
  secret?: string;
  environment?: string;
  readOnly?: boolean;
  /** One of the palette swatches, e.g. '#1565c0'. */
  color?: string;
  timeoutSeconds?: string;
}

export const formDialog = (page: Page): Locator => page.getByRole('dialog').filter({ has: page.getByRole('heading', { name: /^(Add instance|Edit )/ }) });

export const navItem = (page: Page, label: string): Locator => page.getByRole('navigation', { name: 'Screens' }).getByRole('button', { name: label, exact: true });

/** Clicks the screen in the navigation and waits until it is the current one. */
export async function goToScreen(page: Page, label: string): Promise<void> {
  await navItem(page, label).click();
  await expect(navItem(page, label)).toHaveAttribute('aria-current', 'page');
}

/**
 * Opens a screen by its route, as a bookmark or a link would (#/http-settings), without
 * the navigation: for screens the navigation may hide.
 */
export async function openRoute(page: Page, route: string): Promise<void> {
  await page.evaluate((hash) => {
    window.location.hash = hash;
  }, `#/${route}`);
}

/** Opens "Add instance" from wherever the user is (welcome screen or the Instances screen). */
export async function openAddForm(page: Page): Promise<Locator> {
  await goToScreen(page, 'Instances');
  await page.getByRole('main').getByRole('button', { name: 'Add instance' }).first().click();
  const dialog = formDialog(page);
  await expect(dialog).toBeVisible();
  return dialog;
}

const secretField = (dialog: Locator) => dialog.locator('input[type="password"]');

/** Types into the form as a user would; only the given fields are touched. */
export async function fillInstanceForm(dialog: Locator, fields: InstanceFields): Promise<void> {
  const page = dialog.page();
  if (fields.name !== undefined) await dialog.getByRole('textbox', { name: 'Name', exact: true }).fill(fields.name);
  if (fields.baseUrl !== undefined) await dialog.getByRole('textbox', { name: 'Base URL', exact: true }).fill(fields.baseUrl);
  if (fields.authKind !== undefined) {
    await dialog.getByRole('combobox', { name: 'Authentication' }).click();
    await page.getByRole('option', { name: AUTH_KIND_LABELS[fields.authKind] }).click();
  }
  if (fields.username !== undefined) await dialog.getByRole('textbox', { name: 'Username', exact: true }).fill(fields.username);
  if (fields.secret !== undefined) await secretField(dialog).fill(fields.secret);
  if (fields.environment !== undefined) await dialog.getByLabel('Environment label').fill(fields.environment);
  if (fields.color !== undefined) await dialog.getByRole('button', { name: `Colour ${fields.color}` }).click();
  if (fields.readOnly !== undefined) await dialog.getByRole('switch', { name: /Read-only/ }).setChecked(fields.readOnly);
  if (fields.timeoutSeconds !== undefined) await dialog.getByLabel('Request timeout (seconds)').fill(fields.timeoutSeconds);
}

/** Adds an instance through the UI and waits for the dialog to close. */
export async function addInstance(page: Page, fields: InstanceFields & { name: string; baseUrl: string }): Promise<void> {
  const dialog = await openAddForm(page);
  await fillInstanceForm(dialog, fields);
  await dialog.getByRole('button', { name: 'Add instance' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('instance-card').filter({ hasText: fields.name })).toBeVisible();
}

/**
 * An instance the test needs but is not about. On the browser host it is saved through
 * the services and the page reloads; on the electron target (services live in its main
 * process) through the Instances screen. Either way it returns once the app shows the
 * instance as the active one.
 */
export async function setUpInstance(page: Page, services: AppServices | null, fields: InstanceFields & { name: string; baseUrl: string }): Promise<void> {
  if (!services) {
    await addInstance(page, fields);
  } else {
    const saved = await services.dispatch('instances.save', fields);
    if (!saved.ok) throw new Error(`instances.save failed: ${saved.error.message}`);
    await page.reload();
  }
  await expect(page.getByTestId('instance-switcher').getByTestId('instance-name')).toHaveText(fields.name);
}

/** Shortcut for the common case: the admin principal of a fake platform over Basic auth. */
export const adminBasic = (platform: { url: string; principals: { admin: { username: string; password: string } } }, name = 'Acme') => ({
  name,
  baseUrl: platform.url,
  authKind: 'basic-password' as const,
  username: platform.principals.admin.username,
  secret: platform.principals.admin.password,
});

export async function switchInstance(page: Page, name: string): Promise<void> {
  await page.getByTestId('instance-switcher').click();
  await page.getByRole('menuitem').filter({ hasText: name }).click();
  await expect(page.getByTestId('instance-switcher')).toContainText(name);
}
