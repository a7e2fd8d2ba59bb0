import DashboardOutlined from '@mui/icons-material/DashboardOutlined';
import { lazyScreen } from '../../app/lazy-screen';
import type { ScreenDef } from '../../app/screen-types';

export const overviewScreens: ScreenDef[] = [
  { id: 'overview', label: 'Overview', icon: DashboardOutlined, section: 'instance', scope: 'instance', component: lazyScreen(() => import('./OverviewScreen')) },
];
