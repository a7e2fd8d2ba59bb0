import EventBusyOutlined from '@mui/icons-material/EventBusyOutlined';
import VerifiedOutlined from '@mui/icons-material/VerifiedOutlined';
import { lazyScreen } from '../../app/lazy-screen';
import type { ScreenDef } from '../../app/screen-types';
import { LicenseBadge } from './LicenseBadge';

export const licensesScreens: ScreenDef[] = [
  {
    id: 'licenses',
    label: 'Licenses',
    icon: VerifiedOutlined,
    section: 'platform',
    scope: 'instance',
    selfHostedOnly: true,
    component: lazyScreen(() => import('./LicensesScreen')),
  },
  // Across every saved instance: needs none to be active.
  {
    id: 'license-expiry',
    label: 'License expiry',
    icon: EventBusyOutlined,
    section: 'instance',
    scope: 'app',
    component: lazyScreen(() => import('./LicenseFleetScreen')),
    badge: LicenseBadge,
  },
];
