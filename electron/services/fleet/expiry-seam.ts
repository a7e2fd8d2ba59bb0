// The seam to the other scans across instances: license expiry (`licenses.expiry`) and
// token expiry (`tokens.expiry`) are registered on the same scheduler by their own areas.
// The fleet reads their last value per instance when they are registered, and shows "—"
// otherwise. The shapes below are what the fleet reads; a scan whose value differs changes
// only these two functions.
import { daysLeft } from '../../../shared/areas/licenses/expiry';
import type { LicenseExpiry } from '../../../shared/areas/licenses/model';
import type { ScanScheduler } from '../scans/scan-scheduler';

export const LICENSE_SCAN_ID = 'licenses.expiry';
export const TOKEN_SCAN_ID = 'tokens.expiry';

/** What the fleet reads from a `tokens.expiry` value: tokens that expire soon. */
export interface TokenExpiryReading {
  expiring: number;
}

function valueOf(scans: ScanScheduler, scanId: string, instanceId: string): Record<string, unknown> | undefined {
  const value = scans.peek<unknown>(scanId)?.instances.find((state) => state.instanceId === instanceId)?.value;
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : undefined;
}

function numberField(scans: ScanScheduler, scanId: string, instanceId: string, field: string): number | undefined {
  const value = valueOf(scans, scanId, instanceId);
  if (!value) return undefined;
  const figure = value[field];
  return typeof figure === 'number' && Number.isFinite(figure) ? figure : undefined;
}

/** Whole days until the license in use ends, from the `licenses.expiry` value's `expiresOn` (YYYY-MM-DD). */
export function licenseDaysLeft(scans: ScanScheduler, instanceId: string, now = new Date()): number | undefined {
  const expiresOn = valueOf(scans, LICENSE_SCAN_ID, instanceId)?.['expiresOn' satisfies keyof LicenseExpiry];
  return typeof expiresOn === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(expiresOn) ? daysLeft(expiresOn, now) : undefined;
}

export const tokensExpiring = (scans: ScanScheduler, instanceId: string): number | undefined =>
  numberField(scans, TOKEN_SCAN_ID, instanceId, 'expiring' satisfies keyof TokenExpiryReading);
