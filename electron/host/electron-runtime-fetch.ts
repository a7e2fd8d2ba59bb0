// Fetches the Electron runtime on the first `npm start`. package.json's allowScripts keeps
// npm from running Electron's own install script, so `npm install` succeeds where the
// binary cannot be downloaded; here we run that same script (node_modules/electron/install.js)
// and give up as soon as it stops making progress, so an offline machine waits seconds.
import { spawn } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export type RuntimeFetchOutcome = { kind: 'installed' } | { kind: 'failed'; reason: string } | { kind: 'skipped'; reason: string };

export interface RuntimeFetchOptions {
  /** The electron package folder (node_modules/electron). */
  packageDir: string;
  /** Where the last failure is remembered (node_modules/.cache/lilypad: a reinstall forgets it). */
  stateDir: string;
  env?: NodeJS.ProcessEnv;
  /** Give up after this long without a byte downloaded or extracted (default 30 s, LILYPAD_ELECTRON_FETCH_TIMEOUT in seconds). */
  idleTimeoutMs?: number;
  /** Try even when an attempt failed recently (`npm run electron:fetch`). */
  force?: boolean;
  now?: () => number;
  log?: (line: string) => void;
}

/** After a failed attempt, `npm start` goes straight to the browser host for this long. */
export const RETRY_AFTER_MS = 24 * 60 * 60 * 1000;
const DEFAULT_IDLE_TIMEOUT_MS = 30_000;
const POLL_MS = 1_000;
const PROGRESS_EVERY_MS = 10_000;
const STATE_FILE = 'electron-fetch.json';

interface FailureRecord {
  failedAt: string;
  reason: string;
}

export function idleTimeoutFrom(env: NodeJS.ProcessEnv): number {
  const seconds = Number(env.LILYPAD_ELECTRON_FETCH_TIMEOUT);
  return Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : DEFAULT_IDLE_TIMEOUT_MS;
}

function readFailure(stateDir: string): FailureRecord | null {
  try {
    const record = JSON.parse(readFileSync(join(stateDir, STATE_FILE), 'utf8')) as Partial<FailureRecord>;
    return typeof record.failedAt === 'string' && typeof record.reason === 'string' ? { failedAt: record.failedAt, reason: record.reason } : null;
  } catch {
    return null;
  }
}

function rememberFailure(stateDir: string, record: FailureRecord): void {
  try {
    mkdirSync(stateDir, { recursive: true });
    writeFileSync(join(stateDir, STATE_FILE), `${JSON.stringify(record, null, 2)}\n`);
  } catch {
    // Not being able to remember only means the next start tries again.
  }
}

/** Why no attempt should be made now, or null to go ahead. */
export function reasonToSkip(options: RuntimeFetchOptions): string | null {
  const env = options.env ?? process.env;
  if (env.ELECTRON_SKIP_BINARY_DOWNLOAD) return 'ELECTRON_SKIP_BINARY_DOWNLOAD is set';
  if (!existsSync(join(options.packageDir, 'install.js'))) return 'the electron package is not installed; run "npm install"';
  if (options.force) return null;
  const failure = readFailure(options.stateDir);
  const failedAt = failure ? Date.parse(failure.failedAt) : Number.NaN;
  const now = (options.now ?? Date.now)();
  if (failure && now - failedAt < RETRY_AFTER_MS) {
    return `the download failed at ${failure.failedAt}: ${failure.reason}; "npm run electron:fetch" tries again`;
  }
  return null;
}

/** Bytes under a folder, following no links: how far the download and the unzip have got. */
function bytesUnder(dir: string): number {
  let total = 0;
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return 0;
  }
  for (const entry of entries) {
    const path = join(dir, entry);
    try {
      const stat = lstatSync(path);
      total += stat.isDirectory() ? bytesUnder(path) : stat.size;
    } catch {
      // Moved or removed while we looked: the next poll sees where it went.
    }
  }
  return total;
}

/** The installer's error in one line (it prints a stack trace; the user needs the first line). */
export function firstErrorLine(stderr: string): string {
  const line = stderr
    .split('\n')
    .map((text) => text.trim())
    .find((text) => text !== '' && !text.startsWith('at '));
  return (line ?? 'the installer failed without a message').slice(0, 300);
}

function runInstaller(options: RuntimeFetchOptions, idleTimeoutMs: number, log: (line: string) => void): Promise<RuntimeFetchOutcome> {
  const env = options.env ?? process.env;
  mkdirSync(options.stateDir, { recursive: true });
  // The downloader writes into the temp folder: ours, so it can be watched and removed.
  const tempDir = mkdtempSync(join(options.stateDir, 'download-'));
  const child = spawn(process.execPath, [join(options.packageDir, 'install.js')], {
    cwd: options.packageDir,
    env: { ...env, TMPDIR: tempDir, TMP: tempDir, TEMP: tempDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdout.resume();

  const watched = () => bytesUnder(tempDir) + bytesUnder(join(options.packageDir, 'dist'));
  let lastBytes = watched();
  let lastChange = Date.now();
  let lastReport = Date.now();
  let stalled = false;
  const poll = setInterval(() => {
    const bytes = watched();
    const now = Date.now();
    if (bytes !== lastBytes) {
      lastBytes = bytes;
      lastChange = now;
    }
    if (now - lastReport >= PROGRESS_EVERY_MS) {
      lastReport = now;
      log(`  … ${(bytes / 1_000_000).toFixed(0)} MB so far`);
    }
    if (now - lastChange >= idleTimeoutMs) {
      stalled = true;
      child.kill('SIGKILL');
    }
  }, POLL_MS);

  return new Promise((resolve) => {
    const finish = (outcome: RuntimeFetchOutcome) => {
      clearInterval(poll);
      rmSync(tempDir, { recursive: true, force: true });
      resolve(outcome);
    };
    child.on('error', (error) => finish({ kind: 'failed', reason: `the installer could not start (${error.message})` }));
    child.on('exit', (code) => {
      if (stalled) finish({ kind: 'failed', reason: `no progress for ${Math.round(idleTimeoutMs / 1000)} s` });
      else if (code === 0) finish({ kind: 'installed' });
      else finish({ kind: 'failed', reason: firstErrorLine(stderr) });
    });
  });
}

/** Runs Electron's installer unless told not to or a recent attempt failed; remembers a failure. */
export async function fetchElectronRuntime(options: RuntimeFetchOptions): Promise<RuntimeFetchOutcome> {
  const log = options.log ?? ((line: string) => console.log(line));
  const skip = reasonToSkip(options);
  if (skip) return { kind: 'skipped', reason: skip };
  const idleTimeoutMs = options.idleTimeoutMs ?? idleTimeoutFrom(options.env ?? process.env);
  log(`Fetching the Electron runtime (about 100 MB, once; gives up after ${Math.round(idleTimeoutMs / 1000)} s without progress)…`);
  const outcome = await runInstaller(options, idleTimeoutMs, log);
  if (outcome.kind === 'failed') rememberFailure(options.stateDir, { failedAt: new Date((options.now ?? Date.now)()).toISOString(), reason: outcome.reason });
  else rmSync(join(options.stateDir, STATE_FILE), { force: true });
  return outcome;
}
