// Users on the platform: sends the shared request mapping (shared/requests) and turns the
// wire format into the models the renderer gets (missing booleans become false, etc.).
import { userRequests, type UserCallName, type UserRequestInput } from '../../../shared/requests/users';
import type { UserDetails, UserPage, UserSummary } from '../../../shared/models/users';
import type { PlatformHttp } from '../http/types';

type Raw = Record<string, unknown>;

const str = (value: unknown, fallback = ''): string => (typeof value === 'string' ? value : fallback);
const bool = (value: unknown): boolean => value === true;
const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);
const obj = (value: unknown): Raw => (typeof value === 'object' && value !== null ? (value as Raw) : {});

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

const req = <K extends UserCallName>(name: K, input: UserRequestInput<K>) => userRequests[name](input);

/** Calls whose answer is a body we read. */
async function json<K extends UserCallName>(http: PlatformHttp, name: K, input: UserRequestInput<K>): Promise<unknown> {
  return http.json<unknown>(req(name, input));
}

/** Calls answered by 200/204 with nothing useful in the body. */
async function send<K extends UserCallName>(http: PlatformHttp, name: K, input: UserRequestInput<K>): Promise<void> {
  await http.request(req(name, input));
}

export const usersApi = {
  page: async (http: PlatformHttp, input: UserRequestInput<'users.page'>) => toUserPage(await json(http, 'users.page', input)),
  get: async (http: PlatformHttp, input: UserRequestInput<'users.get'>) => toUserDetails(await json(http, 'users.get', input)),
  create: async (http: PlatformHttp, input: UserRequestInput<'users.create'>) => toUserDetails(await json(http, 'users.create', input)),
  update: async (http: PlatformHttp, input: UserRequestInput<'users.update'>) => toUserDetails(await json(http, 'users.update', input)),
  delete: (http: PlatformHttp, input: UserRequestInput<'users.delete'>) => send(http, 'users.delete', input),
  updateGroups: async (http: PlatformHttp, input: UserRequestInput<'users.updateGroups'>) => ({
    groups: strings(obj(await json(http, 'users.updateGroups', input)).groups),
  }),
  setPassword: (http: PlatformHttp, input: UserRequestInput<'users.setPassword'>) => send(http, 'users.setPassword', input),
  expirePassword: (http: PlatformHttp, input: UserRequestInput<'users.expirePassword'>) => send(http, 'users.expirePassword', input),
  unlock: (http: PlatformHttp, input: UserRequestInput<'users.unlock'>) => send(http, 'users.unlock', input),
  /** Artifactory answers a JSON array of usernames. */
  locked: async (http: PlatformHttp) => strings(await json(http, 'users.locked', {})),
};
