import type { Theme } from '@mui/material/styles';
import type { FleetState, ServiceSegment, StatusSlice } from '../../../shared/areas/fleet/model';

export type Tone = 'success' | 'warning' | 'error' | 'default' | 'info';

export const STATE_TONE: Record<FleetState, Tone> = {
  healthy: 'success',
  degraded: 'warning',
  unhealthy: 'error',
  unreachable: 'error',
  pending: 'default',
};

/** Fill colour of a status-bar slice or a timeline segment, readable in light and dark. */
export function fillOf(theme: Theme, state: StatusSlice['state'] | ServiceSegment['state']): string {
  switch (state) {
    case 'healthy':
    case 'HEALTHY':
      return theme.palette.success.main;
    case 'degraded':
    case 'UNHEALTHY_PEER':
      return theme.palette.warning.main;
    case 'unhealthy':
    case 'UNHEALTHY':
    case 'FAILED':
      return theme.palette.error.main;
    case 'unreachable':
    case 'UNREACHABLE':
      return theme.palette.error.dark;
    case 'UNKNOWN':
    case 'pending':
      return theme.palette.grey[500];
    default:
      return theme.palette.action.disabledBackground;
  }
}
