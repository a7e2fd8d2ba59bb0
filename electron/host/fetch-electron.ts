// `npm run electron:fetch`: fetch the Electron runtime now, even if an attempt failed
// recently (`npm start` waits a day before trying again on its own).
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findElectronBinary } from './electron-binary';
import { fetchElectronRuntime } from './electron-runtime-fetch';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

async function main(): Promise<number> {
  const present = findElectronBinary(projectRoot);
  if (present) {
    console.log(`The Electron runtime is already installed (${present}).`);
    return 0;
  }
  const outcome = await fetchElectronRuntime({
    packageDir: join(projectRoot, 'node_modules', 'electron'),
    stateDir: join(projectRoot, 'node_modules', '.cache', 'lilypad'),
    force: true,
  });
  const binary = outcome.kind === 'installed' ? findElectronBinary(projectRoot) : null;
  if (binary) {
    console.log(`Installed: ${binary}. "npm start" now opens the desktop app.`);
    return 0;
  }
  const why = outcome.kind === 'installed' ? 'the installer finished but left no binary' : outcome.reason;
  console.error(`The Electron runtime could not be fetched: ${why}. "npm start" keeps using the browser host.`);
  return 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`The Electron runtime could not be fetched: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
