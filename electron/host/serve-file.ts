// Hands a finished download (a support bundle archive main streamed to the data folder) to
// the browser as a file download: GET /api/files/<ticket>. The ticket is one-time and
// unguessable, so a plain link works (a link cannot carry the session header); the file
// is streamed from disk, never read into memory, and removed once fully sent.
import { createReadStream } from 'node:fs';
import { rm, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { pipeline } from 'node:stream/promises';
import { FILE_PATH_PREFIX, type FileShelf } from '../services/downloads/save-target';
import { SECURITY_HEADERS } from '../shell/hardening';

/** A file name safe inside a quoted header value (the id-derived names already are). */
const headerName = (name: string): string => name.replace(/[^A-Za-z0-9._-]/g, '_');

export async function serveShelvedFile(request: IncomingMessage, response: ServerResponse, shelf: FileShelf | undefined, path: string): Promise<void> {
  const refuse = (status: number, text: string): void => {
    response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', ...SECURITY_HEADERS });
    response.end(text);
  };
  if (request.method !== 'GET') return refuse(405, 'Method not allowed');
  const ticket = path.slice(FILE_PATH_PREFIX.length);
  const file = /^[0-9a-f]{48}$/.test(ticket) ? shelf?.take(ticket) : undefined;
  if (!file) return refuse(404, 'This download link was used already or is not valid.');
  let size: number;
  try {
    size = (await stat(file.path)).size;
  } catch {
    return refuse(410, 'The downloaded file is no longer there.');
  }
  response.writeHead(200, {
    'Content-Type': 'application/zip',
    'Content-Length': size,
    'Content-Disposition': `attachment; filename="${headerName(file.name)}"`,
    'Cache-Control': 'no-store',
    ...SECURITY_HEADERS,
  });
  try {
    await pipeline(createReadStream(file.path), response);
    if (file.removeAfterServing) await rm(file.path, { force: true });
  } catch {
    // The browser went away mid-file: its ticket is spent, so nothing can fetch the file again.
    if (file.removeAfterServing) await rm(file.path, { force: true });
  }
}
