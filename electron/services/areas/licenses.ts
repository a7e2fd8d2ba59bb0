// Licenses area (self-hosted only; API-NOTES "Licenses", docs/api-notes/licenses.md).
// 1. Requests: shared/areas/licenses/calls.ts. 2. Wire → model, the per-key and per-hash
// messages, the licenses.expiry scan. 3. Handlers.
// License keys are secrets: the install answer names each key by its text, so it is read
// here and handed on by position only; a refused install (400) is data, not a logged error.
import { requestFor } from '../../../shared/api/contract';
import { LICENSE_PATHS } from '../../../shared/areas/licenses/calls';
import { parseValidThrough } from '../../../shared/areas/licenses/expiry';
import {
  LICENSE_EXISTS_MESSAGE,
  LICENSE_EXPIRY_SCAN_ID,
  type ClusterLicense,
  type HashResult,
  type InstallResult,
  type KeyOutcome,
  type LicenseExpiry,
  type LicenseInfo,
} from '../../../shared/areas/licenses/model';
import { isCloud } from '../../../shared/areas/instances/platform-kind';
import { ApiFailure } from '../../../shared/errors';
import type { PlatformHttp } from '../http/types';
import type { ScanDefinition } from '../scans/scan-scheduler';
import type { AreaHandlers, InstanceContext } from './types';
import { bool, jsonOrNothing, obj, str } from './wire';

// ---- Wire → model ----------------------------------------------------------------------

/** The platform writes "Not in use" for a node id or URL of a license no node uses. */
const inUse = (value: unknown): string | null => {
  const text = str(value).trim();
  return text === '' || /^not in use$/i.test(text) ? null : text;
};

export function toLicenseInfo(value: unknown): LicenseInfo | null {
  const raw = obj(value);
  const info = { type: str(raw.type), validThrough: str(raw.validThrough), licensedTo: str(raw.licensedTo) };
  // [unsure] an instance without a license answers type "N/A" or empty fields.
  return info.type === '' || info.type === 'N/A' ? null : info;
}

export function toClusterLicense(value: unknown): ClusterLicense {
  const raw = obj(value);
  return {
    type: str(raw.type),
    validThrough: str(raw.validThrough),
    licensedTo: str(raw.licensedTo),
    licenseHash: str(raw.licenseHash),
    nodeId: inUse(raw.nodeId),
    nodeUrl: inUse(raw.nodeUrl),
    expired: bool(raw.expired),
  };
}

/** [unsure] the success words differ between versions ("OK", "…successfully installed…"). */
function keyOutcome(message: string, status: number): KeyOutcome {
  if (message.trim() === LICENSE_EXISTS_MESSAGE) return 'exists';
  if (/^ok\.?$/i.test(message.trim()) || /success/i.test(message)) return 'installed';
  return status >= 200 && status < 300 && message === '' ? 'installed' : 'failed';
}

/**
 * The install answer by key position. Array form: `{status, messages: {<key>: text}}`;
 * single form: `{status, message}` on success and `messages` on a 400 (what JFrog's
 * Terraform provider reads). A key the answer does not mention gets the overall status.
 */
export function toInstallResult(status: number, body: unknown, keys: readonly string[]): InstallResult {
  const raw = obj(body);
  const messages = obj(raw.messages);
  const byKey = new Map<string, string>();
  for (const [key, text] of Object.entries(messages)) byKey.set(key.trim(), str(text));
  const overall = str(raw.message) || errorText(raw);
  const results = keys.map((key, index) => {
    const message = byKey.get(key.trim()) ?? (keys.length === 1 ? overall : '');
    const outcome = keyOutcome(message, status);
    return { index, outcome, message: message || (outcome === 'installed' ? 'Installed' : `The platform answered ${status} without a message for this key`) };
  });
  return { status, results };
}

function errorText(raw: Record<string, unknown>): string {
  const errors = Array.isArray(raw.errors) ? raw.errors : [];
  return errors
    .map((error) => str(obj(error).message))
    .filter(Boolean)
    .join('; ');
}

/** `{status, messages: {<hash>: text}}`; "OK" (or a 2xx without a word) means deleted [unsure]. */
export function toHashResults(status: number, body: unknown, hashes: readonly string[]): HashResult[] {
  const messages = obj(obj(body).messages);
  return hashes.map((hash) => {
    const message = str(messages[hash]);
    const deleted = status >= 200 && status < 300 && (message === '' || /^ok\.?$/i.test(message.trim()) || /success|deleted|removed/i.test(message));
    return { hash, outcome: deleted ? 'deleted' : 'failed', message: message || (deleted ? 'Deleted' : `The platform answered ${status}`) };
  });
}

/** Every error status: what an install answers is read here, never logged by the client. */
const ERROR_STATUSES = Array.from({ length: 200 }, (_, i) => 400 + i);

/** A platform message with any key it quotes replaced. */
export function withoutKeys(text: string, keys: readonly string[]): string {
  let clean = text;
  for (const key of keys) {
    for (const form of new Set([key, key.trim(), JSON.stringify(key).slice(1, -1)])) if (form.length >= 8) clean = clean.split(form).join('<license key>');
  }
  return clean;
}

// ---- Self-hosted only ------------------------------------------------------------------

const CLOUD_MESSAGE = 'Licenses exist only on self-hosted JFrog Platform instances: JFrog manages the license of a Cloud instance.';

async function selfHostedOnly<T>(ctx: InstanceContext, method: string, path: string, run: () => Promise<T>): Promise<T> {
  if (isCloud(ctx.instance)) throw new ApiFailure({ kind: 'unsupported', message: CLOUD_MESSAGE, method, path });
  try {
    return await run();
  } catch (caught) {
    // An instance of unknown kind that does not know the call is Cloud (self-hosted-only calls answer 404 there).
    if (caught instanceof ApiFailure && caught.error.status === 404 && ctx.instance.platform !== 'self-hosted') {
      ctx.notePlatform('cloud');
      throw new ApiFailure({ kind: 'unsupported', message: CLOUD_MESSAGE, method, path });
    }
    throw caught;
  }
}

/** Distinct node ids in router health's services (the router node first). */
async function clusterNodes(http: PlatformHttp): Promise<string[]> {
  const response = await http.request({ method: 'GET', path: LICENSE_PATHS.routerHealth, anonymous: true, acceptStatus: [503] });
  const body = obj(jsonOrNothing(response.text));
  const nodes = [str(obj(body.router).node_id), ...(Array.isArray(body.services) ? body.services.map((service) => str(obj(service).node_id)) : [])];
  return [...new Set(nodes.filter((node) => node !== ''))];
}

// ---- The licenses.expiry scan ----------------------------------------------------------

const HOUR = 3_600_000;

/** Reads the license of one instance: the node's, and how many the cluster holds. */
export async function readLicenseExpiry(http: PlatformHttp, signal: AbortSignal): Promise<LicenseExpiry> {
  const info = toLicenseInfo(await http.json({ ...requestFor('licenses.get', {}), signal }));
  if (!info) throw new ApiFailure({ kind: 'not-found', message: 'No license is installed.' });
  const cluster = await http.json<unknown>({ method: 'GET', path: LICENSE_PATHS.licenses, signal }).catch(() => []);
  const licenses = Array.isArray(cluster) ? cluster.map(toClusterLicense) : [];
  // On HA the earliest expiry of the licenses in use is what runs out first.
  const used = licenses.filter((license) => license.nodeId !== null);
  const earliest = used
    .map((license) => ({ license, on: parseValidThrough(license.validThrough) }))
    .filter((entry): entry is { license: ClusterLicense; on: string } => entry.on !== undefined)
    .sort((a, b) => a.on.localeCompare(b.on))[0];
  const shown = earliest?.license ?? info;
  const expiresOn = earliest?.on ?? parseValidThrough(info.validThrough);
  return {
    type: shown.type,
    licensedTo: shown.licensedTo,
    validThrough: shown.validThrough,
    ...(expiresOn ? { expiresOn } : {}),
    licenseCount: Math.max(1, licenses.length),
  };
}

export const licenseExpiryScan: ScanDefinition<LicenseExpiry> = {
  id: LICENSE_EXPIRY_SCAN_ID,
  intervalMs: 6 * HOUR,
  timeoutMs: 15_000,
  appliesTo: (instance) => !isCloud(instance),
  run: ({ http, signal }) => readLicenseExpiry(http, signal),
};

// ---- Handlers --------------------------------------------------------------------------

export const licensesArea: AreaHandlers<'licenses'> = {
  'licenses.get': async (input, ctx) => selfHostedOnly(ctx, 'GET', LICENSE_PATHS.license, async () => toLicenseInfo(await ctx.http.json(requestFor('licenses.get', input)))),
  'licenses.cluster': async (_input, ctx) =>
    selfHostedOnly(ctx, 'GET', LICENSE_PATHS.licenses, async () => {
      const [list, nodes] = await Promise.all([ctx.http.json<unknown>({ method: 'GET', path: LICENSE_PATHS.licenses }), clusterNodes(ctx.http).catch(() => [])]);
      return { licenses: Array.isArray(list) ? list.map(toClusterLicense) : [], nodes };
    }),
  'licenses.install': async (input, ctx) =>
    selfHostedOnly(ctx, 'POST', LICENSE_PATHS.licenses, async () => {
      // Every error answer is taken as data: a 400 carries the per-key messages (refused,
      // already installed), and any answer may quote a key, so none goes to the client's
      // failure log; the error built here holds the platform's words without the keys.
      const response = await ctx.http.request({ ...requestFor('licenses.install', input), acceptStatus: ERROR_STATUSES });
      const body = jsonOrNothing(response.text);
      if (response.status < 300 || response.status === 400) return toInstallResult(response.status, body, input.licenseKeys);
      const said = withoutKeys(errorText(obj(body)) || str(obj(body).message), input.licenseKeys);
      throw new ApiFailure({
        kind: 'http',
        status: response.status,
        method: 'POST',
        path: LICENSE_PATHS.licenses,
        message: `The platform did not install the keys (HTTP ${response.status}).`,
        ...(said ? { platformMessage: said.slice(0, 500) } : {}),
      });
    }),
  'licenses.delete': async (input, ctx) =>
    selfHostedOnly(ctx, 'DELETE', LICENSE_PATHS.licenses, async () => {
      const response = await ctx.http.request({ ...requestFor('licenses.delete', input), acceptStatus: [400, 404] });
      return toHashResults(response.status, jsonOrNothing(response.text), input.hashes);
    }),
  'licenses.fleet': async (_input, ctx) => {
    ctx.scans.ensure(licenseExpiryScan);
    const snapshot = ctx.scans.snapshot<LicenseExpiry>(LICENSE_EXPIRY_SCAN_ID);
    // An instance saved since the last cycle would wait hours for its first check: check now.
    const known = new Set(snapshot.instances.map((state) => state.instanceId));
    const unseen = ctx.instances.listProfiles().some((instance) => licenseExpiryScan.appliesTo?.(instance) !== false && !known.has(instance.id));
    if (!unseen || snapshot.running) return snapshot;
    void ctx.scans.runNow(LICENSE_EXPIRY_SCAN_ID).catch(() => undefined);
    return ctx.scans.snapshot<LicenseExpiry>(LICENSE_EXPIRY_SCAN_ID);
  },
  'licenses.fleetRefresh': async (_input, ctx) => {
    ctx.scans.ensure(licenseExpiryScan);
    return ctx.scans.runNow<LicenseExpiry>(LICENSE_EXPIRY_SCAN_ID);
  },
};
