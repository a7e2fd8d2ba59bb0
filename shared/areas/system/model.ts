import { z } from 'zod';

export const HEALTH_STATES = ['HEALTHY', 'UNHEALTHY', 'UNHEALTHY_PEER'] as const;
export type HealthState = (typeof HEALTH_STATES)[number] | 'UNKNOWN';

/** Any state the platform invents later is shown as unknown rather than dropped. */
export function normaliseHealthState(value: unknown): HealthState {
  return typeof value === 'string' && (HEALTH_STATES as readonly string[]).includes(value) ? (value as HealthState) : 'UNKNOWN';
}

export const SERVICE_NAMES: Record<string, string> = {
  jfrt: 'Artifactory',
  jfac: 'Access',
  jfevt: 'Event',
  jfmd: 'Metadata',
  jffe: 'Frontend',
  jfob: 'Observability',
  jfxr: 'Xray',
  jfds: 'Distribution',
  jfmc: 'Mission Control',
  jfrou: 'Router',
};

/** "jfrt@01h…" → "Artifactory". */
export function serviceDisplayName(serviceId: string): string {
  const prefix = serviceId.split('@')[0] ?? serviceId;
  return SERVICE_NAMES[prefix] ?? prefix;
}

export interface ServiceHealth {
  serviceId: string;
  nodeId: string;
  state: HealthState;
  message: string;
}

export interface RouterHealth {
  /** HTTP status of the health call: 200 all healthy, 503 otherwise. Both are data. */
  httpStatus: number;
  router: { nodeId: string; state: HealthState; message: string };
  services: ServiceHealth[];
  checkedAt: string;
  /** True when a 503 came with a body that is not the router's JSON: the services are unknown, the text is in router.message. */
  unreadable?: boolean;
}

export interface VersionInfo {
  version: string;
  revision: string;
  addons: string[];
  license?: string;
}

export interface LicenseSummary {
  type: string;
  validThrough: string;
  licensedTo: string;
}

export type ProbeState = 'ok' | 'fail';
export interface ProbeResult {
  name: 'ping' | 'readiness' | 'liveness';
  state: ProbeState;
  detail: string;
}

export interface SystemOverview {
  version: VersionInfo;
  /** Null on Cloud (self-hosted only) or when the caller may not read it. */
  license: LicenseSummary | null;
  licenseNote?: string;
  probes: ProbeResult[];
  platform: 'cloud' | 'self-hosted' | 'unknown';
}

export const routerHealthWireSchema = z.object({
  router: z.object({ node_id: z.string().optional(), state: z.unknown(), message: z.string().optional() }).partial().optional(),
  services: z.array(z.object({ service_id: z.string().optional(), node_id: z.string().optional(), state: z.unknown(), message: z.string().optional() })).optional(),
});
