// Fake license keys. Any key of 16+ base64-ish characters is accepted; a key that is the
// base64 of JSON {type, validThrough, licensedTo} installs exactly that, so tests can
// choose what they install.

import { createHash } from 'node:crypto';
import type { FakeLicense } from '../core/state';

export interface LicenseTerms {
  type: string;
  validThrough: string;
  licensedTo: string;
}

const DEFAULT_TERMS: LicenseTerms = { type: 'Enterprise Plus', validThrough: 'Dec 31, 2027', licensedTo: 'Lilypad Test Org' };

export function parseLicenseKey(key: string): LicenseTerms | null {
  const compact = key.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/=_-]{16,}$/.test(compact)) return null;
  try {
    const decoded = JSON.parse(Buffer.from(compact, 'base64').toString('utf8')) as Partial<LicenseTerms>;
    if (typeof decoded.type === 'string' && typeof decoded.licensedTo === 'string') {
      return { type: decoded.type, licensedTo: decoded.licensedTo, validThrough: decoded.validThrough ?? DEFAULT_TERMS.validThrough };
    }
  } catch {
    // Not JSON: an opaque key with default terms.
  }
  return { ...DEFAULT_TERMS };
}

/** Builds a key that parseLicenseKey reads back as `terms`. */
export function makeLicenseKey(terms: LicenseTerms): string {
  return Buffer.from(JSON.stringify(terms)).toString('base64');
}

export function installedLicense(terms: LicenseTerms, key: string, nodeId: string): FakeLicense {
  return {
    ...terms,
    licenseHash: createHash('sha1').update(key.replace(/\s+/g, '')).digest('hex'),
    nodeId,
    nodeUrl: `http://${nodeId}:8082`,
    expired: false,
  };
}
