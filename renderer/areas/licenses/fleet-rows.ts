// The across-instances table from the licenses.expiry scan: one row per saved self-hosted
// instance, fewest days left first, the unreachable and unchecked after. Pure.
import type { ScanSnapshot } from '../../../shared/api/scans';
import { daysLeft, expiryLevel, SOON_DAYS, type ExpiryLevel } from '../../../shared/areas/licenses/expiry';
import type { LicenseExpiry } from '../../../shared/areas/licenses/model';

export interface FleetRow {
  instanceId: string;
  instanceName: string;
  state: 'ok' | 'unreachable' | 'checking';
  license?: LicenseExpiry;
  days?: number;
  level: ExpiryLevel;
  /** Why it is unreachable (the last check's error). */
  problem?: string;
  /** The license below is from an earlier check. */
  stale: boolean;
}

export function fleetRows(snapshot: ScanSnapshot<LicenseExpiry> | undefined, now: Date): FleetRow[] {
  const rows = (snapshot?.instances ?? []).map((state): FleetRow => {
    const days = state.value?.expiresOn ? daysLeft(state.value.expiresOn, now) : undefined;
    return {
      instanceId: state.instanceId,
      instanceName: state.instanceName,
      state: state.status === 'ok' ? 'ok' : state.status === 'failed' ? 'unreachable' : 'checking',
      ...(state.value ? { license: state.value } : {}),
      ...(days !== undefined ? { days } : {}),
      level: expiryLevel(days),
      ...(state.status === 'failed' && state.error ? { problem: state.error.status ? `HTTP ${state.error.status}: ${state.error.message}` : state.error.message } : {}),
      stale: state.status === 'failed' && state.value !== undefined,
    };
  });
  const rank = (row: FleetRow): number => (row.state === 'ok' ? 0 : row.state === 'unreachable' ? 1 : 2);
  return rows.sort((a, b) => rank(a) - rank(b) || (a.days ?? Infinity) - (b.days ?? Infinity) || a.instanceName.localeCompare(b.instanceName));
}

/** Instances whose license runs out within 30 days (or has): the navigation badge. */
export const expiringCount = (rows: readonly FleetRow[]): number => rows.filter((row) => row.days !== undefined && row.days < SOON_DAYS).length;
