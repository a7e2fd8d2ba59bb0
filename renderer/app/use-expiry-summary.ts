// The expiry summary of every registered source (renderer/areas/expiry-sources.ts), summed.
import { expirySources } from '../areas/expiry-sources';
import { sumExpiry, type ExpiryCount, type ExpirySummary } from './expiry-summary';

/** The list is fixed at build time, so the same hooks run in the same order on every render. */
export function useExpirySummary(): ExpirySummary {
  const counts: (ExpiryCount | undefined)[] = [];
  for (const source of expirySources) counts.push(source());
  return sumExpiry(counts);
}
