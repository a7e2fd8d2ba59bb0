// Where the browser host keeps profiles: LILYPAD_DATA_DIR, else the OS config folder
// (the same place Electron's userData would be for an app named "lilypad").
import { homedir } from 'node:os';
import { join } from 'node:path';

export function resolveDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform, home: string = homedir()): string {
  if (env.LILYPAD_DATA_DIR) return env.LILYPAD_DATA_DIR;
  if (platform === 'win32') return join(env.APPDATA || join(home, 'AppData', 'Roaming'), 'lilypad');
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', 'lilypad');
  return join(env.XDG_CONFIG_HOME || join(home, '.config'), 'lilypad');
}

/** LILYPAD_PORT, when set, must be a valid TCP port; absent means "any free port". */
export function resolvePort(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.LILYPAD_PORT;
  if (raw === undefined || raw === '') return 0;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new Error(`LILYPAD_PORT must be a port number (0–65535), not "${raw}".`);
  return port;
}
