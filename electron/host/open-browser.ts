// Opens a hand-over link in the user's browser when the OS offers a way; does nothing when
// it does not (a server, a container, CI). The link itself never goes on the opener's
// command line, where any process on this machine could read it: the opener gets the path
// of a private file (mode 0600, in a folder of its own) that sends the browser on to the
// link. Never throws.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

function opener(target: string, env: NodeJS.ProcessEnv): [string, string[]] | null {
  if (process.platform === 'darwin') return ['open', [target]];
  // cmd's start takes the first quoted argument as a window title, hence the empty one.
  if (process.platform === 'win32') return ['cmd', ['/c', 'start', '""', `"${target}"`]];
  // Without a display, xdg-open would fall back to a text browser in this terminal.
  if (!env.DISPLAY && !env.WAYLAND_DISPLAY) return null;
  return ['xdg-open', [target]];
}

/** Why no browser is opened, or null when one may be. */
export function openerUnavailable(env: NodeJS.ProcessEnv = process.env): string | null {
  if (env.LILYPAD_NO_OPEN === '1') return 'LILYPAD_NO_OPEN=1';
  if (env.CI === 'true') return 'CI=true';
  if (!opener('x', env)) return 'no display found';
  return null;
}

const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The page the browser opens first: it sends the browser on to the link (the file's own address holds nothing secret). */
export function redirectPage(url: string): string {
  const safe = escapeHtml(url);
  return [
    '<!doctype html><html><head><meta charset="utf-8">',
    `<meta http-equiv="refresh" content="0;url=${safe}">`,
    '<title>Opening Lilypad…</title></head>',
    `<body><p><a href="${safe}">Open Lilypad</a></p></body></html>`,
    '',
  ].join('\n');
}

export interface OpenedLink {
  /** The private file the opener was given. */
  file: string;
  /** Removes the file and its folder (once the page is in, or on stop). */
  remove(): void;
}

/** Writes the redirect file and opens it; null when there is no way to open a browser. */
export function openInBrowser(url: string, env: NodeJS.ProcessEnv = process.env): OpenedLink | null {
  if (openerUnavailable(env)) return null;
  let dir: string | undefined;
  try {
    dir = mkdtempSync(join(tmpdir(), 'lilypad-open-')); // 0700
    const file = join(dir, 'open.html');
    writeFileSync(file, redirectPage(url), { mode: 0o600, flag: 'wx' });
    const command = opener(pathToFileURL(file).href, env);
    if (!command) throw new Error('no opener');
    const child = spawn(command[0], command[1], { env, stdio: 'ignore', detached: true, windowsHide: true, windowsVerbatimArguments: true });
    child.on('error', () => undefined); // e.g. xdg-open not installed
    child.unref();
    const folder = dir;
    return { file, remove: () => rmSync(folder, { recursive: true, force: true }) };
  } catch {
    if (dir) rmSync(dir, { recursive: true, force: true });
    return null;
  }
}
