import EventBusyOutlined from '@mui/icons-material/EventBusyOutlined';
import KeyOutlined from '@mui/icons-material/KeyOutlined';
import { lazy } from 'react';
import type { ScreenDef } from '../../app/screen-types';
import { ExpiryBadge } from './ExpiryBadge';
import { TokensRoute } from './TokensRoute';

export const tokensScreens: ScreenDef[] = [
  // TokensRoute is small and already loaded, so the list is asked for before the screen's
  // chunk arrives (it loads TokensScreen lazily itself).
  { id: 'tokens', label: 'Access tokens', icon: KeyOutlined, section: 'identity', scope: 'instance', component: TokensRoute },
  { id: 'expiring', label: 'Expiring soon', icon: EventBusyOutlined, section: 'instance', scope: 'app', component: lazy(() => import('./ExpiryScreen')), badge: ExpiryBadge },
];
