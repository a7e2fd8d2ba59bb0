import VerifiedUserOutlined from '@mui/icons-material/VerifiedUserOutlined';
import { lazyScreen } from '../../app/lazy-screen';
import type { ScreenDef } from '../../app/screen-types';

export const trustScreens: ScreenDef[] = [
  { id: 'access-trust', label: 'Access and trust', icon: VerifiedUserOutlined, section: 'platform', scope: 'instance', component: lazyScreen(() => import('./TrustScreen')) },
];
