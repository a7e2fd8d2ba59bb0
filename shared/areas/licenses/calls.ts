// licenses.* calls (self-hosted only; API-NOTES "Licenses", docs/api-notes/licenses.md).
// Install posts {licenseKey} or the HA array [{licenseKey},…]; delete takes the hashes as
// one comma-separated licenseHash query value. The across-instances view reads the
// licenses.expiry scan, so it is an app call with no request of its own.
import { appCall, noInput, read, write } from '../../api/call-spec';
import type { ScanSnapshot } from '../../api/scans';
import {
  installFormSchema,
  licenseHashesSchema,
  licenseKeysSchema,
  type ClusterLicenses,
  type HashResult,
  type InstallResult,
  type LicenseExpiry,
  type LicenseInfo,
} from './model';

export const LICENSE_PATHS = {
  license: '/artifactory/api/system/license',
  licenses: '/artifactory/api/system/licenses',
  routerHealth: '/router/api/v1/system/health',
} as const;

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

export const licensesCalls = {
  'licenses.get': read<LicenseInfo | null>()({}, { request: () => ({ method: 'GET', path: LICENSE_PATHS.license }) }),
  /** The HA list and the nodes router health names: two requests. */
  'licenses.cluster': read<ClusterLicenses>()({}),
  'licenses.install': write<InstallResult>()(
    { licenseKeys: licenseKeysSchema, form: installFormSchema },
    {
      request: ({ licenseKeys: keys, form }) => ({
        method: 'POST',
        path: LICENSE_PATHS.licenses,
        json: form === 'single' && keys.length === 1 ? { licenseKey: keys[0] } : keys.map((licenseKey) => ({ licenseKey })),
      }),
      // Never the key: how many were sent.
      target: ({ licenseKeys }) => plural(licenseKeys.length, 'license key'),
    },
  ),
  'licenses.delete': write<HashResult[]>()(
    { hashes: licenseHashesSchema },
    {
      request: ({ hashes }) => ({ method: 'DELETE', path: LICENSE_PATHS.licenses, query: { licenseHash: hashes.join(',') } }),
      target: ({ hashes }) => hashes.map((hash) => hash.slice(0, 12)).join(', '),
    },
  ),
  /** Every saved self-hosted instance's license, from the licenses.expiry scan (started on first use). */
  'licenses.fleet': appCall<ScanSnapshot<LicenseExpiry>>()(noInput),
  /** Checks every instance again now; resolves when each has answered or timed out. */
  'licenses.fleetRefresh': appCall<ScanSnapshot<LicenseExpiry>>()(noInput),
};
