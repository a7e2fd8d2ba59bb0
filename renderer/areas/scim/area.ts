import SyncAltOutlined from '@mui/icons-material/SyncAltOutlined';
import { lazyScreen } from '../../app/lazy-screen';
import type { ScreenDef } from '../../app/screen-types';

export const scimScreens: ScreenDef[] = [
  { id: 'scim', label: 'SCIM', icon: SyncAltOutlined, section: 'identity', scope: 'instance', component: lazyScreen(() => import('./ScimScreen')) },
];
