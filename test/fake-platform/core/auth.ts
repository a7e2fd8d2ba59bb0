// Resolves the caller from the Authorization header against the users and tokens in
// state, the way the platform accepts them: Basic user:password, Basic user:token, or
// Bearer token.

import type { Principal } from './module';
import type { FakeState, FakeUser } from './state';

/** How the caller proved who it is. */
export type AuthMethod = 'bearer' | 'basic-password' | 'basic-token';

export type AuthOutcome = { kind: 'anonymous' } | { kind: 'ok'; principal: Principal; method: AuthMethod } | { kind: 'rejected'; message: string };

/**
 * Whether Access (paths under /access/) takes Basic with a password. Access v2 documents
 * access tokens as its authentication, and some real instances refuse a password there
 * while Artifactory still accepts it (API-NOTES "Learned…, second round"). [unsure] which
 * status they answer: no client shows it; 401 with the Access body is the default refusal,
 * 403 is kept as a switch. 'accept' (the default) is what most instances do.
 */
export type AccessPasswordPolicy = 'accept' | 'refuse-401' | 'refuse-403';

export function authenticate(state: FakeState, authorization: string | undefined): AuthOutcome {
  if (!authorization) return { kind: 'anonymous' };
  const [scheme, ...rest] = authorization.trim().split(/\s+/);
  const credential = rest.join(' ');
  if (/^bearer$/i.test(scheme)) return fromToken(state, credential);
  if (/^basic$/i.test(scheme)) return fromBasic(state, credential);
  return { kind: 'rejected', message: 'Unsupported authorization scheme' };
}

function fromToken(state: FakeState, value: string): AuthOutcome {
  const token = state.tokens.get(value);
  if (!token || isExpired(token.expiry)) return { kind: 'rejected', message: 'Bad credentials' };
  const user = state.users.get(token.username);
  if (!user) return { kind: 'rejected', message: 'Bad credentials' };
  return admitted(state, user, value, 'bearer');
}

function fromBasic(state: FakeState, encoded: string): AuthOutcome {
  const decoded = Buffer.from(encoded, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return { kind: 'rejected', message: 'Bad credentials' };
  const username = decoded.slice(0, colon);
  const secret = decoded.slice(colon + 1);
  const user = state.users.get(username);
  if (!user || secret.length === 0) return { kind: 'rejected', message: 'Bad credentials' };
  const token = state.tokens.get(secret);
  const tokenMatches = token !== undefined && token.username === username && !isExpired(token.expiry);
  const passwordMatches = !user.internal_password_disabled && user.password.length > 0 && user.password === secret;
  if (!tokenMatches && !passwordMatches) return { kind: 'rejected', message: 'Bad credentials' };
  return tokenMatches ? admitted(state, user, secret, 'basic-token') : admitted(state, user, tokenOf(state, username), 'basic-password');
}

function admitted(state: FakeState, user: FakeUser, token: string, method: AuthMethod): AuthOutcome {
  if (user.status === 'disabled') return { kind: 'rejected', message: `User ${user.username} is disabled` };
  if (user.status === 'locked' || state.lockedUsers.has(user.username)) {
    return { kind: 'rejected', message: `User ${user.username} is locked` };
  }
  return { kind: 'ok', principal: { username: user.username, password: user.password, token, admin: isAdmin(state, user) }, method };
}

/**
 * The refusal an Access route answers to an authenticated Basic+password caller under
 * `state.accessPasswordPolicy`, or null when the call may go on. The message is a plain
 * "Bad credentials" on purpose [unsure]: the console must not rely on a helpful text.
 */
export function accessPasswordRefusal(state: FakeState, path: string, auth: AuthOutcome): { status: 401 | 403; message: string } | null {
  if (auth.kind !== 'ok' || auth.method !== 'basic-password') return null;
  if (path !== '/access' && !path.startsWith('/access/')) return null;
  if (state.accessPasswordPolicy === 'refuse-401') return { status: 401, message: 'Bad credentials' };
  if (state.accessPasswordPolicy === 'refuse-403') return { status: 403, message: 'Forbidden' };
  return null;
}

/** An admin flag on the user, or membership of a group with admin privileges. */
export function isAdmin(state: FakeState, user: FakeUser): boolean {
  return user.admin || user.groups.some((name) => state.groups.get(name)?.admin_privileges === true);
}

function tokenOf(state: FakeState, username: string): string {
  for (const token of state.tokens.values()) if (token.username === username) return token.value;
  return '';
}

function isExpired(expiry: number | undefined): boolean {
  return expiry !== undefined && expiry * 1000 < Date.now();
}
