// A loopback stand-in for Electron's download server, so the real installer
// (node_modules/electron/install.js with @electron/get) runs here without the network:
// a copy of the electron package whose checksums.json names a tiny zip we serve.
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';

/** A zip ("stored", no compression) of files with Unix modes, enough for extract-zip. */
export function makeZip(files: { name: string; content: string; mode: number }[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const file of files) {
    const name = Buffer.from(file.name);
    const data = Buffer.from(file.content);
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE((3 << 8) | 20, 4); // made by Unix: the mode below applies
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(((0o100000 | file.mode) << 16) >>> 0, 38);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, data);
    centrals.push(central, name);
    offset += local.length + name.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

export interface FakeElectronProject {
  /** The project root: its node_modules/electron is a copy of the real package's installer. */
  root: string;
  packageDir: string;
  stateDir: string;
  /** Environment for the installer: mirror, cache and module resolution point at this world. */
  env: NodeJS.ProcessEnv;
  close(): Promise<void>;
}

/**
 * mode 'serve' answers with the zip, 'missing' with 404, 'hang' accepts and never answers.
 * Only the runtime's own process platform/arch is served, as the installer asks for it.
 */
export async function fakeElectronProject(projectRoot: string, mode: 'serve' | 'missing' | 'hang'): Promise<FakeElectronProject> {
  const real = join(projectRoot, 'node_modules', 'electron');
  const { version } = JSON.parse(readFileSync(join(real, 'package.json'), 'utf8')) as { version: string };
  const root = mkdtempSync(join(tmpdir(), 'lilypad-electron-fetch-'));
  const packageDir = join(root, 'node_modules', 'electron');
  mkdirSync(packageDir, { recursive: true });
  copyFileSync(join(real, 'install.js'), join(packageDir, 'install.js'));
  copyFileSync(join(real, 'package.json'), join(packageDir, 'package.json'));

  const artifact = `electron-v${version}-${process.platform}-${process.arch}.zip`;
  const zip = makeZip([{ name: 'electron', content: '#!/bin/sh\necho fake electron "$@"\n', mode: 0o755 }]);
  writeFileSync(join(packageDir, 'checksums.json'), JSON.stringify({ [artifact]: createHash('sha256').update(zip).digest('hex') }));

  const server: Server = createServer((req, res) => {
    if (mode === 'hang') return; // keep the socket open, send nothing
    if (mode === 'serve' && req.url === `/v${version}/${artifact}`) {
      res.writeHead(200, { 'content-type': 'application/zip', 'content-length': zip.length });
      res.end(zip);
      return;
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };

  return {
    root,
    packageDir,
    stateDir: join(root, 'node_modules', '.cache', 'lilypad'),
    env: {
      PATH: process.env.PATH,
      HOME: root,
      ELECTRON_MIRROR: `http://127.0.0.1:${port}/`,
      electron_config_cache: join(root, 'electron-cache'),
      ELECTRON_GET_NO_PROGRESS: '1',
      // install.js requires @electron/get and extract-zip: resolve them from the real project.
      NODE_PATH: join(projectRoot, 'node_modules'),
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
