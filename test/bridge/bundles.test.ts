// The preload must be one self-contained CJS file that needs nothing but 'electron'
// (a sandboxed preload cannot require anything else); main keeps 'electron' external.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { build } from 'esbuild';
import { electronBundles } from '../../electron/build';
import { CALL_NAMES } from '../../shared/api/call-names';

const root = process.cwd();
/** The bundle's text and what it leaves to require() at run time, from esbuild's metafile. */
async function bundle(options: ReturnType<typeof electronBundles>['preload']): Promise<{ code: string; external: string[] }> {
  const result = await build({ ...options, write: false, metafile: true, logLevel: 'silent' });
  const external = Object.values(result.metafile.outputs)
    .flatMap((output) => output.imports)
    .filter((entry) => entry.external)
    .map((entry) => entry.path);
  return { code: result.outputFiles[0].text, external: [...new Set(external)].sort() };
}

describe('electron bundles', () => {
  const bundles = electronBundles(root);

  it('writes dist/electron/main.cjs and dist/electron/preload.cjs', () => {
    expect(bundles.main.outfile).toBe(join(root, 'dist', 'electron', 'main.cjs'));
    expect(bundles.preload.outfile).toBe(join(root, 'dist', 'electron', 'preload.cjs'));
    // better-sqlite3 (the fleet history) is a native module: required from node_modules at run time.
    expect(bundles.main).toMatchObject({ format: 'cjs', platform: 'node', bundle: true, external: ['electron', 'better-sqlite3'] });
    expect(bundles.preload).toMatchObject({ format: 'cjs', bundle: true, external: ['electron'] });
  });

  it('bundles the preload into one file that requires only electron and exposes every call', async () => {
    const { code, external } = await bundle(bundles.preload);
    expect(external).toEqual(['electron']);
    expect(code).toContain('exposeInMainWorld');
    for (const name of CALL_NAMES) expect(code, name).toContain(`"${name}"`);
    expect(code).not.toMatch(/zod/i); // the contract's schemas stay in main
  });

  it('bundles main with only Node built-ins, electron and the native better-sqlite3 left to require', async () => {
    const { external } = await bundle(bundles.main);
    expect(external).toContain('electron');
    const builtins = (await import('node:module')).builtinModules;
    const packages = external.filter((name) => name !== 'electron' && !builtins.includes(name.replace(/^node:/, '')));
    expect(packages).toEqual(['better-sqlite3']);
  }, 60_000);
});
