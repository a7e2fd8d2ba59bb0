// System tests need real binaries (nginx, apache2, openssl). Where one is missing the
// test skips and says why, except under CI (CI=true), where a missing binary must fail
// loudly rather than quietly turn a suite green.
import { accessSync, constants } from 'node:fs';

export function hasBinary(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * True when `path` is executable. Otherwise: throws under CI (failing the test file),
 * or logs why and returns false so the caller can `describe.skipIf(!...)`.
 */
export function requireBinary(path: string, purpose: string): boolean {
  if (hasBinary(path)) return true;
  const message = `${path} is not installed, so ${purpose} cannot run`;
  if (process.env.CI === 'true') throw new Error(`${message}; CI=true requires it (install it in .ci/run).`);
  console.warn(`SKIPPED: ${message}.`);
  return false;
}
