// tokens.* calls: inputs, and where each goes on the platform (API-NOTES "Access tokens":
// Access v1 for create, refresh, list, get and revoke by id; Artifactory's security API for
// revoke by value, which Access v1 has no call for). Plus the expiry watch across saved
// instances (app calls: the scan lives in main).
import { appCall, noInput, read, write } from '../../api/call-spec';
import { definedOnly, queryOf, seg } from '../../api/request';
import {
  expiresInSchema,
  expirySettingsSchema,
  refreshTokenSchema,
  tokenCreateSchema,
  tokenIdOfValue,
  tokenIdSchema,
  tokenListQuery,
  tokenValueSchema,
  type CreatedToken,
  type RevokeByValueResult,
  type RevokeResult,
  type TokenExpiryView,
  type TokenInfo,
  type TokenList,
} from './model';

export const TOKENS_PATH = '/access/api/v1/tokens';
/** Artifactory's (older) token API: the one call that revokes a token given by its value. */
export const REVOKE_BY_VALUE_PATH = '/artifactory/api/security/token/revoke';
export const FORM_CONTENT_TYPE = 'application/x-www-form-urlencoded';

export const tokenPath = (id: string): string => `${TOKENS_PATH}/${seg(id)}`;

const flag = (value: boolean | undefined) => (value === undefined ? undefined : String(value));
const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

export const tokensCalls = {
  'tokens.list': read<TokenList>()(tokenListQuery, {
    request: ({ description, username, refreshable, order_by, descending_order }) => ({
      method: 'GET',
      path: TOKENS_PATH,
      query: queryOf({ description: description || undefined, username, refreshable: flag(refreshable), order_by, descending_order: flag(descending_order) }),
    }),
  }),
  /** One token's metadata; `me` is the token this instance's credential is. */
  'tokens.get': read<TokenInfo>()({ id: tokenIdSchema }, { request: ({ id }) => ({ method: 'GET', path: tokenPath(id) }) }),
  'tokens.create': write<CreatedToken>()(
    { token: tokenCreateSchema },
    {
      request: ({ token }) => ({ method: 'POST', path: TOKENS_PATH, json: { grant_type: 'client_credentials', ...definedOnly(token) } }),
      target: ({ token }) => `token for ${token.username ?? 'the signed-in user'}${token.description ? ` (${clip(token.description, 80)})` : ''}`,
    },
  ),
  /** The same call as create with the refresh grant; the answer is a new pair. */
  'tokens.refresh': write<CreatedToken>()(
    { refresh_token: refreshTokenSchema, expires_in: expiresInSchema },
    {
      request: ({ refresh_token, expires_in }) => ({
        method: 'POST',
        path: TOKENS_PATH,
        json: definedOnly({ grant_type: 'refresh_token', refresh_token, refreshable: true, expires_in }),
      }),
      // Never the refresh token itself: the log names the kind of action only.
      target: () => 'a token given by its refresh token',
    },
  ),
  'tokens.revoke': write<RevokeResult>()({ id: tokenIdSchema }, { request: ({ id }) => ({ method: 'DELETE', path: tokenPath(id) }), target: ({ id }) => id }),
  'tokens.revokeByValue': write<RevokeByValueResult>()(
    { token: tokenValueSchema },
    {
      request: ({ token }) => ({ method: 'POST', path: REVOKE_BY_VALUE_PATH, text: new URLSearchParams({ token }).toString(), contentType: FORM_CONTENT_TYPE }),
      // The id inside the value when it carries one; never the value.
      target: ({ token }) => tokenIdOfValue(token) ?? 'a token given by its value',
    },
  ),

  /** The expiry watch across every saved instance: settings and the scan's last state (starts the scan). */
  'tokens.expiry': appCall<TokenExpiryView>()(noInput),
  /** One scan now; answers when every instance has answered or timed out. */
  'tokens.expiryRun': appCall<TokenExpiryView>()(noInput),
  'tokens.expirySettings': appCall<TokenExpiryView>()(expirySettingsSchema, { mutates: true, target: () => 'token expiry watch' }),
};
