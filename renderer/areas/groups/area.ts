import GroupsOutlined from '@mui/icons-material/GroupsOutlined';
import { lazyScreen } from '../../app/lazy-screen';
import type { ScreenDef } from '../../app/screen-types';

export const groupsScreens: ScreenDef[] = [
  { id: 'groups', label: 'Groups', icon: GroupsOutlined, section: 'identity', scope: 'instance', component: lazyScreen(() => import('./GroupsScreen')) },
];
