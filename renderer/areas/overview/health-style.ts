import type { HealthState } from '../../../shared/areas/system/model';

/** Chip colour per state: green healthy, red unhealthy, amber when only a peer is, grey unknown. */
export const HEALTH_COLOR: Record<HealthState, 'success' | 'error' | 'warning' | 'default'> = {
  HEALTHY: 'success',
  UNHEALTHY: 'error',
  UNHEALTHY_PEER: 'warning',
  UNKNOWN: 'default',
};

export const HEALTH_LABEL: Record<HealthState, string> = {
  HEALTHY: 'Healthy',
  UNHEALTHY: 'Unhealthy',
  UNHEALTHY_PEER: 'Unhealthy peer',
  UNKNOWN: 'Unknown',
};
