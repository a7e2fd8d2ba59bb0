// The reverse proxy form and snippet preview, shared by HTTP settings and the offline
// snippet generator.
import type { Download, Locator, Page } from '@playwright/test';

export const settingsForm = (page: Page): Locator => page.getByRole('region', { name: 'Reverse proxy settings' });
export const preview = (page: Page): Locator => page.getByRole('region', { name: 'Snippet preview' });
export const serverNameField = (page: Page): Locator => settingsForm(page).getByLabel(/Public server name/);
export const snippetProblems = (page: Page): Locator => page.getByTestId('snippet-problems');

/** One snippet panel, e.g. snippet(page, 'NGINX', 'offline'). */
export const snippet = (page: Page, server: 'NGINX' | 'Apache', source: 'offline' | 'platform'): Locator =>
  preview(page).getByRole('region', { name: `${server} snippet (${source})` });

export async function showTab(page: Page, name: string): Promise<void> {
  await preview(page).getByRole('tab', { name, exact: true }).click();
}

export async function readDownload(download: Download): Promise<string> {
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}
