// The per-launch secret that proves a request comes from the page we printed the URL of.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

const TOKEN_PATTERN = /^[A-Za-z0-9_-]{16,256}$/;

export function newSessionToken(): string {
  return randomBytes(32).toString('base64url');
}

/** The renderer reads the token from `#session=` with this alphabet; refuse anything else. */
export function isWellFormedToken(token: string): boolean {
  return TOKEN_PATTERN.test(token);
}

/** Constant-time comparison: both sides are hashed first so their lengths never leak. */
export function tokensMatch(presented: string | string[] | undefined, expected: string): boolean {
  if (typeof presented !== 'string') return false;
  const a = createHash('sha256').update(presented).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}
