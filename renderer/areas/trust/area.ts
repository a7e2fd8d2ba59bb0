import VerifiedUserOutlined from '@mui/icons-material/VerifiedUserOutlined';
import { lazy } from 'react';
import type { ScreenDef } from '../../app/screen-types';

export const trustScreens: ScreenDef[] = [
  { id: 'access-trust', label: 'Access and trust', icon: VerifiedUserOutlined, section: 'platform', scope: 'instance', component: lazy(() => import('./TrustScreen')) },
];
