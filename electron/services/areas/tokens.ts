// Access tokens area (Access v1 and Artifactory's revoke-by-value; API-NOTES "Access
// tokens"), and the expiry watch across saved instances.
// 1. Requests: shared/areas/tokens/calls.ts. 2. Wire → model. 3. Handlers.
// A token value (new, refresh or to revoke) is never logged and never left in an error:
// the handlers scrub the values they were given from every failure they pass on.
import { requestFor } from '../../../shared/api/contract';
import { TOKENS_PATH } from '../../../shared/areas/tokens/calls';
import { USERS_PATH } from '../../../shared/areas/users/calls';
import { isOlderThan } from '../../../shared/areas/system/version';
import { FORCE_REVOCABLE_SINCE, tokenIdOfValue, type CreatedToken, type TokenInfo, type TokenVisibility } from '../../../shared/areas/tokens/model';
import { ApiFailure } from '../../../shared/errors';
import { scrubApiError, secretForms } from '../http/scrub';
import type { PlatformHttp } from '../http/types';
import { TokenExpiryWatch } from '../tokens/expiry-watch';
import { versionOf } from './platform-version';
import type { AppContext, AreaHandlers, InstanceContext } from './types';
import { bool, obj, sendWrite, str } from './wire';

// ---- Wire → model ----------------------------------------------------------------------

const epoch = (value: unknown): number | undefined => (typeof value === 'number' && Number.isFinite(value) && value > 0 ? Math.floor(value) : undefined);

/** One token of the list (no issuer: it is the same for every row) or, with `issuer`, of a get. */
export function toTokenInfo(value: unknown, withIssuer = false): TokenInfo {
  const raw = obj(value);
  const token: TokenInfo = { token_id: str(raw.token_id), subject: str(raw.subject), issued_at: epoch(raw.issued_at) ?? 0, refreshable: bool(raw.refreshable) };
  const expiry = epoch(raw.expiry);
  if (expiry !== undefined) token.expiry = expiry;
  if (typeof raw.description === 'string' && raw.description !== '') token.description = raw.description;
  const lastUsed = epoch(raw.last_used);
  if (lastUsed !== undefined) token.last_used = lastUsed;
  if (withIssuer && typeof raw.issuer === 'string') token.issuer = raw.issuer;
  return token;
}

/** A list without its `tokens` array is not an empty list: something else answered. */
export function toTokenInfos(value: unknown): TokenInfo[] {
  const raw = obj(value);
  if (!Array.isArray(raw.tokens)) {
    throw new ApiFailure({
      kind: 'http',
      method: 'GET',
      path: TOKENS_PATH,
      message:
        'The platform answered the token list without a "tokens" list, so Lilypad cannot tell which tokens exist. A proxy or an unexpected platform version may be in the way.',
    });
  }
  return raw.tokens.map((token) => toTokenInfo(token));
}

const optionalString = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);

/** The create/refresh answer, or undefined when it holds no token value (an empty 2xx). */
export function toCreatedToken(value: unknown): CreatedToken | undefined {
  const raw = obj(value);
  const accessToken = optionalString(raw.access_token);
  if (!accessToken) return undefined;
  const created: CreatedToken = { access_token: accessToken, scope: str(raw.scope), token_type: str(raw.token_type, 'Bearer') };
  const tokenId = optionalString(raw.token_id);
  if (tokenId) created.token_id = tokenId;
  const refresh = optionalString(raw.refresh_token);
  if (refresh) created.refresh_token = refresh;
  const reference = optionalString(raw.reference_token);
  if (reference) created.reference_token = reference;
  // expires_in is a number, or a numeric string in some answers.
  const expiresIn = typeof raw.expires_in === 'string' ? Number(raw.expires_in) : raw.expires_in;
  if (typeof expiresIn === 'number' && Number.isFinite(expiresIn) && expiresIn > 0) created.expires_in = Math.floor(expiresIn);
  return created;
}

// ---- Several requests --------------------------------------------------------------------

/** Listing users is for administrators only: its answer says whether the list holds every token or the credential's own. */
async function visibilityOf(http: PlatformHttp): Promise<TokenVisibility> {
  try {
    const response = await http.request({ method: 'GET', path: USERS_PATH, query: { limit: 1 }, acceptStatus: [403] });
    return response.status === 403 ? 'own' : 'all';
  } catch (caught) {
    if (caught instanceof ApiFailure && caught.error.kind === 'cancelled') throw caught;
    return 'unknown';
  }
}

/** Whether the platform stored the new token (tokens under the persistency threshold are not): a read by id. */
async function isListed(http: PlatformHttp, tokenId: string | undefined): Promise<boolean | undefined> {
  if (!tokenId) return undefined;
  try {
    const response = await http.request({ ...requestFor('tokens.get', { id: tokenId }), acceptStatus: [404] });
    return response.status !== 404;
  } catch {
    return undefined;
  }
}

const NO_VALUE = 'The platform answered without the token value, so Lilypad cannot show it. If a token was created, find it in the list and revoke it, then create it again.';

/** Sends a create or refresh and reads the one answer that holds the new values. */
async function issue(http: PlatformHttp, request: ReturnType<typeof requestFor>): Promise<CreatedToken> {
  const created = toCreatedToken(await sendWrite(http, request));
  if (!created) throw new ApiFailure({ kind: 'http', method: 'POST', path: TOKENS_PATH, message: NO_VALUE });
  const listed = await isListed(http, created.token_id);
  if (listed !== undefined) created.listed = listed;
  return created;
}

/** Runs `work`; any failure leaves without the given secret values in it. */
async function withoutSecrets<T>(values: readonly string[], work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (caught) {
    if (caught instanceof ApiFailure)
      throw new ApiFailure(
        scrubApiError(
          caught.error,
          values.flatMap((value) => secretForms(value)),
        ),
      );
    throw new ApiFailure({ kind: 'internal', message: 'Something went wrong inside Lilypad while handling a token; the token value is not shown here.' });
  }
}

/** The platform takes `force_revocable` from 7.50.3: refused here, before sending, on an older version. */
async function refuseOldForceRevocable(ctx: InstanceContext): Promise<void> {
  const version = await versionOf(ctx);
  if (version === undefined || !isOlderThan(version, FORCE_REVOCABLE_SINCE)) return;
  throw new ApiFailure({
    kind: 'unsupported',
    method: 'POST',
    path: TOKENS_PATH,
    message: `${ctx.instance.name} runs Artifactory ${version}; "force revocable" needs ${FORCE_REVOCABLE_SINCE} or later. Turn it off to create the token. Nothing was sent.`,
  });
}

/**
 * The watch (one per app): `tokenExpiryWatch(ctx).view()` registers the `tokens.expiry`
 * scan if nothing has yet and answers its snapshot, for any screen that shows it (the fleet
 * dashboard's "tokens expiring" per instance).
 */
export const tokenExpiryWatch = (ctx: AppContext): TokenExpiryWatch =>
  ctx.service('tokens.expiry', () => new TokenExpiryWatch({ dataDir: ctx.dataDir, scans: ctx.scans, readList: toTokenInfos }));

// ---- Handlers --------------------------------------------------------------------------

export const tokensArea: AreaHandlers<'tokens'> = {
  'tokens.list': async (input, { http }) => {
    const [body, visibility] = await Promise.all([http.json<unknown>(requestFor('tokens.list', input)), visibilityOf(http)]);
    return { tokens: toTokenInfos(body), visibility };
  },
  'tokens.get': async (input, { http }) => toTokenInfo(await http.json(requestFor('tokens.get', input)), true),
  'tokens.create': async (input, ctx) => {
    if (input.token.force_revocable) await refuseOldForceRevocable(ctx);
    return issue(ctx.http, requestFor('tokens.create', input));
  },
  'tokens.refresh': async (input, { http }) => withoutSecrets([input.refresh_token], () => issue(http, requestFor('tokens.refresh', input))),
  /** 200: revoked now; 204: no such token any more. Both leave the platform without it. */
  'tokens.revoke': async (input, { http }) => {
    const response = await http.request(requestFor('tokens.revoke', input));
    return { token_id: input.id, status: response.status === 204 ? 204 : 200 };
  },
  'tokens.revokeByValue': async (input, { http }) =>
    withoutSecrets([input.token], async () => {
      const response = await http.request(requestFor('tokens.revokeByValue', input));
      const tokenId = tokenIdOfValue(input.token);
      return { status: response.status, ...(tokenId ? { token_id: tokenId } : {}) };
    }),

  'tokens.expiry': async (_input, ctx) => tokenExpiryWatch(ctx).view(),
  'tokens.expiryRun': async (_input, ctx) => tokenExpiryWatch(ctx).runNow(),
  'tokens.expirySettings': async (input, ctx) => tokenExpiryWatch(ctx).update(input),
};
