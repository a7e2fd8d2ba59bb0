import WorkspacesOutlined from '@mui/icons-material/WorkspacesOutlined';
import { askEarly } from '../../api/early-call';
import { lazyScreen } from '../../app/lazy-screen';
import type { ScreenDef } from '../../app/screen-types';

export const projectsScreens: ScreenDef[] = [
  {
    id: 'projects',
    label: 'Projects',
    icon: WorkspacesOutlined,
    section: 'identity',
    scope: 'instance',
    component: lazyScreen(
      () => import('./ProjectsScreen'),
      (instanceId) => askEarly(instanceId, 'projects.list', {}),
    ),
  },
];
