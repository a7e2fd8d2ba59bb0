import PersonOutlined from '@mui/icons-material/PersonOutlined';
import { lazyScreen } from '../../app/lazy-screen';
import type { ScreenDef } from '../../app/screen-types';

export const usersScreens: ScreenDef[] = [
  {
    id: 'users',
    label: 'Users',
    icon: PersonOutlined,
    section: 'identity',
    scope: 'instance',
    // The first page of users (api.ts decides whether one is worth asking for early).
    component: lazyScreen(
      () => import('./UsersScreen'),
      (instanceId) => void import('./api').then((api) => api.requestFirstUsersPage(instanceId)),
    ),
  },
];
