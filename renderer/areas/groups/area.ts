import GroupsOutlined from '@mui/icons-material/GroupsOutlined';
import { lazy } from 'react';
import type { ScreenDef } from '../../app/screen-types';

export const groupsScreens: ScreenDef[] = [
  { id: 'groups', label: 'Groups', icon: GroupsOutlined, section: 'identity', scope: 'instance', component: lazy(() => import('./GroupsScreen')) },
];
