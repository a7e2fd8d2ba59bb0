// Licenses of a self-hosted platform (API-NOTES "Licenses"): the node's license, the HA
// cluster's licenses, installing keys and deleting by hash, and the licenses.expiry scan
// across saved instances. License keys are secrets: they go out in a request and never
// come back, not even in the per-key results (those name a key by its position).
import { z } from 'zod';

/** GET /artifactory/api/system/license. */
export interface LicenseInfo {
  type: string;
  /** As the platform writes it: "MMM DD, YYYY" (e.g. "May 15, 2027"). */
  validThrough: string;
  licensedTo: string;
}

/** One entry of GET /artifactory/api/system/licenses (HA). */
export interface ClusterLicense extends LicenseInfo {
  licenseHash: string;
  /** Null when the license is installed but no node uses it ("Not in use"). */
  nodeId: string | null;
  nodeUrl: string | null;
  expired: boolean;
}

export interface ClusterLicenses {
  licenses: ClusterLicense[];
  /** Node ids the platform's router health names; [unsure] a node may list only itself. */
  nodes: string[];
}

/** What the platform said of one key: installed, already there (not a failure), or refused. */
export type KeyOutcome = 'installed' | 'exists' | 'failed';

export interface KeyResult {
  /** 0-based position of the key in what was sent; the key itself never comes back. */
  index: number;
  outcome: KeyOutcome;
  message: string;
}

export interface InstallResult {
  status: number;
  results: KeyResult[];
}

export interface HashResult {
  hash: string;
  outcome: 'deleted' | 'failed';
  message: string;
}

/** The platform's exact words for a key that is installed already (JFrog's Terraform provider treats it as success). */
export const LICENSE_EXISTS_MESSAGE = 'License already exists.';

// ---- Inputs --------------------------------------------------------------------------

export const MAX_KEYS = 50;
const MAX_KEY_CHARS = 16_384;

/**
 * One key as pasted. Line breaks inside it are kept: JSON carries them as \n, which is
 * what the platform asks for. Only printable ASCII and line breaks: a key is base64 text.
 */
export const licenseKeySchema = z
  .string()
  .transform((value) => value.trim())
  .pipe(
    z
      .string()
      .min(16, 'A license key is at least 16 characters: this looks cut short')
      .max(MAX_KEY_CHARS, `A license key is at most ${MAX_KEY_CHARS.toLocaleString('en-US')} characters`)
      .regex(/^[\x20-\x7e\r\n\t]+$/, 'A license key holds only letters, digits, symbols and line breaks (no other characters)'),
  );

export const licenseKeysSchema = z
  .array(licenseKeySchema)
  .min(1, 'Paste at least one license key')
  .max(MAX_KEYS, `At most ${MAX_KEYS} keys at once`)
  .refine((keys) => new Set(keys).size === keys.length, 'The same key is there twice');

/** 'single' sends {licenseKey}; 'array' sends [{licenseKey},…] (the HA form, any number of keys). */
export const installFormSchema = z.enum(['single', 'array']);
export type InstallForm = z.infer<typeof installFormSchema>;

export const licenseHashSchema = z
  .string()
  .min(1, 'A license hash is required')
  .max(128, 'A license hash is at most 128 characters')
  .regex(/^[A-Za-z0-9]+$/, 'A license hash holds only letters and digits');

export const licenseHashesSchema = z
  .array(licenseHashSchema)
  .min(1, 'Select at least one license')
  .max(100, 'At most 100 licenses at once')
  .refine((hashes) => new Set(hashes).size === hashes.length, 'The same license is selected twice');

// ---- The licenses.expiry scan ---------------------------------------------------------

export const LICENSE_EXPIRY_SCAN_ID = 'licenses.expiry';

/** What licenses.expiry finds on one instance (ScanSnapshot<LicenseExpiry> value). */
export interface LicenseExpiry {
  type: string;
  licensedTo: string;
  validThrough: string;
  /** ISO date (YYYY-MM-DD) of validThrough, when it could be read. */
  expiresOn?: string;
  /** Of the cluster's licenses (HA), how many there are; 1 on a single node. */
  licenseCount: number;
}
