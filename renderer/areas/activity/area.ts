import HistoryOutlined from '@mui/icons-material/HistoryOutlined';
import { lazyScreen } from '../../app/lazy-screen';
import type { ScreenDef } from '../../app/screen-types';

export const activityScreens: ScreenDef[] = [
  { id: 'activity', label: 'Activity', icon: HistoryOutlined, section: 'tools', scope: 'app', component: lazyScreen(() => import('./ActivityScreen')) },
];
