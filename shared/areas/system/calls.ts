// system.* calls: what the instance runs and how healthy it is (API-NOTES "System and health").
import { read } from '../../api/call-spec';
import type { RouterHealth, SystemOverview, VersionInfo } from './model';

export const SYSTEM_PATHS = {
  version: '/artifactory/api/system/version',
  license: '/artifactory/api/system/license',
  routerHealth: '/router/api/v1/system/health',
  ping: '/artifactory/api/system/ping',
  readiness: '/artifactory/api/v1/system/readiness',
  liveness: '/artifactory/api/v1/system/liveness',
} as const;

export const systemCalls = {
  'system.version': read<VersionInfo>()({}, { request: () => ({ method: 'GET', path: SYSTEM_PATHS.version }) }),
  /** Version, license and probes together: several requests, so no single mapping. */
  'system.overview': read<SystemOverview>()({}),
  'system.routerHealth': read<RouterHealth>()({}, { request: () => ({ method: 'GET', path: SYSTEM_PATHS.routerHealth }) }),
};
