// groups.* calls: inputs, and where each goes on the platform (Access v2; API-NOTES "Groups").
import { read, write } from '../../api/call-spec';
import { cursorPage } from '../../api/paging';
import { definedOnly, queryOf, seg } from '../../api/request';
import { addRemoveSchema } from '../users/model';
import { groupCreateSchema, groupNameSchema, groupUpdateSchema, type GroupDetails, type GroupPage } from './model';

export const GROUPS_PATH = '/access/api/v2/groups';

export const groupPath = (name: string): string => `${GROUPS_PATH}/${seg(name)}`;

const name = groupNameSchema;

export const groupsCalls = {
  'groups.page': read<GroupPage>()(cursorPage, {
    request: ({ limit, cursor }) => ({ method: 'GET', path: GROUPS_PATH, query: queryOf({ limit, cursor: cursor || undefined }) }),
  }),
  'groups.get': read<GroupDetails>()({ name }, { request: ({ name }) => ({ method: 'GET', path: groupPath(name) }) }),
  'groups.create': write<GroupDetails>()(
    { group: groupCreateSchema },
    { request: ({ group }) => ({ method: 'POST', path: GROUPS_PATH, json: definedOnly(group) }), target: ({ group }) => group.name },
  ),
  'groups.update': write<GroupDetails>()(
    { name, changes: groupUpdateSchema },
    { request: ({ name, changes }) => ({ method: 'PATCH', path: groupPath(name), json: definedOnly(changes) }), target: ({ name }) => name },
  ),
  'groups.delete': write<void>()({ name }, { request: ({ name }) => ({ method: 'DELETE', path: groupPath(name) }), target: ({ name }) => name }),
  'groups.updateMembers': write<{ members: string[] }>()(
    { name, ...addRemoveSchema.shape },
    { request: ({ name, add, remove }) => ({ method: 'PATCH', path: `${groupPath(name)}/members`, json: { add, remove } }), target: ({ name }) => name },
  ),
};
