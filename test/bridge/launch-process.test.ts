// `npm start` without the Electron binary, as a real process: it says why, serves the
// console from the browser host, answers bridge calls, and stops cleanly on SIGINT.
import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findElectronBinary } from '../../electron/host/electron-binary';
import { rawRequest } from '../support/raw-http';

const root = process.cwd();
const built = existsSync(join(root, 'dist', 'renderer', 'index.html'));

function startLauncher(env: Record<string, string> = {}) {
  const child = spawn(process.execPath, [join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(root, 'electron', 'host', 'launch.ts')], {
    cwd: root,
    env: { ...process.env, LILYPAD_DATA_DIR: mkdtempSync(join(tmpdir(), 'lilypad-launch-data-')), LILYPAD_NO_OPEN: '1', LILYPAD_PORT: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const output = () => ({ stdout, stderr });
  /** Resolves with the first match in stdout, as soon as the line is printed; rejects if the process ends first. */
  const printed = (pattern: RegExp) =>
    new Promise<string>((resolve, reject) => {
      const look = () => {
        const match = pattern.exec(stdout);
        if (match) resolve(match[0]);
        return Boolean(match);
      };
      if (look()) return;
      child.stdout.on('data', look);
      void exited.then((code) => reject(new Error(`the launcher exited (${code}) before printing ${pattern}:\n${stdout}\n${stderr}`)));
    });
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return { child, exited, output, printed };
}

describe.skipIf(findElectronBinary(root) !== null)('launch.ts without Electron (a real process)', () => {
  it.runIf(built)('serves the console, answers calls with the printed token, and stops on SIGINT', async () => {
    const { child, exited, output, printed } = startLauncher();
    try {
      const url = await printed(/http:\/\/127\.0\.0\.1:\d+\/#session=[\w-]+/);
      expect(output().stdout).toContain('Electron runtime not found');
      const origin = url.split('/#')[0];
      const token = url.split('#session=')[1];
      const host = new URL(origin).host;
      const page = await rawRequest(origin, { path: '/', headers: { host } });
      expect(page.status).toBe(200);
      const info = await rawRequest(origin, {
        method: 'POST',
        path: '/api/call/app.info',
        headers: { host, 'content-type': 'application/json', 'x-lilypad-session': token },
        body: '{}',
      });
      expect(JSON.parse(info.text)).toMatchObject({ ok: true, value: { runtime: 'browser-host' } });
      child.kill('SIGINT');
      expect(await exited).toBe(0);
      expect(output().stdout).toContain('stopping Lilypad');
      expect(output().stderr).not.toMatch(/\n\s+at /); // no stack trace
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  }, 40_000);

  it('refuses a bad LILYPAD_PORT with one friendly line and exit code 1', async () => {
    const { exited, output } = startLauncher({ LILYPAD_PORT: 'eighty' });
    const code = await exited;
    const { stderr } = output();
    expect(code).toBe(1);
    expect(stderr).toContain('LILYPAD_PORT must be a port number');
    expect(stderr).not.toMatch(/\n\s+at /);
  }, 40_000);
});
