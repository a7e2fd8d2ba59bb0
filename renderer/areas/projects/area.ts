import WorkspacesOutlined from '@mui/icons-material/WorkspacesOutlined';
import { lazy } from 'react';
import type { ScreenDef } from '../../app/screen-types';

export const projectsScreens: ScreenDef[] = [
  { id: 'projects', label: 'Projects', icon: WorkspacesOutlined, section: 'identity', scope: 'instance', component: lazy(() => import('./ProjectsScreen')) },
];
