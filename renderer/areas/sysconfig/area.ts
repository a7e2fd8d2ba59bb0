import TuneOutlined from '@mui/icons-material/TuneOutlined';
import { lazy } from 'react';
import type { ScreenDef } from '../../app/screen-types';

export const sysconfigScreens: ScreenDef[] = [
  { id: 'system-config', label: 'System configuration', icon: TuneOutlined, section: 'platform', scope: 'instance', component: lazy(() => import('./SysconfigScreen')) },
];
