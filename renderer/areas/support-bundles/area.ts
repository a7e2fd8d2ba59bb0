import SupportOutlined from '@mui/icons-material/SupportOutlined';
import { lazyScreen } from '../../app/lazy-screen';
import type { ScreenDef } from '../../app/screen-types';

// Not selfHostedOnly: on Cloud the screen explains and offers log collection instead.
export const supportBundlesScreens: ScreenDef[] = [
  { id: 'support-bundles', label: 'Support bundles', icon: SupportOutlined, section: 'platform', scope: 'instance', component: lazyScreen(() => import('./SupportBundlesScreen')) },
];
