import WorkspacesOutlined from '@mui/icons-material/WorkspacesOutlined';
import { lazy } from 'react';
import type { ScreenDef } from '../../app/screen-types';
import { prefetchProjectList } from './list-prefetch';

export const projectsScreens: ScreenDef[] = [
  {
    id: 'projects',
    label: 'Projects',
    icon: WorkspacesOutlined,
    section: 'identity',
    scope: 'instance',
    // The first opening loads the screen's code and the project list side by side.
    component: lazy(() => {
      prefetchProjectList();
      return import('./ProjectsScreen');
    }),
  },
];
