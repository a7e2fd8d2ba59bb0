// Users area (Access v2 and Artifactory's security API; API-NOTES "Users").
// 1. Requests: shared/areas/users/calls.ts. 2. Wire → model. 3. Handlers.
import { requestFor, type ParsedInput } from '../../../shared/api/contract';
import { userPath } from '../../../shared/areas/users/calls';
import type { UserDetails, UserPage, UserSummary } from '../../../shared/areas/users/model';
import { isOlderThan, PARTIAL_USER_UPDATE_SINCE } from '../../../shared/areas/system/version';
import { ApiFailure } from '../../../shared/errors';
import type { PlatformHttp, PlatformRequest } from '../http/types';
import { pageReadAhead } from './page-read-ahead';
import { versionOf } from './platform-version';
import type { AreaHandlers, InstanceContext } from './types';
import { bool, obj, str, strings, writeThenRead } from './wire';

// ---- Wire → model ----------------------------------------------------------------------

export function toUserDetails(value: unknown): UserDetails {
  const raw = obj(value);
  const admin = bool(raw.admin);
  const details: UserDetails = {
    username: str(raw.username),
    groups: strings(raw.groups),
    realm: str(raw.realm, 'internal'),
    status: str(raw.status, 'enabled'),
    admin,
    // Access 7.66+ says whether a group makes the user an admin; before, only the own flag is known.
    effective_admin: admin || bool(raw.effective_admin),
    profile_updatable: bool(raw.profile_updatable),
    internal_password_disabled: bool(raw.internal_password_disabled),
    disable_ui_access: bool(raw.disable_ui_access),
  };
  if (typeof raw.email === 'string') details.email = raw.email;
  return details;
}

function toUserSummary(value: unknown): UserSummary {
  const raw = obj(value);
  return { username: str(raw.username), realm: str(raw.realm, 'internal'), status: str(raw.status, 'enabled') };
}

/** A page without its `users` list is not an empty page: something else answered. */
export function toUserPage(value: unknown): UserPage {
  const raw = obj(value);
  if (!Array.isArray(raw.users)) {
    throw new ApiFailure({
      kind: 'http',
      method: 'GET',
      path: requestFor('users.page', {}).path,
      message: 'The platform answered the user list without a "users" list, so Lilypad cannot tell which users exist. A proxy or an unexpected platform version may be in the way.',
    });
  }
  const page: UserPage = { users: raw.users.map(toUserSummary) };
  // An empty cursor means the same as none: this was the last page.
  if (typeof raw.cursor === 'string' && raw.cursor !== '') page.cursor = raw.cursor;
  return page;
}

/** A user as the answer holds it, or undefined when the answer is empty or not a user. */
const userFromAnswer = (body: unknown): UserDetails | undefined => (typeof obj(body).username === 'string' ? toUserDetails(body) : undefined);

type PageInput = ParsedInput<'users.page'>;

const pagesOf = (ctx: InstanceContext) => `users\n${ctx.instance.id}\n${ctx.instance.baseUrl}\n`;
const pageKey = (ctx: InstanceContext, input: PageInput) => `${pagesOf(ctx)}${input.limit ?? ''}\n${input.cursor ?? ''}`;

/**
 * One page of users. The window walks the list page after page, so the next page is read
 * from the platform while the window takes this one (page-read-ahead.ts); when it asks, the
 * page is ready or on its way. A change to users forgets pages read ahead.
 */
async function readUserPage(input: PageInput, ctx: InstanceContext): Promise<UserPage> {
  const readAhead = pageReadAhead(ctx);
  // A page may hold up to 99,999 users: a list-sized answer (http/limits.ts).
  const read = (at: PageInput, extra: Pick<PlatformRequest, 'signal' | 'onAnswer'> = {}) =>
    ctx.http.json({ ...requestFor('users.page', at), answerSize: 'list', ...extra }).then(toUserPage);
  const page = (await readAhead.take<UserPage>(pageKey(ctx, input))) ?? (await read(input));
  // A cursor that points at this same page is a platform looping: the window stops there, so nothing is read ahead.
  if (page.cursor && page.cursor !== input.cursor) {
    const next: PageInput = { ...input, cursor: page.cursor };
    readAhead.start(pageKey(ctx, next), (signal, onAnswer) => read(next, { signal, onAnswer }));
  }
  return page;
}

/** Runs a change to users, then forgets the pages read ahead before it (whether it landed or not). */
async function changingUsers<T>(ctx: InstanceContext, change: () => Promise<T>): Promise<T> {
  try {
    return await change();
  } finally {
    pageReadAhead(ctx).dropAll(pagesOf(ctx));
  }
}

const readUser = async (http: PlatformHttp, username: string): Promise<UserDetails> => toUserDetails(await http.json(requestFor('users.get', { username })));

/**
 * Before 7.84.3 Access refuses a user PATCH without `password` (API-NOTES). Lilypad cannot
 * supply the current password, so on such a version an update without one is refused here,
 * plainly, before anything is sent. When the version cannot be read, the PATCH goes out.
 */
async function refuseOldPartialUpdate(ctx: InstanceContext, username: string): Promise<void> {
  const version = await versionOf(ctx);
  if (version === undefined || !isOlderThan(version, PARTIAL_USER_UPDATE_SINCE)) return;
  throw new ApiFailure({
    kind: 'unsupported',
    method: 'PATCH',
    path: userPath(username),
    message:
      `This version cannot update a user without setting the password. ${ctx.instance.name} runs Artifactory ${version}; ` +
      `changing a user while keeping the password needs ${PARTIAL_USER_UPDATE_SINCE} or later. Nothing was sent.`,
  });
}

// ---- Handlers --------------------------------------------------------------------------

export const usersArea: AreaHandlers<'users'> = {
  'users.page': readUserPage,
  'users.get': async (input, { http }) => readUser(http, input.username),
  'users.create': async (input, ctx) =>
    changingUsers(ctx, () =>
      writeThenRead(ctx.http, requestFor('users.create', input), userFromAnswer, () => readUser(ctx.http, input.user.username), `The platform created ${input.user.username}`),
    ),
  'users.update': async (input, ctx) => {
    if (input.changes.password === undefined) await refuseOldPartialUpdate(ctx, input.username);
    return changingUsers(ctx, () =>
      writeThenRead(ctx.http, requestFor('users.update', input), userFromAnswer, () => readUser(ctx.http, input.username), `The platform updated ${input.username}`),
    );
  },
  'users.delete': async (input, ctx) => changingUsers(ctx, async () => void (await ctx.http.request(requestFor('users.delete', input)))),
  'users.updateGroups': async (input, { http }) =>
    writeThenRead(
      http,
      requestFor('users.updateGroups', input),
      (body) => (Array.isArray(obj(body).groups) ? { groups: strings(obj(body).groups) } : undefined),
      async () => ({ groups: (await readUser(http, input.username)).groups }),
      `The platform changed the groups of ${input.username}`,
    ),
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
