import HubOutlined from '@mui/icons-material/HubOutlined';
import { lazy } from 'react';
import type { ScreenDef } from '../../app/screen-types';
import { FleetBadge } from './FleetBadge';

export const fleetScreens: ScreenDef[] = [
  { id: 'fleet', label: 'Fleet', icon: HubOutlined, section: 'instance', scope: 'app', component: lazy(() => import('./FleetScreen')), badge: FleetBadge },
];
