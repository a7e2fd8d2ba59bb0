import PersonOutlined from '@mui/icons-material/PersonOutlined';
import { lazy } from 'react';
import type { ScreenDef } from '../../app/screen-types';

export const usersScreens: ScreenDef[] = [
  { id: 'users', label: 'Users', icon: PersonOutlined, section: 'identity', scope: 'instance', component: lazy(() => import('./UsersScreen')) },
];
