// Helpers for the trust specs (dialogs, production guard, activity log).
import { expect, type Page } from '@playwright/test';
import type { AppServices } from '../../../electron/services/app-services-types';
import type { FakePlatform } from '../../fake-platform/index';
import { addInstance, goToScreen, type InstanceFields } from './instances';

/**
 * Adds the instance through the services and reloads; on the electron target, where
 * services live in main, through the form.
 */
export async function saveInstance(page: Page, services: AppServices | null, fields: InstanceFields & { name: string; baseUrl: string }): Promise<void> {
  if (!services) return addInstance(page, fields);
  const saved = await services.dispatch('instances.save', fields);
  if (!saved.ok) throw new Error(saved.error.message);
  await page.reload();
}

export async function openUsers(page: Page): Promise<void> {
  await goToScreen(page, 'Users');
  await expect(page.getByTestId('users-table')).toHaveAttribute('data-done', 'true');
}

export async function openUser(page: Page, username: string): Promise<void> {
  await page.getByTestId('users-filter').fill(username);
  await page.locator(`[data-testid="user-row"][data-username="${username}"]`).click();
  await expect(page.getByTestId('user-details')).toHaveAttribute('data-username', username);
  await expect(page.getByTestId('user-field-email')).not.toHaveText('');
}

/** The platform's requests as "METHOD path", from index `from` on. */
export const requestLines = (platform: FakePlatform, from = 0): string[] => platform.requests.slice(from).map((r) => `${r.method} ${r.path}`);

/** The discard question FormDialog asks. */
export const discardQuestion = (page: Page) => page.getByRole('dialog').filter({ has: page.getByRole('heading', { name: 'Discard your changes?' }) });
