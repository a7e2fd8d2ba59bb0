import TuneOutlined from '@mui/icons-material/TuneOutlined';
import { lazyScreen } from '../../app/lazy-screen';
import type { ScreenDef } from '../../app/screen-types';

export const sysconfigScreens: ScreenDef[] = [
  {
    id: 'system-config',
    label: 'System configuration',
    icon: TuneOutlined,
    section: 'platform',
    scope: 'instance',
    // Its YAML editor (CodeMirror) is the largest code in the app; it loads when opened.
    loadsWhenOpened: true,
    component: lazyScreen(() => import('./SysconfigScreen')),
  },
];
