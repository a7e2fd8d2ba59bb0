// The helper system tests use to skip (locally) or fail (CI) when a binary is missing.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { hasBinary, requireBinary } from '../../support/require-binary';

describe('requireBinary', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.restoreAllMocks();
  });

  it('is true for an executable that exists', () => {
    expect(hasBinary(process.execPath)).toBe(true);
    expect(requireBinary(process.execPath, 'this test')).toBe(true);
  });

  it('skips with a reason outside CI', () => {
    vi.stubEnv('CI', '');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(requireBinary('/no/such/nginx', 'the nginx tests')).toBe(false);
    expect(warn).toHaveBeenCalledWith('SKIPPED: /no/such/nginx is not installed, so the nginx tests cannot run.');
  });

  it('fails under CI=true', () => {
    vi.stubEnv('CI', 'true');
    expect(() => requireBinary('/no/such/nginx', 'the nginx tests')).toThrow(/CI=true requires it/);
  });
});
