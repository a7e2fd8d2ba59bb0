// Every bridge call's handler, by area. The types make a missing call a compile error.
import type { AppCallName, InstanceCallName } from '../../../shared/api/contract';
import { appHandlers } from './app';
import type { AppHandlers } from './app-context';
import { groupsHandlers } from './groups';
import { httpSettingsHandlers } from './http-settings';
import { instancesHandlers } from './instances';
import { systemHandlers } from './system';
import type { InstanceHandlers } from './types';
import { usersHandlers } from './users';

export const allAppHandlers: AppHandlers<AppCallName> = { ...appHandlers, ...instancesHandlers };

export const allInstanceHandlers: InstanceHandlers<InstanceCallName> = {
  ...systemHandlers,
  ...usersHandlers,
  ...groupsHandlers,
  ...httpSettingsHandlers,
};

export type { AppContext, AppHandlers } from './app-context';
