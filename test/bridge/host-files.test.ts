// The browser host hands a finished download to the browser: GET /api/files/<ticket> streams
// the file as an attachment once, then removes it; a used, unknown or malformed ticket is a
// 404, and only GET is answered.
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserHost, type BrowserHost } from '../../electron/host/browser-host';
import { FileShelf } from '../../electron/services/downloads/save-target';
import { TEST_TOKEN, fakeRendererDir, fakeServices } from './support';

const shelf = new FileShelf();
let host: BrowserHost;
beforeAll(async () => {
  host = await startBrowserHost({ services: { ...fakeServices(), files: shelf }, staticDir: fakeRendererDir().staticDir, token: TEST_TOKEN });
});
afterAll(async () => host.close());

describe('browser host: finished downloads', () => {
  it('serves a shelved file once as an attachment, then removes it', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'lilypad-host-files-')), 'b1.zip');
    writeFileSync(file, Buffer.from('PK\u0003\u0004 archive bytes'));
    const ticket = shelf.offer({ path: file, name: 'B1-155.zip', removeAfterServing: true });
    const first = await fetch(`${host.origin}/api/files/${ticket}`);
    expect(first.status).toBe(200);
    expect(first.headers.get('content-disposition')).toBe('attachment; filename="B1-155.zip"');
    expect(first.headers.get('content-type')).toBe('application/zip');
    expect(Buffer.from(await first.arrayBuffer()).toString('latin1')).toBe('PK\u0003\u0004 archive bytes');
    // Removed once the host has finished sending, which may be just after the body arrived here.
    await expect.poll(() => existsSync(file)).toBe(false);
    expect((await fetch(`${host.origin}/api/files/${ticket}`)).status).toBe(404);
  });

  it('refuses unknown and malformed tickets, and methods other than GET', async () => {
    expect((await fetch(`${host.origin}/api/files/${'a'.repeat(48)}`)).status).toBe(404);
    expect((await fetch(`${host.origin}/api/files/..%2f..%2fetc%2fpasswd`)).status).toBe(404);
    const file = join(mkdtempSync(join(tmpdir(), 'lilypad-host-files-')), 'b2.zip');
    writeFileSync(file, 'x');
    const ticket = shelf.offer({ path: file, name: 'b2.zip', removeAfterServing: true });
    expect((await fetch(`${host.origin}/api/files/${ticket}`, { method: 'POST' })).status).toBe(405);
  });
});
