// users.* bridge calls. Input is already validated by the dispatcher; paths and bodies
// come from shared/requests so "Copy as cURL" shows exactly what is sent.
import { usersApi } from '../platform/users-api';
import type { UserCallName } from '../../../shared/requests/users';
import type { InstanceHandlers } from './types';

export const usersHandlers: InstanceHandlers<UserCallName> = {
  'users.page': (input, { http }) => usersApi.page(http, input),
  'users.get': (input, { http }) => usersApi.get(http, input),
  'users.create': (input, { http }) => usersApi.create(http, input),
  'users.update': (input, { http }) => usersApi.update(http, input),
  'users.delete': (input, { http }) => usersApi.delete(http, input),
  'users.updateGroups': (input, { http }) => usersApi.updateGroups(http, input),
  'users.setPassword': (input, { http }) => usersApi.setPassword(http, input),
  'users.expirePassword': (input, { http }) => usersApi.expirePassword(http, input),
  'users.unlock': (input, { http }) => usersApi.unlock(http, input),
  'users.locked': (_input, { http }) => usersApi.locked(http),
};
