// The scan `fleet.health`: router health, Artifactory's readiness, liveness and ping, and the
// version, for one instance. It runs on the one scheduler of scans across instances, which
// gives it a read-only client, a deadline and back-off. Trouble the platform reports is
// data (state and problems); an instance that cannot be reached throws, and the scheduler
// records the failure.
import { performance } from 'node:perf_hooks';
import { SYSTEM_PATHS } from '../../../shared/areas/system/calls';
import type { FleetState, ServiceProblem } from '../../../shared/areas/fleet/model';
import type { HealthState } from '../../../shared/areas/system/model';
import { PROBES, probe, toRouterHealth, toVersion } from '../areas/system';
import type { ScanContext, ScanDefinition } from '../scans/scan-scheduler';

export const FLEET_SCAN_ID = 'fleet.health';
export const DEFAULT_FLEET_INTERVAL_MS = 60_000;
/** One instance's deadline within a cycle. */
export const FLEET_CHECK_TIMEOUT_MS = 10_000;

/** What one successful check found. */
export interface FleetCheck {
  state: Exclude<FleetState, 'unreachable' | 'pending'>;
  problems: ServiceProblem[];
  /** Every service the router listed, and the probes: the rows of the per-service timeline. */
  serviceIds: string[];
  /** Router health's round trip. */
  responseMs: number;
  httpStatus: number;
  version?: string;
}

const SERVICE_SEVERITY: Record<HealthState, number> = { HEALTHY: 0, UNHEALTHY_PEER: 1, UNKNOWN: 2, UNHEALTHY: 2 };

export function stateOfProblems(problems: readonly ServiceProblem[]): FleetCheck['state'] {
  if (problems.some((problem) => problem.state === 'FAILED' || SERVICE_SEVERITY[problem.state] >= 2)) return 'unhealthy';
  return problems.length ? 'degraded' : 'healthy';
}

export async function checkFleetHealth({ http, signal }: Pick<ScanContext, 'http' | 'signal'>): Promise<FleetCheck> {
  const started = performance.now();
  const healthRequest = http
    .request({ method: 'GET', path: SYSTEM_PATHS.routerHealth, anonymous: true, acceptStatus: [503], signal })
    .then((response) => ({ response, ms: performance.now() - started }));
  // The version needs a credential; without one (or on 401) the row simply shows no version.
  const versionRequest = http
    .json<unknown>({ method: 'GET', path: SYSTEM_PATHS.version, signal })
    .then((body) => toVersion(body).version || undefined)
    .catch(() => undefined);
  const probes = Promise.all(PROBES.map(({ name, path }) => probe(http, name, path, signal)));
  const [{ response, ms }, version, probeResults] = await Promise.all([healthRequest, versionRequest, probes]);
  const health = toRouterHealth(response.status, response.text, new Date());

  const problems: ServiceProblem[] = [];
  if (health.router.state !== 'HEALTHY') problems.push({ serviceId: 'router', state: health.router.state, message: health.router.message });
  for (const service of health.services) {
    if (service.state !== 'HEALTHY') problems.push({ serviceId: service.serviceId, state: service.state, message: service.message });
  }
  // A 503 with every service listed as healthy still says something is wrong.
  if (response.status === 503 && problems.length === 0) problems.push({ serviceId: 'router', state: 'UNHEALTHY', message: 'Router health answered HTTP 503' });
  for (const result of probeResults) {
    if (result.state === 'fail') problems.push({ serviceId: `probe:${result.name}`, state: 'FAILED', message: result.detail });
  }
  return {
    state: stateOfProblems(problems),
    problems,
    serviceIds: ['router', ...health.services.map((service) => service.serviceId), ...PROBES.map(({ name }) => `probe:${name}`)],
    responseMs: Math.round(ms),
    httpStatus: response.status,
    ...(version ? { version } : {}),
  };
}

export function fleetHealthScan(options: { intervalMs: number; paused: boolean; timeoutMs?: number }): ScanDefinition<FleetCheck> {
  return {
    id: FLEET_SCAN_ID,
    intervalMs: options.intervalMs,
    timeoutMs: options.timeoutMs ?? FLEET_CHECK_TIMEOUT_MS,
    paused: options.paused,
    run: checkFleetHealth,
  };
}
