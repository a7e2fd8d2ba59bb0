// Token ids and values shaped like the platform's: access tokens are JWTs (header, payload
// naming the token id as `jti`, signature), refresh tokens opaque, reference tokens base64
// of "reftkn:01:…" (what the console's scrubbing recognises). Never verified: the fake
// looks tokens up by value.
import { randomBytes } from 'node:crypto';
import type { Random } from './random';

export interface TokenClaims {
  tokenId: string;
  subject: string;
  scope: string;
  audience: string;
  issuer: string;
  issuedAt: number;
  expiry?: number;
}

const b64url = (text: string): string => Buffer.from(text).toString('base64url');

/** Random bytes from `random` when given (deterministic seeds), else from the system. */
function bytes(count: number, random?: Random): Buffer {
  if (!random) return randomBytes(count);
  const out = Buffer.alloc(count);
  for (let i = 0; i < count; i++) out[i] = random.int(256);
  return out;
}

export function newTokenId(random?: Random): string {
  const hex = bytes(16, random).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const HEADER = b64url(JSON.stringify({ ver: '2', typ: 'JWT', alg: 'RS256', kid: 'fake-signing-key' }));

export function accessTokenValue(claims: TokenClaims, random?: Random): string {
  const payload = {
    ext: '{"revocable":"true"}',
    sub: claims.subject,
    scp: claims.scope,
    aud: claims.audience,
    iss: claims.issuer,
    ...(claims.expiry !== undefined ? { exp: claims.expiry } : {}),
    iat: claims.issuedAt,
    jti: claims.tokenId,
  };
  return `${HEADER}.${b64url(JSON.stringify(payload))}.${bytes(32, random).toString('base64url')}`;
}

export function refreshTokenValue(random?: Random): string {
  return newTokenId(random);
}

export function referenceTokenValue(expiry: number | undefined, random?: Random): string {
  return Buffer.from(`reftkn:01:${expiry ?? 0}:${bytes(24, random).toString('base64url')}`)
    .toString('base64')
    .replace(/=+$/, '');
}
