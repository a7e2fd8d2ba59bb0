import SyncAltOutlined from '@mui/icons-material/SyncAltOutlined';
import { lazy } from 'react';
import type { ScreenDef } from '../../app/screen-types';

export const scimScreens: ScreenDef[] = [
  { id: 'scim', label: 'SCIM', icon: SyncAltOutlined, section: 'identity', scope: 'instance', component: lazy(() => import('./ScimScreen')) },
];
