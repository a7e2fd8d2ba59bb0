import TuneOutlined from '@mui/icons-material/TuneOutlined';
import { lazyScreen } from '../../app/lazy-screen';
import type { ScreenDef } from '../../app/screen-types';

export const sysconfigScreens: ScreenDef[] = [
  { id: 'system-config', label: 'System configuration', icon: TuneOutlined, section: 'platform', scope: 'instance', component: lazyScreen(() => import('./SysconfigScreen')) },
];
