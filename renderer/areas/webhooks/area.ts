import WebhookOutlined from '@mui/icons-material/WebhookOutlined';
import { askEarly } from '../../api/early-call';
import { lazyScreen } from '../../app/lazy-screen';
import type { ScreenDef } from '../../app/screen-types';

export const webhooksScreens: ScreenDef[] = [
  {
    id: 'webhooks',
    label: 'Webhooks',
    icon: WebhookOutlined,
    section: 'platform',
    scope: 'instance',
    component: lazyScreen(
      () => import('./WebhooksScreen'),
      (instanceId) => askEarly(instanceId, 'webhooks.list', {}),
    ),
  },
];
