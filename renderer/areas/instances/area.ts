import DnsOutlined from '@mui/icons-material/DnsOutlined';
import { lazy } from 'react';
import type { ScreenDef } from '../../app/screen-types';

export const instancesScreens: ScreenDef[] = [
  { id: 'instances', label: 'Instances', icon: DnsOutlined, section: 'instance', scope: 'app', component: lazy(() => import('./InstancesScreen')) },
];
