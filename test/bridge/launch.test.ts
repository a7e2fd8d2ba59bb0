// The launcher's decisions: where Electron is, where data lives, which port, and how the
// console is served (friendly errors, clean stop).
import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findElectronBinary } from '../../electron/host/electron-binary';
import { resolveDataDir, resolvePort } from '../../electron/host/data-dir';
import { LaunchError, serveConsole } from '../../electron/host/serve-console';
import { fakeRendererDir, fakeServices } from './support';
import { rawRequest } from '../support/raw-http';

function fakeProject(withPathTxt: boolean, withBinary: boolean): string {
  const root = mkdtempSync(join(tmpdir(), 'lilypad-launch-'));
  const pkg = join(root, 'node_modules', 'electron');
  mkdirSync(join(pkg, 'dist'), { recursive: true });
  if (withPathTxt) writeFileSync(join(pkg, 'path.txt'), 'electron');
  if (withBinary) writeFileSync(join(pkg, 'dist', 'electron'), '#!/bin/sh\n');
  return root;
}

describe('findElectronBinary', () => {
  it('finds the binary named by path.txt under dist/', () => {
    const root = fakeProject(true, true);
    expect(findElectronBinary(root, {})).toBe(join(root, 'node_modules', 'electron', 'dist', 'electron'));
  });

  it('answers null when the download never happened', () => {
    expect(findElectronBinary(fakeProject(false, false), {})).toBeNull();
    expect(findElectronBinary(fakeProject(true, false), {})).toBeNull();
    expect(findElectronBinary(join(tmpdir(), 'no-such-project-here'), {})).toBeNull();
  });

  it('honours ELECTRON_OVERRIDE_DIST_PATH like the electron package', () => {
    const root = fakeProject(true, false);
    const other = mkdtempSync(join(tmpdir(), 'lilypad-dist-'));
    writeFileSync(join(other, 'electron'), '');
    expect(findElectronBinary(root, { ELECTRON_OVERRIDE_DIST_PATH: other })).toBe(join(other, 'electron'));
  });
});

describe('resolveDataDir / resolvePort', () => {
  it('prefers LILYPAD_DATA_DIR, then the OS config folder', () => {
    expect(resolveDataDir({ LILYPAD_DATA_DIR: '/data/x' }, 'linux', '/home/u')).toBe('/data/x');
    expect(resolveDataDir({ XDG_CONFIG_HOME: '/cfg' }, 'linux', '/home/u')).toBe(join('/cfg', 'lilypad'));
    expect(resolveDataDir({}, 'linux', '/home/u')).toBe(join('/home/u', '.config', 'lilypad'));
    expect(resolveDataDir({}, 'darwin', '/Users/u')).toBe(join('/Users/u', 'Library', 'Application Support', 'lilypad'));
  });

  it('reads LILYPAD_PORT and refuses junk with a clear message', () => {
    expect(resolvePort({})).toBe(0);
    expect(resolvePort({ LILYPAD_PORT: '8123' })).toBe(8123);
    expect(() => resolvePort({ LILYPAD_PORT: 'eighty' })).toThrow(/LILYPAD_PORT must be a port number/);
    expect(() => resolvePort({ LILYPAD_PORT: '70000' })).toThrow(/LILYPAD_PORT/);
  });
});

describe('serveConsole', () => {
  const quiet = { open: false, handleSignals: false, log: () => undefined } as const;

  it('says "run npm run build" when the renderer is missing', async () => {
    const services = fakeServices();
    const missing = join(tmpdir(), 'lilypad-no-build', 'renderer');
    await expect(serveConsole({ ...quiet, services, staticDir: missing })).rejects.toThrow(LaunchError);
    await expect(serveConsole({ ...quiet, services, staticDir: missing })).rejects.toThrow(/npm run build/);
  });

  it('names the busy port instead of crashing', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as { port: number }).port;
    try {
      await expect(serveConsole({ ...quiet, services: fakeServices(), staticDir: fakeRendererDir().staticDir, port })).rejects.toThrow(
        new RegExp(`Port ${port} .* already in use`),
      );
    } finally {
      blocker.close();
    }
  });

  it('prints the URL, serves the page, and stop() closes host, services and onStop once', async () => {
    const services = fakeServices();
    const lines: string[] = [];
    let stops = 0;
    const served = await serveConsole({ ...quiet, log: (line) => lines.push(line), services, staticDir: fakeRendererDir().staticDir, onStop: () => void stops++ });
    expect(lines.join('\n')).toContain(served.url);
    const page = await rawRequest(served.origin, { path: '/', headers: { host: new URL(served.origin).host } });
    expect(page.status).toBe(200);
    await Promise.all([served.stop(), served.stop()]);
    expect(services.closed).toBe(true);
    expect(stops).toBe(1);
    await expect(rawRequest(served.origin, { path: '/' })).rejects.toThrow(/ECONNREFUSED/);
  });
});
