// What the licenses screen shows, from the platform's answers: days left with a colour,
// and which nodes of a cluster have no valid license. Pure.
import { daysLeftOf, expiryLevel, type ExpiryLevel } from '../../../shared/areas/licenses/expiry';
import type { ClusterLicense, ClusterLicenses } from '../../../shared/areas/licenses/model';

export interface ExpiryView {
  days: number | undefined;
  level: ExpiryLevel;
}

export function expiryOf(validThrough: string, now: Date, expired = false): ExpiryView {
  const days = daysLeftOf(validThrough, now);
  // The platform's own flag wins: its clock and time zone decide.
  if (expired) return { days, level: 'expired' };
  return { days, level: expiryLevel(days) };
}

export const shortHash = (hash: string): string => (hash.length > 12 ? `${hash.slice(0, 12)}…` : hash);

/** Nodes router health names with no license in use, or only an expired one. */
export function nodesWithoutValidLicense(cluster: ClusterLicenses, now: Date): string[] {
  const valid = new Set(
    cluster.licenses.filter((license) => license.nodeId !== null && expiryOf(license.validThrough, now, license.expired).level !== 'expired').map((license) => license.nodeId),
  );
  const known = new Set([...cluster.nodes, ...cluster.licenses.map((license) => license.nodeId).filter((node): node is string => node !== null)]);
  return [...known].filter((node) => !valid.has(node)).sort();
}

/** In use first (by node), then free ones; each by days left. */
export function sortClusterLicenses(licenses: readonly ClusterLicense[], now: Date): ClusterLicense[] {
  return [...licenses].sort((a, b) => {
    if ((a.nodeId === null) !== (b.nodeId === null)) return a.nodeId === null ? 1 : -1;
    return (daysLeftOf(a.validThrough, now) ?? Infinity) - (daysLeftOf(b.validThrough, now) ?? Infinity);
  });
}
