// System area: what the instance runs (version, license, probes) and the router's health
// across services. A 503 from router health is data, not an error.
// 1. Requests: shared/areas/system/calls.ts. 2. Wire → model. 3. Handlers.
import { ApiFailure } from '../../../shared/errors';
import { requestFor } from '../../../shared/api/contract';
import { SYSTEM_PATHS } from '../../../shared/areas/system/calls';
import { platformKindOf } from '../../../shared/areas/instances/platform-kind';
import {
  normaliseHealthState,
  routerHealthWireSchema,
  type LicenseSummary,
  type ProbeResult,
  type RouterHealth,
  type SystemOverview,
  type VersionInfo,
} from '../../../shared/areas/system/model';
import type { PlatformHttp } from '../http/types';
import { platformVersions } from './platform-version';
import type { AreaHandlers } from './types';
import { obj as record, str } from './wire';

// ---- Wire → model ----------------------------------------------------------------------

export function toVersion(raw: unknown): VersionInfo {
  const body = record(raw);
  const info: VersionInfo = {
    version: str(body.version),
    revision: str(body.revision),
    addons: Array.isArray(body.addons) ? body.addons.filter((a): a is string => typeof a === 'string') : [],
  };
  if (typeof body.license === 'string') info.license = body.license;
  return info;
}

type LicenseRead = Pick<SystemOverview, 'license' | 'licenseNote'> & { detected?: 'cloud' | 'self-hosted' };

async function readLicense(http: PlatformHttp, platform: SystemOverview['platform']): Promise<LicenseRead> {
  if (platform === 'cloud') return { license: null, licenseNote: 'JFrog manages the license of a Cloud instance.' };
  const response = await http.request({ method: 'GET', path: SYSTEM_PATHS.license, acceptStatus: [403, 404] });
  if (response.status === 403) return { license: null, licenseNote: 'Reading the license needs admin permissions (403).' };
  if (response.status === 404) return { license: null, licenseNote: 'This instance offers no license call: it is probably JFrog Cloud.', detected: 'cloud' };
  let body: Record<string, unknown>;
  try {
    body = record(JSON.parse(response.text));
  } catch {
    return { license: null, licenseNote: 'The license answer was not valid JSON.' };
  }
  const license: LicenseSummary = { type: str(body.type), validThrough: str(body.validThrough), licensedTo: str(body.licensedTo) };
  // Only self-hosted instances answer the license call.
  return { license, detected: 'self-hosted' };
}

// Failing probes are the point of a probe: accept their error statuses as data (and avoid retries).
const PROBE_STATUSES = [404, 500, 502, 503, 504];
export const PROBES: { name: ProbeResult['name']; path: string }[] = [
  { name: 'ping', path: SYSTEM_PATHS.ping },
  { name: 'readiness', path: SYSTEM_PATHS.readiness },
  { name: 'liveness', path: SYSTEM_PATHS.liveness },
];

/** One probe; a failing probe is data. `signal` cancels it (the fleet poller's deadline). */
export async function probe(http: PlatformHttp, name: ProbeResult['name'], path: string, signal?: AbortSignal): Promise<ProbeResult> {
  try {
    const response = await http.request({ method: 'GET', path, acceptStatus: PROBE_STATUSES, signal });
    const text = response.text.trim().slice(0, 200);
    if (response.status === 200) return { name, state: 'ok', detail: text || 'OK' };
    return { name, state: 'fail', detail: `HTTP ${response.status}${text ? `: ${text}` : ''}` };
  } catch (caught) {
    return { name, state: 'fail', detail: caught instanceof ApiFailure ? caught.error.message : 'The probe failed.' };
  }
}

const MAX_HEALTH_TEXT = 300;

/**
 * The router's answer as data. A 503 whose body is not JSON (a proxy's or the router's
 * own error page) is still an answer: unhealthy, with the text shown. A 200 that is not
 * JSON is not a health answer at all (a login page, say), so it is an error.
 */
export function toRouterHealth(status: number, text: string, checkedAt: Date): RouterHealth {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    if (status === 503) return unreadableUnhealthy(text, checkedAt);
    throw new ApiFailure({ kind: 'http', status, method: 'GET', path: SYSTEM_PATHS.routerHealth, message: 'The router sent a health answer that is not valid JSON.' });
  }
  const parsed = routerHealthWireSchema.safeParse(raw);
  const wire = parsed.success ? parsed.data : {};
  return {
    httpStatus: status,
    router: { nodeId: str(wire.router?.node_id), state: normaliseHealthState(wire.router?.state), message: str(wire.router?.message) },
    services: (wire.services ?? []).map((service) => ({
      serviceId: str(service.service_id),
      nodeId: str(service.node_id),
      state: normaliseHealthState(service.state),
      message: str(service.message),
    })),
    checkedAt: checkedAt.toISOString(),
  };
}

function unreadableUnhealthy(text: string, checkedAt: Date): RouterHealth {
  // Tags out, whitespace folded: an HTML error page becomes one readable line.
  const plain = text
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_HEALTH_TEXT);
  return {
    httpStatus: 503,
    router: { nodeId: '', state: 'UNHEALTHY', message: plain ? `HTTP 503: ${plain}` : 'HTTP 503 with an empty answer' },
    services: [],
    checkedAt: checkedAt.toISOString(),
    unreadable: true,
  };
}

// ---- Handlers --------------------------------------------------------------------------

export const systemArea: AreaHandlers<'system'> = {
  'system.version': async (input, ctx) => {
    const version = toVersion(await ctx.http.json(requestFor('system.version', input)));
    platformVersions(ctx).note(ctx.instance, version.version);
    return version;
  },
  'system.overview': async (_input, ctx) => {
    const { http, instance, notePlatform } = ctx;
    const known = platformKindOf(instance);
    const [versionBody, { detected, ...license }, probes] = await Promise.all([
      http.json<unknown>(requestFor('system.version', {})),
      readLicense(http, known),
      Promise.all(PROBES.map(({ name, path }) => probe(http, name, path))),
    ]);
    if (detected && detected !== known) notePlatform(detected);
    const version = toVersion(versionBody);
    platformVersions(ctx).note(instance, version.version);
    return { version, ...license, probes, platform: detected ?? known };
  },
  'system.routerHealth': async (input, { http }) => {
    const response = await http.request({ ...requestFor('system.routerHealth', input), anonymous: true, acceptStatus: [503] });
    return toRouterHealth(response.status, response.text, new Date());
  },
};
