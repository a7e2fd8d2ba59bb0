// `npm start`: the Electron app when its runtime is installed, else the same console from
// the loopback browser host. Prints friendly messages, never a stack trace.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createAppServices } from '../services/app-services';
import { LOG_FILE_NAME, createFileLogger, errorFields, logDirOf } from '../services/log';
import { resolveDataDir, resolvePort } from './data-dir';
import { findElectronBinary } from './electron-binary';
import { fetchElectronRuntime, type RuntimeFetchOutcome } from './electron-runtime-fetch';
import { LaunchError, serveConsole } from './serve-console';

export { serveConsole, LaunchError, type ServeConsoleOptions, type ServedConsole } from './serve-console';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

function packageVersion(): string | undefined {
  try {
    return (JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { version?: string }).version;
  } catch {
    return undefined;
  }
}

function runElectron(binary: string): void {
  if (!existsSync(join(projectRoot, 'dist', 'electron', 'main.cjs'))) {
    throw new LaunchError('The Electron main process is not built yet (dist/electron/main.cjs is missing). Run "npm run build" first.');
  }
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE; // would make the binary behave as plain Node
  // The project folder, so Electron reads package.json (name, version, main → dist/electron/main.cjs).
  const child = spawn(binary, [projectRoot], { stdio: 'inherit', env });
  const forward = (signal: NodeJS.Signals) => child.kill(signal);
  process.on('SIGINT', forward);
  process.on('SIGTERM', forward);
  child.on('error', (error) => {
    console.error(`Electron could not be started (${error.message}).`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

function whyNoElectron(outcome: RuntimeFetchOutcome): string {
  if (outcome.kind === 'failed') return `fetching it failed: ${outcome.reason}; "npm run electron:fetch" tries again`;
  if (outcome.kind === 'skipped') return outcome.reason;
  return 'the installer finished but left no binary';
}

async function runBrowserHost(why: string): Promise<void> {
  console.log(`Electron runtime not found (${why}).\nServing the same console from the browser host instead.\n`);
  const port = resolvePort();
  const dataDir = resolveDataDir();
  const log = createFileLogger(dataDir);
  const services = createAppServices({ dataDir, runtime: 'browser-host', version: packageVersion(), log });
  // Observes only: a crash still crashes, but leaves its stack in the log.
  process.on('uncaughtExceptionMonitor', (error, origin) => log.error(`uncaught ${origin}`, errorFields(error)));
  try {
    await serveConsole({ services, port, staticDir: join(projectRoot, 'dist', 'renderer') });
  } catch (error) {
    await services.close();
    throw error;
  }
  log.info('browser host started', { dataDir });
  console.log(`Profiles are kept in ${dataDir}; secrets stay in memory for this session. The log is ${join(logDirOf(dataDir), LOG_FILE_NAME)}.`);
}

export async function launch(): Promise<void> {
  const installed = findElectronBinary(projectRoot);
  if (installed) return runElectron(installed);
  // npm does not run Electron's download (package.json, allowScripts): the first start does.
  const outcome = await fetchElectronRuntime({
    packageDir: join(projectRoot, 'node_modules', 'electron'),
    stateDir: join(projectRoot, 'node_modules', '.cache', 'lilypad'),
  });
  const fetched = outcome.kind === 'installed' ? findElectronBinary(projectRoot) : null;
  if (fetched) return runElectron(fetched);
  await runBrowserHost(whyNoElectron(outcome));
}

const isEntry = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isEntry) {
  launch().catch((error: unknown) => {
    const message = error instanceof LaunchError ? error.message : `Lilypad could not start: ${error instanceof Error ? error.message : String(error)}`;
    console.error(message);
    process.exit(1);
  });
}
