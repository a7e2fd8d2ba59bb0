// `requestFor(name, input)`: the platform request behind any users.* or groups.* call,
// for "Copy as cURL" (shared/curl.ts) and for the handlers that send it.
import { groupRequests, type GroupCallName, type GroupRequestInput } from './groups';
import type { ApiRequest } from './types';
import { userRequests, type UserCallName, type UserRequestInput } from './users';

export type RequestCallName = UserCallName | GroupCallName;
export type RequestInput<K extends RequestCallName> = K extends UserCallName
  ? UserRequestInput<K>
  : K extends GroupCallName
    ? GroupRequestInput<K>
    : never;

const all = { ...userRequests, ...groupRequests } as { [K in RequestCallName]: (input: RequestInput<K>) => ApiRequest };

export function requestFor<K extends RequestCallName>(name: K, input: RequestInput<K>): ApiRequest {
  return all[name](input);
}

export const hasRequestMapping = (name: string): name is RequestCallName => Object.prototype.hasOwnProperty.call(all, name);

export type { ApiMethod, ApiRequest } from './types';
export { userRequests, userPath, USERS_PATH } from './users';
export { groupRequests, groupPath, GROUPS_PATH } from './groups';
