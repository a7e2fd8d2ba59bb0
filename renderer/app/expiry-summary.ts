// The navigation's "expiring soon" count across saved instances, from every source that
// watches an expiry (tokens today; licenses next). Each source is a hook answering its own
// counts; the list of sources is in renderer/areas/expiry-sources.ts (one line each), and
// useExpirySummary (use-expiry-summary.ts) adds them up, so a new source never changes
// this file or the badge. Pure: no hooks, no bridge.

export interface ExpiryCount {
  /** e.g. 'tokens', 'licenses'. */
  source: string;
  /** Things that expire within the source's window and have not yet. */
  expiring: number;
  expired: number;
}

/** A hook: the source's counts, or undefined while it has none. Called on every render. */
export type ExpirySource = () => ExpiryCount | undefined;

export interface ExpirySummary {
  expiring: number;
  expired: number;
  bySource: ExpiryCount[];
}

export function sumExpiry(counts: readonly (ExpiryCount | undefined)[]): ExpirySummary {
  const bySource = counts.filter((count): count is ExpiryCount => count !== undefined);
  return { expiring: bySource.reduce((n, c) => n + c.expiring, 0), expired: bySource.reduce((n, c) => n + c.expired, 0), bySource };
}
