// users.* calls: inputs, and where each goes on the platform (API-NOTES "Users" wins over
// the spec: v2 PATCH for updates, `users/{name}/groups`, `users/{name}/password`, and
// Artifactory's security API for expire/unlock/locked, which have no v2 call). That API
// reads a bare '+' in the path as a space: seg() sends it as %2B.
import { z } from 'zod';
import { read, write } from '../../api/call-spec';
import { definedOnly, pathNameSchema, queryOf, seg } from '../../api/request';
import { cursorPage } from '../../api/paging';
import { addRemoveSchema, userCreateSchema, userUpdateSchema, usernameSchema, type UserDetails, type UserPage } from './model';

export const USERS_PATH = '/access/api/v2/users';
const ARTIFACTORY_SECURITY = '/artifactory/api/security';

export const userPath = (username: string): string => `${USERS_PATH}/${seg(username)}`;

/** An existing user's name (other realms may hold names the create rule refuses), as a path segment. */
const username = pathNameSchema(255, 'Username');

export const usersCalls = {
  'users.page': read<UserPage>()(cursorPage, {
    request: ({ limit, cursor }) => ({ method: 'GET', path: USERS_PATH, query: queryOf({ limit, cursor: cursor || undefined }) }),
  }),
  'users.get': read<UserDetails>()({ username }, { request: ({ username }) => ({ method: 'GET', path: userPath(username) }) }),
  'users.create': write<UserDetails>()(
    { user: userCreateSchema },
    { request: ({ user }) => ({ method: 'POST', path: USERS_PATH, json: definedOnly(user) }), target: ({ user }) => user.username },
  ),
  'users.update': write<UserDetails>()(
    { username, changes: userUpdateSchema },
    { request: ({ username, changes }) => ({ method: 'PATCH', path: userPath(username), json: definedOnly(changes) }), target: ({ username }) => username },
  ),
  'users.delete': write<void>()({ username }, { request: ({ username }) => ({ method: 'DELETE', path: userPath(username) }), target: ({ username }) => username }),
  'users.updateGroups': write<{ groups: string[] }>()(
    { username: usernameSchema, ...addRemoveSchema.shape },
    {
      request: ({ username, add, remove }) => ({ method: 'PATCH', path: `${userPath(username)}/groups`, json: { add, remove } }),
      target: ({ username }) => username,
    },
  ),
  'users.setPassword': write<void>()(
    { username, password: z.string().min(1).max(1024) },
    { request: ({ username, password }) => ({ method: 'PUT', path: `${userPath(username)}/password`, json: { password } }), target: ({ username }) => username },
  ),
  'users.expirePassword': write<void>()(
    { username },
    {
      request: ({ username }) => ({ method: 'POST', path: `${ARTIFACTORY_SECURITY}/users/authorization/expirePassword/${seg(username)}` }),
      target: ({ username }) => username,
    },
  ),
  'users.unlock': write<void>()(
    { username },
    { request: ({ username }) => ({ method: 'POST', path: `${ARTIFACTORY_SECURITY}/unlockUsers/${seg(username)}` }), target: ({ username }) => username },
  ),
  'users.locked': read<string[]>()({}, { request: () => ({ method: 'GET', path: `${ARTIFACTORY_SECURITY}/lockedUsers` }) }),
};
