// The fleet reads the other areas' scans through one seam: the shapes those areas really
// register (licenses.expiry's LicenseExpiry, tokens.expiry's TokenExpiryValue), not its own guess.
import { describe, expect, it } from 'vitest';
import { licenseDaysLeft, tokensExpiring } from '../../../electron/services/fleet/expiry-seam';
import type { ScanScheduler } from '../../../electron/services/scans/scan-scheduler';
import type { LicenseExpiry } from '../../../shared/areas/licenses/model';

function scansWith(values: Record<string, Record<string, unknown>>): ScanScheduler {
  const peek = (scanId: string) => {
    const byInstance = values[scanId];
    return byInstance ? { instances: Object.entries(byInstance).map(([instanceId, value]) => ({ instanceId, value })) } : undefined;
  };
  return { peek } as unknown as ScanScheduler;
}

describe('fleet expiry seam', () => {
  const license: LicenseExpiry = { type: 'Enterprise+', licensedTo: 'Acme', validThrough: 'Dec 31, 2026', expiresOn: '2026-12-31', licenseCount: 1 };

  it('turns the license scan’s last day into whole days left', () => {
    const scans = scansWith({ 'licenses.expiry': { a: license as unknown as Record<string, unknown>, b: { ...license, expiresOn: undefined } } });
    expect(licenseDaysLeft(scans, 'a', new Date('2026-11-30T15:00:00Z'))).toBe(31);
    expect(licenseDaysLeft(scans, 'a', new Date('2027-01-02T00:00:00Z'))).toBe(-2);
    expect(licenseDaysLeft(scans, 'b')).toBeUndefined();
    expect(licenseDaysLeft(scans, 'missing')).toBeUndefined();
    expect(licenseDaysLeft(scansWith({}), 'a')).toBeUndefined();
  });

  it('reads the token scan’s expiring count', () => {
    const scans = scansWith({ 'tokens.expiry': { a: { expiring: 3, expired: 1 } } });
    expect(tokensExpiring(scans, 'a')).toBe(3);
    expect(tokensExpiring(scans, 'b')).toBeUndefined();
  });
});
