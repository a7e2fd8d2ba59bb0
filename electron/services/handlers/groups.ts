// groups.* bridge calls; see users.ts for why they go through shared/requests.
import { groupsApi } from '../platform/groups-api';
import type { GroupCallName } from '../../../shared/requests/groups';
import type { InstanceHandlers } from './types';

export const groupsHandlers: InstanceHandlers<GroupCallName> = {
  'groups.page': (input, { http }) => groupsApi.page(http, input),
  'groups.get': (input, { http }) => groupsApi.get(http, input),
  'groups.create': (input, { http }) => groupsApi.create(http, input),
  'groups.update': (input, { http }) => groupsApi.update(http, input),
  'groups.delete': (input, { http }) => groupsApi.delete(http, input),
  'groups.updateMembers': (input, { http }) => groupsApi.updateMembers(http, input),
};
