// Set-up shared by the system configuration and trust specs: instances saved through the
// services (token auth: Access trust calls refuse Basic with a password since 7.12), then
// the page reloaded; elsewhere through the Instances screen.
import { expect, type Page } from '@playwright/test';
import type { AppServices } from '../../../electron/services/app-services-types';
import type { FakePlatform } from '../../fake-platform/index';
import { addInstance } from './instances';

export interface SavedAs {
  name: string;
  readOnly?: boolean;
  environment?: string;
}

export async function saveInstances(page: Page, services: AppServices | null, entries: { platform: FakePlatform; as: SavedAs }[], screen: string): Promise<void> {
  for (const { platform, as } of entries) {
    const fields = {
      name: as.name,
      baseUrl: platform.url,
      authKind: 'token' as const,
      secret: platform.principals.admin.token,
      readOnly: as.readOnly ?? false,
      ...(as.environment ? { environment: as.environment } : {}),
    };
    if (!services) {
      await addInstance(page, fields);
      continue;
    }
    const saved = await services.dispatch('instances.save', fields);
    if (!saved.ok) throw new Error(`instances.save failed: ${saved.error.message}`);
  }
  if (services) await page.reload();
  await expect(page.getByRole('navigation', { name: 'Screens' }).getByRole('button', { name: screen })).toBeEnabled();
}

/** CodeMirror's own search and replace panel, the way a person edits a long file. */
export async function replaceInEditor(page: Page, find: string, replace: string): Promise<void> {
  const editor = page.getByTestId('xml-editor');
  await editor.locator('.cm-content').click();
  await page.keyboard.press('Control+f');
  const panel = editor.locator('.cm-search');
  await panel.locator('input[name="search"]').fill(find);
  await panel.locator('input[name="replace"]').fill(replace);
  await panel.getByRole('button', { name: 'replace all' }).click();
  await panel.getByRole('button', { name: 'close' }).click();
}
