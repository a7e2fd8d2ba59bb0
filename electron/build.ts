// Bundles the Electron main process and the preload with esbuild (the renderer is built
// by Vite before this runs). Both are single CJS files; 'electron' stays external.
import { build, type BuildOptions } from 'esbuild';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CALL_NAMES } from '../shared/api/contract';

const common: BuildOptions = {
  bundle: true,
  format: 'cjs',
  external: ['electron'],
  sourcemap: false,
  minify: false,
  legalComments: 'none',
  logLevel: 'warning',
  define: { 'process.env.NODE_ENV': '"production"' },
};

/** Exported for the bridge tests, which bundle in memory with the same options. */
export function electronBundles(root: string): { main: BuildOptions; preload: BuildOptions } {
  const out = join(root, 'dist', 'electron');
  return {
    main: {
      ...common,
      entryPoints: [join(root, 'electron', 'shell', 'main.ts')],
      outfile: join(out, 'main.cjs'),
      // better-sqlite3 (fleet history) is a native module: required from node_modules at run time.
      external: ['electron', 'better-sqlite3'],
      platform: 'node',
      target: 'node22',
    },
    // Sandboxed preloads get no Node built-ins: platform 'browser' makes esbuild refuse them.
    preload: {
      ...common,
      entryPoints: [join(root, 'electron', 'preload', 'preload.ts')],
      outfile: join(out, 'preload.cjs'),
      platform: 'browser',
      target: 'chrome140',
      define: { ...common.define, __LILYPAD_CALL_NAMES__: JSON.stringify(CALL_NAMES) },
    },
  };
}

async function main(): Promise<void> {
  const bundles = electronBundles(fileURLToPath(new URL('..', import.meta.url)));
  await Promise.all([build(bundles.main), build(bundles.preload)]);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(`electron build failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
