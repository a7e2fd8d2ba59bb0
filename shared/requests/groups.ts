// Where each groups.* call goes on the platform (Access v2; API-NOTES "Groups").
import type { ParsedInput } from '../api/contract';
import { definedOnly, queryOf, seg, type ApiRequest } from './types';

export const GROUPS_PATH = '/access/api/v2/groups';

export const groupPath = (name: string): string => `${GROUPS_PATH}/${seg(name)}`;

export type GroupCallName = 'groups.page' | 'groups.get' | 'groups.create' | 'groups.update' | 'groups.delete' | 'groups.updateMembers';

export type GroupRequestInput<K extends GroupCallName> = Omit<ParsedInput<K>, 'instanceId'>;

export const groupRequests: { [K in GroupCallName]: (input: GroupRequestInput<K>) => ApiRequest } = {
  'groups.page': ({ limit, cursor }) => ({ method: 'GET', path: GROUPS_PATH, query: queryOf({ limit, cursor: cursor || undefined }) }),
  'groups.get': ({ name }) => ({ method: 'GET', path: groupPath(name) }),
  'groups.create': ({ group }) => ({ method: 'POST', path: GROUPS_PATH, json: definedOnly(group) }),
  'groups.update': ({ name, changes }) => ({ method: 'PATCH', path: groupPath(name), json: definedOnly(changes) }),
  'groups.delete': ({ name }) => ({ method: 'DELETE', path: groupPath(name) }),
  'groups.updateMembers': ({ name, add, remove }) => ({ method: 'PATCH', path: `${groupPath(name)}/members`, json: { add, remove } }),
};
