// Access tokens: Access v1 (`/access/api/v1/tokens…`: create and refresh, JSON or
// form-encoded; list with filters and order; get by id and `me`; revoke by id) and
// Artifactory's revoke by value, per API-NOTES "Access tokens", the spec and JFrog's
// clients (jfrog-client-go's token service, the Terraform artifactory provider's scoped
// token). Tokens live in `state.tokens` keyed by value, so a token created here
// authenticates later calls (core/auth.ts) until it is revoked or expires.
import { splitNames, splitScope, SCOPE_MAX } from '../../../shared/areas/tokens/scope';
import { areaState, type FakeArea, type SeedScenario } from '../core/area';
import { empty, fail, json, text, type FakeModule, type FakeRequest, type FakeState, type Principal } from '../core/module';
import type { FakeToken } from '../core/state';
import { seededRandom, type Random } from '../support/random';
import { accessTokenValue, newTokenId, referenceTokenValue, refreshTokenValue } from '../support/token-values';
import { atLeast } from '../support/version';

const TOKENS = '/access/api/v1/tokens';
const REVOKE_BY_VALUE = '/artifactory/api/security/token/revoke';
const ORDER_FIELDS = ['token_id', 'subject', 'issued_at', 'expiry', 'description', 'last_used'];
const FORCE_REVOCABLE_SINCE = '7.50.3';

/** What a token carries besides FakeToken's fields (the auth core needs only those). */
interface TokenMeta {
  audience: string;
  /** The requested lifetime, reused by a refresh that names none [unsure]. */
  expiresIn?: number;
  lastUsed?: number;
  refreshValue?: string;
  referenceValue?: string;
  projectKey?: string;
  forceRevocable?: boolean;
}

/**
 * The area's own state and switches. `persistencyThreshold`: tokens with a shorter
 * `expires_in` are not stored (Access's default 10800 s). `revokeByValue`: 'removed' makes
 * Artifactory's older revoke call answer 404, as a platform without it would [unsure which
 * versions dropped it].
 */
export interface FakeTokensState {
  meta: Map<string, TokenMeta>;
  /** Refresh token value → access token value. */
  refresh: Map<string, string>;
  persistencyThreshold: number;
  defaultExpiry: number;
  revokeByValue: 'available' | 'removed';
}

export const tokensState = (state: FakeState): FakeTokensState =>
  areaState(state, 'tokens', () => ({ meta: new Map(), refresh: new Map(), persistencyThreshold: 10_800, defaultExpiry: 31_536_000, revokeByValue: 'available' as const }));

export const issuerOf = (state: FakeState): string => `jfac@01fake${state.system.nodeId.replace(/[^a-z0-9]/gi, '').toLowerCase()}`;
export const subjectOf = (state: FakeState, username: string): string => `${issuerOf(state)}/users/${username}`;
const nowSeconds = (): number => Math.floor(Date.now() / 1000);

// ---- Reading requests ---------------------------------------------------------------------

type Fields = Record<string, unknown>;

/** The create body: JSON or form-encoded, as the platform accepts both. */
function createBody(req: FakeRequest): Fields {
  const type = (req.headers['content-type'] ?? '').toLowerCase();
  if (type.startsWith('application/x-www-form-urlencoded')) {
    const fields: Fields = {};
    new URLSearchParams(req.bodyText).forEach((value, key) => (fields[key] = formValue(key, value)));
    return fields;
  }
  if (!/^application\/([a-z.+-]*\+)?json\b/.test(type))
    fail(415, `Unsupported Media Type: ${type || 'no content type'}; send application/json or application/x-www-form-urlencoded`);
  const body = req.json<unknown>();
  if (typeof body !== 'object' || body === null || Array.isArray(body)) fail(400, 'The request body must be a JSON object');
  return body as Fields;
}

const BOOLEAN_FIELDS = new Set(['refreshable', 'include_reference_token', 'force_revocable']);

/** Form values are text: booleans and `expires_in` read as JSON would give them. */
function formValue(key: string, value: string): unknown {
  if (BOOLEAN_FIELDS.has(key)) return value === 'true' ? true : value === 'false' ? false : value;
  if (key === 'expires_in' && /^\d+$/.test(value)) return Number(value);
  return value;
}

const CREATE_FIELDS = new Set([
  'grant_type',
  'username',
  'project_key',
  'scope',
  'expires_in',
  'refreshable',
  'description',
  'audience',
  'include_reference_token',
  'force_revocable',
  'refresh_token',
  'access_token',
]);

function optionalString(body: Fields, key: string, max: number): string | undefined {
  const value = body[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') fail(400, `${key} must be a string`);
  if (value.length > max) fail(400, `${key} is limited to ${max} characters`);
  return value;
}

function optionalBoolean(body: Fields, key: string): boolean | undefined {
  const value = body[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'boolean') fail(400, `${key} must be true or false`);
  return value;
}

function optionalSeconds(body: Fields): number | undefined {
  const value = body.expires_in;
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) fail(400, 'expires_in must be a non-negative number of seconds');
  return value;
}

/** The credential of this request when it is a token (Bearer, or the password of Basic). */
function tokenOfRequest(req: FakeRequest, state: FakeState): FakeToken | undefined {
  const header = req.headers.authorization ?? '';
  const [scheme, value = ''] = header.trim().split(/\s+/, 2);
  if (/^bearer$/i.test(scheme)) return state.tokens.get(value);
  if (/^basic$/i.test(scheme)) {
    const decoded = Buffer.from(value, 'base64').toString('utf8');
    return state.tokens.get(decoded.slice(decoded.indexOf(':') + 1));
  }
  return undefined;
}

// ---- Scopes ---------------------------------------------------------------------------------

type ScopeKind = 'user' | 'admin' | 'groups' | 'roles' | 'system' | 'artifact';

/** Each scope token's kind, or 400 for one the platform does not know. */
function scopeKinds(scope: string): ScopeKind[] {
  if (scope.length > SCOPE_MAX) fail(400, `scope is limited to ${SCOPE_MAX} characters`);
  const tokens = splitScope(scope);
  if (tokens === null || tokens.length === 0) fail(400, `Invalid scope: '${scope}'`);
  return tokens.map((token): ScopeKind => {
    if (token === 'applied-permissions/user') return 'user';
    if (token === 'applied-permissions/admin') return 'admin';
    if (token.startsWith('applied-permissions/groups:') && splitNames(token.slice('applied-permissions/groups:'.length))) return 'groups';
    if (/^applied-permissions\/roles:[a-z][a-z0-9-]{1,31}:.+$/.test(token) && splitNames(token.replace(/^applied-permissions\/roles:[^:]+:/, ''))) return 'roles';
    if (token === 'system:metrics:r' || token === 'system:livelogs:r') return 'system';
    // Resource permissions (7.38+): artifact:<target>[/<sub>]:<actions>.
    if (/^artifact:[^:]+:(\*|[rwdam](,[rwdam])*|[rwdam]+)$/.test(token)) return 'artifact';
    fail(
      400,
      `Invalid scope token '${token}': use applied-permissions/user, applied-permissions/admin, applied-permissions/groups:<names>, applied-permissions/roles:<project>:<roles>, system:metrics:r, system:livelogs:r or artifact:<target>:<actions>`,
    );
  });
}

// ---- Issuing and revoking ------------------------------------------------------------------

interface Issue {
  username: string;
  scope: string;
  expiresIn?: number;
  refreshable: boolean;
  description?: string;
  audience: string;
  reference: boolean;
  projectKey?: string;
  forceRevocable?: boolean;
}

function issue(state: FakeState, spec: Issue) {
  const tokens = tokensState(state);
  const issuedAt = nowSeconds();
  const expiresIn = spec.expiresIn ?? tokens.defaultExpiry;
  const expiry = expiresIn === 0 ? undefined : issuedAt + expiresIn;
  const tokenId = newTokenId();
  const issuer = issuerOf(state);
  const value = accessTokenValue({ tokenId, subject: subjectOf(state, spec.username), scope: spec.scope, audience: spec.audience, issuer, issuedAt, expiry });
  // Shorter than the persistency threshold: works, but is never stored, so never listed.
  const listed = !(expiresIn > 0 && expiresIn < tokens.persistencyThreshold);
  const token: FakeToken = { value, token_id: tokenId, username: spec.username, scope: spec.scope, refreshable: spec.refreshable, issued_at: issuedAt, listed };
  if (spec.description) token.description = spec.description;
  if (expiry !== undefined) token.expiry = expiry;
  state.tokens.set(value, token);
  const meta: TokenMeta = { audience: spec.audience, expiresIn: spec.expiresIn };
  if (spec.projectKey) meta.projectKey = spec.projectKey;
  if (spec.forceRevocable !== undefined) meta.forceRevocable = spec.forceRevocable;
  if (spec.refreshable) {
    meta.refreshValue = refreshTokenValue();
    tokens.refresh.set(meta.refreshValue, value);
  }
  if (spec.reference) {
    // A second name for the same token: it authenticates, is never listed on its own.
    meta.referenceValue = referenceTokenValue(expiry);
    state.tokens.set(meta.referenceValue, { ...token, value: meta.referenceValue, listed: false });
  }
  tokens.meta.set(tokenId, meta);
  return {
    token_id: tokenId,
    access_token: value,
    ...(meta.refreshValue ? { refresh_token: meta.refreshValue } : {}),
    ...(expiry !== undefined ? { expires_in: expiresIn } : {}),
    scope: spec.scope,
    // [unsure] the spec's sample says "access_token"; current platforms answer "Bearer".
    token_type: 'Bearer',
    ...(meta.referenceValue ? { reference_token: meta.referenceValue } : {}),
  };
}

/** Every value of the token (its access and reference values) and its refresh token go. */
export function revokeToken(state: FakeState, tokenId: string): void {
  const tokens = tokensState(state);
  for (const [value, token] of state.tokens) if (token.token_id === tokenId) state.tokens.delete(value);
  const meta = tokens.meta.get(tokenId);
  if (meta?.refreshValue) tokens.refresh.delete(meta.refreshValue);
  tokens.meta.delete(tokenId);
}

/** The stored (listed) token with this id: the one by-id calls can see. */
function storedById(state: FakeState, tokenId: string): FakeToken | undefined {
  for (const token of state.tokens.values()) if (token.listed && token.token_id === tokenId) return token;
  return undefined;
}

function create(req: FakeRequest, state: FakeState, body: Fields) {
  const caller = req.principal as Principal;
  const unknown = Object.keys(body).find((key) => !CREATE_FIELDS.has(key));
  // [unsure] whether Access refuses unknown fields or ignores them: refusing makes a stray field fail loudly here.
  if (unknown !== undefined) fail(400, `Unrecognized field "${unknown}"`);
  const grant = optionalString(body, 'grant_type', 64) ?? 'client_credentials';
  if (grant === 'refresh_token') return refresh(caller, state, body);
  if (grant !== 'client_credentials') fail(400, `Unsupported grant_type '${grant}'`);

  const username = optionalString(body, 'username', 255) ?? caller.username;
  if (username !== caller.username && !caller.admin) fail(403, 'Only an admin can create a token for another user');
  const scope = optionalString(body, 'scope', Number.MAX_SAFE_INTEGER) ?? 'applied-permissions/user';
  const kinds = scopeKinds(scope);
  if (!caller.admin && kinds.some((kind) => kind === 'admin' || kind === 'groups' || kind === 'roles')) {
    fail(403, `The user ${caller.username} has no permission to create a token with the scope '${scope}'`);
  }
  if (kinds.includes('user')) {
    const user = state.users.get(username);
    // [unsure] the status: the spec says only that the user must exist and be enabled.
    if (!user || user.status !== 'enabled' || state.lockedUsers.has(username)) fail(400, `User '${username}' does not exist or is not enabled`);
  }
  const forceRevocable = optionalBoolean(body, 'force_revocable');
  if (forceRevocable !== undefined && !atLeast(state, FORCE_REVOCABLE_SINCE)) fail(400, 'Unrecognized field "force_revocable"');
  return issue(state, {
    username,
    scope,
    expiresIn: optionalSeconds(body),
    refreshable: optionalBoolean(body, 'refreshable') ?? false,
    description: optionalString(body, 'description', 1024),
    audience: optionalString(body, 'audience', 255) ?? '*@*',
    reference: optionalBoolean(body, 'include_reference_token') ?? false,
    projectKey: optionalString(body, 'project_key', 32),
    forceRevocable,
  });
}

/**
 * The refresh grant: only with the token's own user, only for a refreshable token. The old
 * pair stops working [unsure: the platform may keep the old access token until it expires].
 */
function refresh(caller: Principal, state: FakeState, body: Fields) {
  const tokens = tokensState(state);
  const given = optionalString(body, 'refresh_token', 4096);
  if (!given) fail(400, 'refresh_token is required for grant_type refresh_token');
  const value = tokens.refresh.get(given);
  const old = value === undefined ? undefined : state.tokens.get(value);
  // [unsure] 400 or 401 for an unknown refresh token.
  if (!old) fail(400, 'Invalid refresh token');
  if (old.username !== caller.username) fail(403, 'The refresh token belongs to another user: only its own user can refresh it');
  if (!old.refreshable) fail(400, 'The token is not refreshable');
  const meta = tokens.meta.get(old.token_id);
  const expiresIn = optionalSeconds(body) ?? meta?.expiresIn;
  revokeToken(state, old.token_id);
  return issue(state, {
    username: old.username,
    scope: old.scope,
    expiresIn,
    refreshable: true,
    description: old.description,
    audience: meta?.audience ?? '*@*',
    reference: false,
    projectKey: meta?.projectKey,
  });
}

// ---- Listing -------------------------------------------------------------------------------

function rowOf(state: FakeState, token: FakeToken, issuer = issuerOf(state)) {
  const meta = tokensState(state).meta.get(token.token_id);
  return {
    token_id: token.token_id,
    subject: `${issuer}/users/${token.username}`,
    ...(token.expiry !== undefined ? { expiry: token.expiry } : {}),
    issued_at: token.issued_at,
    issuer,
    ...(token.description ? { description: token.description } : {}),
    refreshable: token.refreshable,
    ...(meta?.lastUsed !== undefined ? { last_used: meta.lastUsed } : {}),
  };
}

type Row = ReturnType<typeof rowOf>;

function booleanQuery(query: Record<string, string>, key: string): boolean | undefined {
  const value = query[key];
  if (value === undefined) return undefined;
  if (value !== 'true' && value !== 'false') fail(400, `${key} must be true or false`);
  return value === 'true';
}

/** description: exact, or a prefix when it ends with `*` (the only wildcard the platform takes). */
function descriptionMatcher(pattern: string | undefined): (description: string | undefined) => boolean {
  if (pattern === undefined || pattern === '') return () => true;
  if (pattern.slice(0, -1).includes('*')) fail(400, 'The description filter supports a wildcard only at its end');
  if (pattern.endsWith('*')) {
    const prefix = pattern.slice(0, -1);
    return (description) => (description ?? '').startsWith(prefix);
  }
  return (description) => description === pattern;
}

function list(req: FakeRequest, state: FakeState) {
  const caller = req.principal as Principal;
  const used = tokenOfRequest(req, state);
  // "not a user or not an admin token": a token without an applied-permissions scope may not list.
  if (used && !used.scope.split(/\s+/).some((part) => part.startsWith('applied-permissions/'))) fail(403, 'The token has no permission to list tokens');
  const matches = descriptionMatcher(req.query.description);
  const username = req.query.username;
  const refreshable = booleanQuery(req.query, 'refreshable');
  const orderBy = req.query.order_by;
  if (orderBy !== undefined && !ORDER_FIELDS.includes(orderBy)) fail(400, `order_by must be one of ${ORDER_FIELDS.join(', ')}`);
  const descending = booleanQuery(req.query, 'descending_order') ?? false;
  const issuer = issuerOf(state);
  const rows: Row[] = [];
  for (const token of state.tokens.values()) {
    if (!token.listed) continue;
    // Non-admins see only their own tokens (spec: "tokens where his username matches").
    if (!caller.admin && token.username !== caller.username) continue;
    if (username !== undefined && token.username !== username) continue;
    if (refreshable !== undefined && token.refreshable !== refreshable) continue;
    if (!matches(token.description)) continue;
    rows.push(rowOf(state, token, issuer));
  }
  if (orderBy) sortRows(rows, orderBy as keyof Row, descending);
  else if (descending) rows.reverse();
  return json(200, { tokens: rows });
}

function sortRows(rows: Row[], field: keyof Row, descending: boolean): void {
  const sign = descending ? -1 : 1;
  rows.sort((a, b) => {
    const left = a[field];
    const right = b[field];
    // Absent values last, whatever the direction [unsure].
    if (left === undefined || right === undefined) return left === right ? 0 : left === undefined ? 1 : -1;
    return (left < right ? -1 : left > right ? 1 : 0) * sign;
  });
}

// ---- Routes --------------------------------------------------------------------------------

const routes: FakeModule = ({ route, state }) => {
  route('GET', TOKENS, (req) => list(req, state), { auth: 'user' });
  route('POST', TOKENS, (req) => json(200, create(req, state, createBody(req))), { auth: 'user' });
  route(
    'GET',
    `${TOKENS}/:id`,
    (req) => {
      const caller = req.principal as Principal;
      let token: FakeToken | undefined;
      if (req.params.id === 'me') {
        token = tokenOfRequest(req, state);
        // [unsure] what `me` answers for a password login; there is no token to describe.
        if (!token) fail(404, 'The request is not authenticated with a token');
      } else token = storedById(state, req.params.id);
      if (!token) fail(404, `Token '${req.params.id}' not found`);
      if (!caller.admin && token.username !== caller.username) fail(403, 'Forbidden: the token belongs to another user');
      return json(200, rowOf(state, token));
    },
    { auth: 'user' },
  );
  route(
    'DELETE',
    `${TOKENS}/:id`,
    (req) => {
      const caller = req.principal as Principal;
      const token = storedById(state, req.params.id);
      // Already revoked, expired and removed, or never stored: 204 (spec).
      if (!token) return empty(204);
      const self = tokenOfRequest(req, state)?.token_id === token.token_id;
      if (!caller.admin && token.username !== caller.username && !self) fail(403, 'Forbidden: only an admin can revoke the token of another user');
      revokeToken(state, token.token_id);
      return empty(200);
    },
    { auth: 'user' },
  );
  // Artifactory's older token API: the one call that revokes a token by its value (form-encoded).
  route('POST', REVOKE_BY_VALUE, (req) => {
    if (tokensState(state).revokeByValue === 'removed') fail(404, `Resource not found: ${req.path}`);
    const type = (req.headers['content-type'] ?? '').toLowerCase();
    // [unsure] whether it refuses other content types or reads them as empty.
    if (!type.startsWith('application/x-www-form-urlencoded')) fail(415, 'Unsupported Media Type: send application/x-www-form-urlencoded');
    const form = new URLSearchParams(req.bodyText);
    const value = form.get('token');
    const tokenId = form.get('token_id');
    if (!value && !tokenId) fail(400, 'Either token or token_id is required');
    const found = value ? state.tokens.get(value) : [...state.tokens.values()].find((token) => token.token_id === tokenId);
    // [unsure] the status for an unknown token on this older call.
    if (!found) fail(404, 'Token not found');
    revokeToken(state, found.token_id);
    return text(200, 'Token revoked');
  });
};

// ---- Seeds ---------------------------------------------------------------------------------

const DAY = 86_400;

interface SeedToken {
  username: string;
  description?: string;
  scope?: string;
  /** Days from now (negative: expired); undefined: never expires. */
  expiresInDays?: number;
  issuedDaysAgo: number;
  refreshable?: boolean;
  lastUsedDaysAgo?: number;
}

function seedToken(state: FakeState, spec: SeedToken, random: Random): void {
  const now = nowSeconds();
  const tokenId = newTokenId(random);
  const issuedAt = now - Math.round(spec.issuedDaysAgo * DAY);
  const expiry = spec.expiresInDays === undefined ? undefined : now + Math.round(spec.expiresInDays * DAY);
  const scope = spec.scope ?? 'applied-permissions/user';
  const value = accessTokenValue({ tokenId, subject: subjectOf(state, spec.username), scope, audience: '*@*', issuer: issuerOf(state), issuedAt, expiry }, random);
  const token: FakeToken = { value, token_id: tokenId, username: spec.username, scope, refreshable: spec.refreshable ?? false, issued_at: issuedAt, listed: true };
  if (spec.description) token.description = spec.description;
  if (expiry !== undefined) token.expiry = expiry;
  state.tokens.set(value, token);
  const meta: TokenMeta = { audience: '*@*' };
  if (spec.lastUsedDaysAgo !== undefined) meta.lastUsed = now - Math.round(spec.lastUsedDaysAgo * DAY);
  if (token.refreshable) {
    meta.refreshValue = refreshTokenValue(random);
    tokensState(state).refresh.set(meta.refreshValue, value);
  }
  tokensState(state).meta.set(tokenId, meta);
}

function seedMinimal(state: FakeState): void {
  const random = seededRandom(1_101);
  const tokens: SeedToken[] = [
    { username: 'alice', description: 'CI deploy', expiresInDays: 5, issuedDaysAgo: 85, refreshable: true, lastUsedDaysAgo: 1 },
    { username: 'alice', description: 'laptop', expiresInDays: 200, issuedDaysAgo: 10 },
    { username: 'bob', description: 'old build agent', expiresInDays: -2, issuedDaysAgo: 92, lastUsedDaysAgo: 40 },
    { username: 'admin', description: 'nightly backup', scope: 'applied-permissions/admin', issuedDaysAgo: 300, lastUsedDaysAgo: 0.5 },
    { username: 'reader', description: 'reader laptop', expiresInDays: 30, issuedDaysAgo: 5 },
  ];
  for (const spec of tokens) seedToken(state, spec, random);
}

const DEMO_DESCRIPTIONS: ReadonlyArray<readonly [string, string]> = [
  ['ci-jenkins', 'Jenkins: deploy to prod'],
  ['ci-jenkins', 'Jenkins: nightly integration'],
  ['ci-github-actions', 'GitHub Actions: publish npm packages'],
  ['ci-github-actions', 'GitHub Actions: docker push (robotics-arm)'],
  ['admin', 'Terraform state for the platform'],
  ['admin', 'Backup job (replication check)'],
];

const PERSONAL = [
  'laptop',
  'IntelliJ plugin',
  'CLI on the build box',
  'Docker login',
  'Helm repo access',
  'pip install from the cluster',
  'Gradle cache warm-up',
  'one-off migration',
];

/** Believable tokens: the CI bots' and the admin's (some expiring within days), and personal tokens of about 60 people. */
function seedDemo(state: FakeState): void {
  const random = seededRandom(7_707);
  const expiries = [3, 9, 40, -5, undefined, 120];
  DEMO_DESCRIPTIONS.forEach(([username, description], i) => {
    if (!state.users.has(username)) return;
    seedToken(state, { username, description, expiresInDays: expiries[i], issuedDaysAgo: 30 + i * 11, refreshable: username.startsWith('ci-'), lastUsedDaysAgo: i % 3 }, random);
  });
  const people = [...state.users.values()].filter(
    (user) => user.status === 'enabled' && !user.username.startsWith('ci-') && user.username !== 'admin' && user.username !== 'reader',
  );
  for (let i = 0; i < 60 && people.length > 0; i++) {
    const user = random.pick(people);
    const roll = random.next();
    const expiresInDays = roll < 0.08 ? -random.int(60) - 1 : roll < 0.18 ? random.int(13) + 1 : roll < 0.35 ? undefined : random.int(330) + 20;
    seedToken(
      state,
      {
        username: user.username,
        description: random.pick(PERSONAL),
        expiresInDays,
        issuedDaysAgo: random.int(400) + 1,
        refreshable: random.next() < 0.3,
        lastUsedDaysAgo: random.next() < 0.7 ? random.int(30) : undefined,
      },
      random,
    );
  }
}

const SCALE_DESCRIPTIONS = ['CI deploy', 'laptop', 'build agent', 'docker pull', 'release pipeline', 'nightly sync', 'terraform', 'IDE plugin', 'migration script', 'monitoring'];

/** `count` tokens across the seeded users: about 3% expired, 5% expiring within two weeks, 20% never expiring. */
function seedScale(state: FakeState, count: number): void {
  const random = seededRandom(20_011);
  const usernames = [...state.users.keys()];
  for (let i = 0; i < count; i++) {
    const roll = random.next();
    const expiresInDays = roll < 0.03 ? -random.int(90) - 1 : roll < 0.08 ? random.int(14) + 0.5 : roll < 0.28 ? undefined : random.int(700) + 15;
    seedToken(
      state,
      {
        username: usernames[random.int(usernames.length)],
        description: `${random.pick(SCALE_DESCRIPTIONS)} #${i}`,
        expiresInDays,
        issuedDaysAgo: random.int(700) + 1,
        refreshable: random.next() < 0.25,
        lastUsedDaysAgo: random.next() < 0.6 ? random.int(90) : undefined,
      },
      random,
    );
  }
}

function seed(state: FakeState, scenario: SeedScenario): void {
  if (scenario.kind === 'minimal') seedMinimal(state);
  else if (scenario.kind === 'demo') seedDemo(state);
  else seedScale(state, scenario.tokens ?? 0);
}

export const tokensArea: FakeArea = { name: 'tokens', routes, seed };
