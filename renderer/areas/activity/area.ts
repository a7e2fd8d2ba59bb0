import HistoryOutlined from '@mui/icons-material/HistoryOutlined';
import { lazy } from 'react';
import type { ScreenDef } from '../../app/screen-types';

export const activityScreens: ScreenDef[] = [
  { id: 'activity', label: 'Activity', icon: HistoryOutlined, section: 'tools', scope: 'app', component: lazy(() => import('./ActivityScreen')) },
];
