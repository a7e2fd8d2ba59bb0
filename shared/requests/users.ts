// Where each users.* call goes on the platform (API-NOTES "Users" wins over the spec:
// v2 PATCH for updates, `users/{name}/groups`, `users/{name}/password`, and Artifactory's
// security API for expire/unlock/locked, which have no v2 call).
import type { ParsedInput } from '../api/contract';
import { definedOnly, queryOf, seg, type ApiRequest } from './types';

export const USERS_PATH = '/access/api/v2/users';
const ARTIFACTORY_SECURITY = '/artifactory/api/security';

export const userPath = (username: string): string => `${USERS_PATH}/${seg(username)}`;

export type UserCallName =
  | 'users.page'
  | 'users.get'
  | 'users.create'
  | 'users.update'
  | 'users.delete'
  | 'users.updateGroups'
  | 'users.setPassword'
  | 'users.expirePassword'
  | 'users.unlock'
  | 'users.locked';

/** The call's input as the screens hold it: the parsed input without the instance id. */
export type UserRequestInput<K extends UserCallName> = Omit<ParsedInput<K>, 'instanceId'>;

export const userRequests: { [K in UserCallName]: (input: UserRequestInput<K>) => ApiRequest } = {
  'users.page': ({ limit, cursor }) => ({ method: 'GET', path: USERS_PATH, query: queryOf({ limit, cursor: cursor || undefined }) }),
  'users.get': ({ username }) => ({ method: 'GET', path: userPath(username) }),
  'users.create': ({ user }) => ({ method: 'POST', path: USERS_PATH, json: definedOnly(user) }),
  'users.update': ({ username, changes }) => ({ method: 'PATCH', path: userPath(username), json: definedOnly(changes) }),
  'users.delete': ({ username }) => ({ method: 'DELETE', path: userPath(username) }),
  'users.updateGroups': ({ username, add, remove }) => ({ method: 'PATCH', path: `${userPath(username)}/groups`, json: { add, remove } }),
  'users.setPassword': ({ username, password }) => ({ method: 'PUT', path: `${userPath(username)}/password`, json: { password } }),
  'users.expirePassword': ({ username }) => ({ method: 'POST', path: `${ARTIFACTORY_SECURITY}/users/authorization/expirePassword/${seg(username)}` }),
  'users.unlock': ({ username }) => ({ method: 'POST', path: `${ARTIFACTORY_SECURITY}/unlockUsers/${seg(username)}` }),
  'users.locked': () => ({ method: 'GET', path: `${ARTIFACTORY_SECURITY}/lockedUsers` }),
};
