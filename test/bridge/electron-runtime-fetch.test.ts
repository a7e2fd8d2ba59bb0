// The first `npm start` fetches the Electron runtime that npm was told not to download:
// Electron's real installer runs against a loopback mirror, so success, a missing file and
// a server that never answers are all tried here without the network.
import { afterEach, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findElectronBinary } from '../../electron/host/electron-binary';
import { fetchElectronRuntime, firstErrorLine, idleTimeoutFrom, reasonToSkip, RETRY_AFTER_MS } from '../../electron/host/electron-runtime-fetch';
import { fakeElectronProject, type FakeElectronProject } from './fake-electron-mirror';

const root = process.cwd();
const opened: FakeElectronProject[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((project) => project.close()));
});

async function project(mode: 'serve' | 'missing' | 'hang'): Promise<FakeElectronProject> {
  const made = await fakeElectronProject(root, mode);
  opened.push(made);
  return made;
}

function packageWithInstaller(): { packageDir: string; stateDir: string } {
  const dir = mkdtempSync(join(tmpdir(), 'lilypad-electron-pkg-'));
  const packageDir = join(dir, 'node_modules', 'electron');
  mkdirSync(packageDir, { recursive: true });
  writeFileSync(join(packageDir, 'install.js'), 'process.exit(1);\n');
  return { packageDir, stateDir: join(dir, 'node_modules', '.cache', 'lilypad') };
}

describe('fetchElectronRuntime with Electron’s own installer', () => {
  it.runIf(process.platform !== 'win32')(
    'installs the runtime the mirror serves, so the launcher finds the binary',
    async () => {
      const world = await project('serve');
      const lines: string[] = [];
      const outcome = await fetchElectronRuntime({ packageDir: world.packageDir, stateDir: world.stateDir, env: world.env, log: (line) => lines.push(line) });
      expect(outcome).toEqual({ kind: 'installed' });
      const binary = findElectronBinary(world.root, {});
      expect(binary).toBe(join(world.packageDir, 'dist', readFileSync(join(world.packageDir, 'path.txt'), 'utf8')));
      expect(readFileSync(binary ?? '', 'utf8')).toContain('fake electron');
      expect(lines[0]).toMatch(/Fetching the Electron runtime/);
      expect(existsSync(join(world.stateDir, 'electron-fetch.json'))).toBe(false);
      // The downloader's temp folder is ours and is gone afterwards.
      expect(readdirSync(world.stateDir).filter((name) => name.startsWith('download-'))).toEqual([]);
    },
    60_000,
  );

  it('reports a failed download in one line and remembers it, so the next start does not wait again', async () => {
    const world = await project('missing');
    const outcome = await fetchElectronRuntime({ packageDir: world.packageDir, stateDir: world.stateDir, env: world.env, log: () => undefined });
    expect(outcome.kind).toBe('failed');
    const reason = outcome.kind === 'failed' ? outcome.reason : '';
    expect(reason).toMatch(/404/);
    expect(reason).not.toMatch(/\n/);
    expect(findElectronBinary(world.root, {})).toBeNull();
    const remembered = JSON.parse(readFileSync(join(world.stateDir, 'electron-fetch.json'), 'utf8')) as { reason: string };
    expect(remembered.reason).toBe(reason);
    const next = await fetchElectronRuntime({ packageDir: world.packageDir, stateDir: world.stateDir, env: world.env, log: () => undefined });
    expect(next).toMatchObject({ kind: 'skipped', reason: expect.stringMatching(/npm run electron:fetch/) as unknown });
  }, 60_000);

  it('gives up on a server that accepts the connection and never answers', async () => {
    const world = await project('hang');
    const outcome = await fetchElectronRuntime({ packageDir: world.packageDir, stateDir: world.stateDir, env: world.env, idleTimeoutMs: 2_000, log: () => undefined });
    expect(outcome).toEqual({ kind: 'failed', reason: 'no progress for 2 s' });
    expect(readdirSync(world.stateDir).filter((name) => name.startsWith('download-'))).toEqual([]);
  }, 60_000);
});

describe('when to try', () => {
  it('respects ELECTRON_SKIP_BINARY_DOWNLOAD and a missing electron package', () => {
    const { packageDir, stateDir } = packageWithInstaller();
    expect(reasonToSkip({ packageDir, stateDir, env: { ELECTRON_SKIP_BINARY_DOWNLOAD: '1' } })).toMatch(/ELECTRON_SKIP_BINARY_DOWNLOAD/);
    expect(reasonToSkip({ packageDir: join(tmpdir(), 'no-electron-here'), stateDir, env: {} })).toMatch(/npm install/);
    expect(reasonToSkip({ packageDir, stateDir, env: {} })).toBeNull();
  });

  it('waits a day after a failure unless forced', async () => {
    const { packageDir, stateDir } = packageWithInstaller();
    const failedAt = Date.parse('2026-01-10T08:00:00Z');
    const first = await fetchElectronRuntime({ packageDir, stateDir, env: {}, now: () => failedAt, log: () => undefined });
    expect(first.kind).toBe('failed');
    expect(reasonToSkip({ packageDir, stateDir, env: {}, now: () => failedAt + RETRY_AFTER_MS - 1 })).toMatch(/2026-01-10T08:00:00.000Z/);
    expect(reasonToSkip({ packageDir, stateDir, env: {}, now: () => failedAt + RETRY_AFTER_MS - 1, force: true })).toBeNull();
    expect(reasonToSkip({ packageDir, stateDir, env: {}, now: () => failedAt + RETRY_AFTER_MS })).toBeNull();
  });

  it('reads the idle timeout in seconds and keeps the default for junk', () => {
    expect(idleTimeoutFrom({ LILYPAD_ELECTRON_FETCH_TIMEOUT: '90' })).toBe(90_000);
    expect(idleTimeoutFrom({ LILYPAD_ELECTRON_FETCH_TIMEOUT: 'soon' })).toBe(30_000);
    expect(idleTimeoutFrom({})).toBe(30_000);
  });

  it('keeps the first line of the installer’s stack trace', () => {
    expect(firstErrorLine('\nRequestError: getaddrinfo ENOTFOUND example.invalid\n    at ClientRequest.<anonymous> (x.js:1:1)\n')).toBe(
      'RequestError: getaddrinfo ENOTFOUND example.invalid',
    );
    expect(firstErrorLine('')).toMatch(/without a message/);
  });
});
