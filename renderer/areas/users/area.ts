import PersonOutlined from '@mui/icons-material/PersonOutlined';
import { lazyScreen } from '../../app/lazy-screen';
import type { ScreenDef } from '../../app/screen-types';
import { requestFirstUsersPage } from './first-page';

export const usersScreens: ScreenDef[] = [
  {
    id: 'users',
    label: 'Users',
    icon: PersonOutlined,
    section: 'identity',
    scope: 'instance',
    // The first page of users, unless a table of that instance was loaded already (first-page.ts).
    component: lazyScreen(() => import('./UsersScreen'), requestFirstUsersPage),
  },
];
