import { describe, expect, it } from 'vitest';
import { compareVersions, isOlderThan, PARTIAL_USER_UPDATE_SINCE } from '../../../shared/areas/system/version';

describe('Artifactory versions', () => {
  it('compare part by part, not as text', () => {
    expect(compareVersions('7.84.3', '7.84.3')).toBe(0);
    expect(compareVersions('7.9.0', '7.84.3')).toBeLessThan(0);
    expect(compareVersions('7.100.1', '7.84.3')).toBeGreaterThan(0);
    expect(compareVersions('7.84', '7.84.0')).toBe(0);
  });

  it('know which versions need the password in a user PATCH', () => {
    expect(isOlderThan('7.77.18', PARTIAL_USER_UPDATE_SINCE)).toBe(true);
    expect(isOlderThan('7.84.2', PARTIAL_USER_UPDATE_SINCE)).toBe(true);
    expect(isOlderThan('7.84.3', PARTIAL_USER_UPDATE_SINCE)).toBe(false);
    expect(isOlderThan('7.111.4', PARTIAL_USER_UPDATE_SINCE)).toBe(false);
    // Not a version: nothing is assumed.
    expect(isOlderThan('', PARTIAL_USER_UPDATE_SINCE)).toBe(false);
    expect(isOlderThan('unknown', PARTIAL_USER_UPDATE_SINCE)).toBe(false);
  });
});
