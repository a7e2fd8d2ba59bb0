// `npm start` without the Electron binary, as a real process: it says why, serves the
// console from the browser host, answers bridge calls, and stops cleanly on SIGINT.
import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findElectronBinary } from '../../electron/host/electron-binary';
import { rawRequest } from '../support/raw-http';

const root = process.cwd();
const built = existsSync(join(root, 'dist', 'renderer', 'index.html'));

function startLauncher(env: Record<string, string> = {}) {
  const child = spawn(process.execPath, [join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(root, 'electron', 'host', 'launch.ts')], {
    cwd: root,
    // No download attempt from a test: the fetch itself is tried against a loopback mirror
    // in electron-runtime-fetch.test.ts.
    env: {
      ...process.env,
      LILYPAD_DATA_DIR: mkdtempSync(join(tmpdir(), 'lilypad-launch-data-')),
      LILYPAD_NO_OPEN: '1',
      LILYPAD_PORT: '',
      ELECTRON_SKIP_BINARY_DOWNLOAD: '1',
      ...env,
    },
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
  it.runIf(built)(
    'prints a one-time link, writes the automation token (0600), answers calls with it, and stops on SIGINT',
    async () => {
      const dataDir = mkdtempSync(join(tmpdir(), 'lilypad-launch-data-'));
      const sessionFile = join(mkdtempSync(join(tmpdir(), 'lilypad-launch-session-')), 'session');
      const { child, exited, output, printed } = startLauncher({ LILYPAD_DATA_DIR: dataDir, LILYPAD_SESSION_FILE: sessionFile });
      try {
        // The launcher's last line (after the host's "Press Ctrl+C to stop.") names the log.
        await printed(/The log is .*\.\n/);
        const { stdout } = output();
        const url = /http:\/\/127\.0\.0\.1:\d+\/#code=[\w-]+/.exec(stdout)?.[0] ?? '';
        expect(url).not.toBe('');
        expect(stdout).toContain('Electron runtime not found (ELECTRON_SKIP_BINARY_DOWNLOAD is set)');
        expect(stdout).toContain('browser host');
        // The output says what the link does, that no browser is opened and why, and where the token is.
        expect(stdout).toContain('signs one browser page in, once');
        expect(stdout).toContain('Not opening a browser (LILYPAD_NO_OPEN=1)');
        expect(stdout).toContain(`a reusable session token is in ${sessionFile} (readable by you only)`);
        expect(stdout).toContain(`The log is ${join(dataDir, 'logs', 'lilypad.log')}`);
        const origin = url.split('/#')[0];
        const host = new URL(origin).host;
        const token = readFileSync(sessionFile, 'utf8').trim();
        expect(statSync(sessionFile).mode & 0o777).toBe(0o600);
        expect(stdout).not.toContain(token);
        const page = await rawRequest(origin, { path: '/', headers: { host } });
        expect(page.status).toBe(200);
        const call = (session: string) =>
          rawRequest(origin, { method: 'POST', path: '/api/call/app.info', headers: { host, 'content-type': 'application/json', 'x-lilypad-session': session }, body: '{}' });
        expect(JSON.parse((await call(token)).text)).toMatchObject({ ok: true, value: { runtime: 'browser-host' } });
        expect(JSON.parse((await call(token)).text)).toMatchObject({ ok: true }); // reusable
        // The printed code is not a session; traded once it gives one, and never again.
        const code = url.split('#code=')[1];
        expect((await call(code)).status).toBe(401);
        const exchange = () => rawRequest(origin, { method: 'POST', path: '/api/session', headers: { host, 'content-type': 'application/json' }, body: JSON.stringify({ code }) });
        const first = await exchange();
        expect(first.status).toBe(200);
        const session = (JSON.parse(first.text) as { value: { session: string } }).value.session;
        expect(JSON.parse((await call(session)).text)).toMatchObject({ ok: true });
        expect((await exchange()).status).toBe(401);
        child.kill('SIGINT');
        expect(await exited).toBe(0);
        expect(output().stdout).toContain('stopping Lilypad');
        expect(output().stderr).not.toMatch(/\n\s+at /); // no stack trace
        expect(existsSync(sessionFile)).toBe(false);
      } finally {
        if (child.exitCode === null) child.kill('SIGKILL');
      }
    },
    40_000,
  );

  it('refuses a bad LILYPAD_PORT with one friendly line and exit code 1', async () => {
    const { exited, output } = startLauncher({ LILYPAD_PORT: 'eighty' });
    const code = await exited;
    const { stderr } = output();
    expect(code).toBe(1);
    expect(stderr).toContain('LILYPAD_PORT must be a port number');
    expect(stderr).not.toMatch(/\n\s+at /);
  }, 40_000);
});
