import DashboardOutlined from '@mui/icons-material/DashboardOutlined';
import { lazy } from 'react';
import type { ScreenDef } from '../../app/screen-types';

export const overviewScreens: ScreenDef[] = [
  { id: 'overview', label: 'Overview', icon: DashboardOutlined, section: 'instance', scope: 'instance', component: lazy(() => import('./OverviewScreen')) },
];
