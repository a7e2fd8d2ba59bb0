import PersonOutlined from '@mui/icons-material/PersonOutlined';
import { lazy } from 'react';
import type { ScreenDef } from '../../app/screen-types';
import { useUiStore } from '../../app/ui-store';

/**
 * The screen's code is fetched on first navigation; the first page of users is asked for
 * at the same moment instead of after it (the loader takes that answer).
 */
function loadUsersScreen() {
  const instanceId = useUiStore.getState().activeInstanceId;
  void import('./api').then((api) => api.requestFirstUsersPage(instanceId));
  return import('./UsersScreen');
}

export const usersScreens: ScreenDef[] = [{ id: 'users', label: 'Users', icon: PersonOutlined, section: 'identity', scope: 'instance', component: lazy(loadUsersScreen) }];
