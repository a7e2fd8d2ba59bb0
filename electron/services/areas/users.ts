// Users area (Access v2 and Artifactory's security API; API-NOTES "Users").
// 1. Requests: shared/areas/users/calls.ts. 2. Wire → model. 3. Handlers.
import { requestFor } from '../../../shared/api/contract';
import type { UserDetails, UserPage, UserSummary } from '../../../shared/areas/users/model';
import type { AreaHandlers } from './types';
import { bool, obj, str, strings } from './wire';

// ---- Wire → model ----------------------------------------------------------------------

export function toUserDetails(value: unknown): UserDetails {
  const raw = obj(value);
  const details: UserDetails = {
    username: str(raw.username),
    groups: strings(raw.groups),
    realm: str(raw.realm, 'internal'),
    status: str(raw.status, 'enabled'),
    admin: bool(raw.admin),
    profile_updatable: bool(raw.profile_updatable),
    internal_password_disabled: bool(raw.internal_password_disabled),
    disable_ui_access: bool(raw.disable_ui_access),
  };
  if (typeof raw.email === 'string') details.email = raw.email;
  return details;
}

function toUserSummary(value: unknown): UserSummary {
  const raw = obj(value);
  const summary: UserSummary = { username: str(raw.username), realm: str(raw.realm, 'internal'), status: str(raw.status, 'enabled') };
  if (typeof raw.uri === 'string') summary.uri = raw.uri;
  return summary;
}

export function toUserPage(value: unknown): UserPage {
  const raw = obj(value);
  const page: UserPage = { users: Array.isArray(raw.users) ? raw.users.map(toUserSummary) : [] };
  // An empty cursor means the same as none: this was the last page.
  if (typeof raw.cursor === 'string' && raw.cursor !== '') page.cursor = raw.cursor;
  return page;
}

// ---- Handlers --------------------------------------------------------------------------

export const usersArea: AreaHandlers<'users'> = {
  'users.page': async (input, { http }) => toUserPage(await http.json(requestFor('users.page', input))),
  'users.get': async (input, { http }) => toUserDetails(await http.json(requestFor('users.get', input))),
  'users.create': async (input, { http }) => toUserDetails(await http.json(requestFor('users.create', input))),
  'users.update': async (input, { http }) => toUserDetails(await http.json(requestFor('users.update', input))),
  'users.delete': async (input, { http }) => {
    await http.request(requestFor('users.delete', input));
  },
  'users.updateGroups': async (input, { http }) => ({ groups: strings(obj(await http.json(requestFor('users.updateGroups', input))).groups) }),
  'users.setPassword': async (input, { http }) => {
    await http.request(requestFor('users.setPassword', input));
  },
  'users.expirePassword': async (input, { http }) => {
    await http.request(requestFor('users.expirePassword', input));
  },
  'users.unlock': async (input, { http }) => {
    await http.request(requestFor('users.unlock', input));
  },
  /** Artifactory answers a JSON array of usernames. */
  'users.locked': async (input, { http }) => strings(await http.json(requestFor('users.locked', input))),
};
