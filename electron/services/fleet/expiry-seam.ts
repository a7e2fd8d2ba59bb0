// The seam to the other scans across instances: license expiry (`licenses.expiry`) and
// token expiry (`tokens.expiry`) are registered on the same scheduler by their own areas.
// The fleet reads their last value per instance when they are registered, and shows "—"
// otherwise. The shapes below are what the fleet reads; a scan whose value differs changes
// only these two functions.
import type { ScanScheduler } from '../scans/scan-scheduler';

export const LICENSE_SCAN_ID = 'licenses.expiry';
export const TOKEN_SCAN_ID = 'tokens.expiry';

/** What the fleet reads from a `licenses.expiry` value: whole days until the license ends. */
export interface LicenseExpiryReading {
  daysLeft: number;
}

/** What the fleet reads from a `tokens.expiry` value: tokens that expire soon. */
export interface TokenExpiryReading {
  expiring: number;
}

function numberField(scans: ScanScheduler, scanId: string, instanceId: string, field: string): number | undefined {
  const snapshot = scans.peek<unknown>(scanId);
  const value = snapshot?.instances.find((state) => state.instanceId === instanceId)?.value;
  if (typeof value !== 'object' || value === null) return undefined;
  const figure = (value as Record<string, unknown>)[field];
  return typeof figure === 'number' && Number.isFinite(figure) ? figure : undefined;
}

export const licenseDaysLeft = (scans: ScanScheduler, instanceId: string): number | undefined =>
  numberField(scans, LICENSE_SCAN_ID, instanceId, 'daysLeft' satisfies keyof LicenseExpiryReading);

export const tokensExpiring = (scans: ScanScheduler, instanceId: string): number | undefined =>
  numberField(scans, TOKEN_SCAN_ID, instanceId, 'expiring' satisfies keyof TokenExpiryReading);
