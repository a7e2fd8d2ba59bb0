import WebhookOutlined from '@mui/icons-material/WebhookOutlined';
import { lazy } from 'react';
import type { ScreenDef } from '../../app/screen-types';
import { useUiStore } from '../../app/ui-store';
import { askListEarly } from './api';

/** The list is asked for as the screen's code starts loading, not after (api.ts). */
function loadScreen() {
  askListEarly(useUiStore.getState().activeInstanceId);
  return import('./WebhooksScreen');
}

export const webhooksScreens: ScreenDef[] = [{ id: 'webhooks', label: 'Webhooks', icon: WebhookOutlined, section: 'platform', scope: 'instance', component: lazy(loadScreen) }];
