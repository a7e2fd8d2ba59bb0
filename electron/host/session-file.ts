// LILYPAD_SESSION_FILE: the reusable session token for automation, written where the
// caller asked, readable by the user only. A script sends it as the x-lilypad-session
// header to POST /api/call/<name>.
import { chmodSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';

export const SESSION_FILE_ENV = 'LILYPAD_SESSION_FILE';

/** Writes `token` and a newline to `path` with mode 0600 (replacing the file whole, never appending). */
export function writeSessionFile(path: string, token: string): void {
  const partial = `${path}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    writeFileSync(partial, `${token}\n`, { mode: 0o600, flag: 'wx' });
    chmodSync(partial, 0o600); // whatever the umask says
    renameSync(partial, path);
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
}

/** Removes the file on stop, unless something else has been written there since. */
export function removeSessionFile(path: string, token: string): void {
  try {
    if (readFileSync(path, 'utf8').trim() === token) rmSync(path, { force: true });
  } catch {
    // Already gone.
  }
}
