// The random values behind the browser host's sessions and hand-over codes (sessions.ts).
import { randomBytes } from 'node:crypto';

const TOKEN_PATTERN = /^[A-Za-z0-9_-]{16,256}$/;

/** 256 random bits, base64url: a session token or a one-time hand-over code. */
export function newSessionToken(): string {
  return randomBytes(32).toString('base64url');
}

/** A pinned reusable token (tests, automation) must use the alphabet of generated ones. */
export function isWellFormedToken(token: string): boolean {
  return TOKEN_PATTERN.test(token);
}
