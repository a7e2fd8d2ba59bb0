// Finds the Electron executable the way the 'electron' package does, without requiring
// it (its index.js throws when the binary was never downloaded).
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export function findElectronBinary(projectRoot: string, env: NodeJS.ProcessEnv = process.env): string | null {
  const packageDir = join(projectRoot, 'node_modules', 'electron');
  const pathFile = join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  let relativePath: string;
  try {
    relativePath = readFileSync(pathFile, 'utf8').trim();
  } catch {
    return null;
  }
  if (!relativePath) return null;
  const distDir = env.ELECTRON_OVERRIDE_DIST_PATH || join(packageDir, 'dist');
  const binary = join(distDir, relativePath);
  try {
    return statSync(binary).isFile() ? binary : null;
  } catch {
    return null;
  }
}
