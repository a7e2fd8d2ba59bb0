// Artifactory versions ("7.84.3", "7.77.18-rc1") compared part by part, for behaviour that
// changed between versions.

/** Negative, zero or positive like a sort comparator; missing or non-numeric parts count as 0. */
export function compareVersions(a: string, b: string): number {
  const left = a.split('.').map((part) => Number.parseInt(part, 10) || 0);
  const right = b.split('.').map((part) => Number.parseInt(part, 10) || 0);
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const diff = (left[i] ?? 0) - (right[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}

/** True when `version` looks like a version and is older than `minimum`. */
export const isOlderThan = (version: string, minimum: string): boolean => /^\d+\.\d+/.test(version) && compareVersions(version, minimum) < 0;

/** From this version Access updates a user with a PATCH that leaves out the password. */
export const PARTIAL_USER_UPDATE_SINCE = '7.84.3';
