import DnsOutlined from '@mui/icons-material/DnsOutlined';
import { lazyScreen } from '../../app/lazy-screen';
import type { ScreenDef } from '../../app/screen-types';

export const instancesScreens: ScreenDef[] = [
  { id: 'instances', label: 'Instances', icon: DnsOutlined, section: 'instance', scope: 'app', component: lazyScreen(() => import('./InstancesScreen')) },
];
