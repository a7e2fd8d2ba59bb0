import EventBusyOutlined from '@mui/icons-material/EventBusyOutlined';
import KeyOutlined from '@mui/icons-material/KeyOutlined';
import { askEarly } from '../../api/early-call';
import { lazyScreen } from '../../app/lazy-screen';
import type { ScreenDef } from '../../app/screen-types';
import { ExpiryBadge } from './ExpiryBadge';

export const tokensScreens: ScreenDef[] = [
  {
    id: 'tokens',
    label: 'Access tokens',
    icon: KeyOutlined,
    section: 'identity',
    scope: 'instance',
    component: lazyScreen(
      () => import('./TokensScreen'),
      (instanceId) => askEarly(instanceId, 'tokens.list', {}),
    ),
  },
  { id: 'expiring', label: 'Expiring soon', icon: EventBusyOutlined, section: 'instance', scope: 'app', component: lazyScreen(() => import('./ExpiryScreen')), badge: ExpiryBadge },
];
