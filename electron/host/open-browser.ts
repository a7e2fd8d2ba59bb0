// Opens a URL in the user's browser when the OS offers a way; silently does nothing when
// it does not (a server, a container, CI). Never throws.
import { spawn } from 'node:child_process';

function opener(url: string, env: NodeJS.ProcessEnv): [string, string[]] | null {
  if (process.platform === 'darwin') return ['open', [url]];
  // cmd's start takes the first quoted argument as a window title, hence the empty one.
  if (process.platform === 'win32') return ['cmd', ['/c', 'start', '""', `"${url}"`]];
  // Without a display, xdg-open would fall back to a text browser in this terminal.
  if (!env.DISPLAY && !env.WAYLAND_DISPLAY) return null;
  return ['xdg-open', [url]];
}

export function openInBrowser(url: string, env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.LILYPAD_NO_OPEN === '1' || env.CI === 'true') return false;
  const command = opener(url, env);
  if (!command) return false;
  try {
    const child = spawn(command[0], command[1], { stdio: 'ignore', detached: true, windowsHide: true, windowsVerbatimArguments: true });
    child.on('error', () => undefined); // e.g. xdg-open not installed
    child.unref();
    return true;
  } catch {
    return false;
  }
}
