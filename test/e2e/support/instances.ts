import { expect, type Locator, type Page } from '@playwright/test';
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

export async function goToScreen(page: Page, label: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Screens' }).getByRole('button', { name: label }).click();
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
