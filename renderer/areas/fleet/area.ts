import HubOutlined from '@mui/icons-material/HubOutlined';
import { lazyScreen } from '../../app/lazy-screen';
import type { ScreenDef } from '../../app/screen-types';
import { FleetBadge } from './FleetBadge';

export const fleetScreens: ScreenDef[] = [
  { id: 'fleet', label: 'Fleet', icon: HubOutlined, section: 'instance', scope: 'app', component: lazyScreen(() => import('./FleetScreen')), badge: FleetBadge },
];
