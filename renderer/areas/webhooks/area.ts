import WebhookOutlined from '@mui/icons-material/WebhookOutlined';
import { lazy } from 'react';
import type { ScreenDef } from '../../app/screen-types';

export const webhooksScreens: ScreenDef[] = [
  { id: 'webhooks', label: 'Webhooks', icon: WebhookOutlined, section: 'platform', scope: 'instance', component: lazy(() => import('./WebhooksScreen')) },
];
