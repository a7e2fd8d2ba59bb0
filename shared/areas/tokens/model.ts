// Access tokens (Access v1, API-NOTES "Access tokens"): the models the renderer sees, the
// inputs with the platform's limits, and the expiry summary the scan across instances
// reports. A token's value exists only in the create/refresh answer: no model here holds
// one except CreatedToken, which the screen shows once and drops.
import { z } from 'zod';
import type { ScanSnapshot } from '../../api/scans';
import { pathNameSchema } from '../../api/request';
import { SCOPE_MAX, scopeProblem } from './scope';

export const DESCRIPTION_MAX = 1024;
export const AUDIENCE_MAX = 255;
export const TOKEN_USERNAME_MAX = 255;
/** Tokens that expire sooner than this are not stored by default: they work but are never listed. */
export const PERSISTENCY_THRESHOLD_SECONDS = 10_800;
/** What the platform sets when `expires_in` is left out, unless its configuration says otherwise. */
export const DEFAULT_EXPIRY_SECONDS = 31_536_000;
/** From this version the create call takes `force_revocable`. */
export const FORCE_REVOCABLE_SINCE = '7.50.3';

/** Service ids an audience may name (`<type>@<id>` or `<type>@*`), and `*@*` for every service. */
export const AUDIENCE_PART = /^(\*|jfrt|jfac|jfxr|jfevt|jfmd|jfmc|jfds|jfpip|jfcon)@\S+$/;

/** The list's `order_by` fields [unsure: the documentation names the parameter, not its values]. */
export const TOKEN_ORDER_FIELDS = ['token_id', 'subject', 'issued_at', 'expiry', 'description', 'last_used'] as const;
export type TokenOrderField = (typeof TOKEN_ORDER_FIELDS)[number];

/** One token as the list and the get answer describe it: metadata, never a value. */
export interface TokenInfo {
  token_id: string;
  /** e.g. `jfac@01h…/users/alice`. */
  subject: string;
  /** Epoch seconds. */
  issued_at: number;
  /** Epoch seconds; absent when the token never expires. */
  expiry?: number;
  description?: string;
  refreshable: boolean;
  /** Epoch seconds; only newer platforms say. */
  last_used?: number;
  /** Only in the answer for one token (the list leaves it out to stay small). */
  issuer?: string;
}

/**
 * `all`: the credential is an administrator and the platform lists every token. `own`: it
 * is not, and the platform lists only the credential's own tokens. `unknown`: the probe
 * did not say.
 */
export type TokenVisibility = 'all' | 'own' | 'unknown';

export interface TokenList {
  tokens: TokenInfo[];
  visibility: TokenVisibility;
}

/**
 * The create (or refresh) answer, the one place a token's value is seen. `listed`: whether
 * the platform stored the token (a read by id after creating it answered), so it appears
 * in the list and can be revoked by id; undefined when that read failed.
 */
export interface CreatedToken {
  token_id?: string;
  access_token: string;
  refresh_token?: string;
  reference_token?: string;
  expires_in?: number;
  scope: string;
  token_type: string;
  listed?: boolean;
}

/** 200: the platform revoked it now; 204: there was no such token (already revoked, expired or never stored). */
export interface RevokeResult {
  token_id: string;
  status: 200 | 204;
}

export interface RevokeByValueResult {
  /** The token's id when its value is a JWT that names one (`jti`). */
  token_id?: string;
  status: number;
}

// ---- Inputs --------------------------------------------------------------------------

/** A token id as it goes in the path; `me` is the token the request authenticates with. */
export const tokenIdSchema = pathNameSchema(128, 'Token id');

const whole = (label: string) => z.number().int(`${label} must be a whole number of seconds`).min(0, `${label} cannot be negative`);

export const scopeSchema = z
  .string()
  .trim()
  .min(1, 'Choose at least one scope')
  .max(SCOPE_MAX, `The scope is at most ${SCOPE_MAX} characters`)
  .superRefine((value, ctx) => {
    const problem = scopeProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

export const audienceSchema = z
  .string()
  .trim()
  .max(AUDIENCE_MAX, `The audience is at most ${AUDIENCE_MAX} characters`)
  .refine(
    (value) =>
      value
        .split(/\s+/)
        .filter(Boolean)
        .every((part) => AUDIENCE_PART.test(part)),
    {
      message: 'Each audience is a service id such as jfrt@* or *@* (jfrt, jfac, jfxr, jfevt, jfmd, jfmc, jfds, jfpip, jfcon or *)',
    },
  );

export const PROJECT_KEY = /^[a-z][a-z0-9-]{1,31}$/;

export const tokenCreateSchema = z
  .object({
    username: z
      .string()
      .trim()
      .min(1, 'Username is required when given')
      .max(TOKEN_USERNAME_MAX, `Username is at most ${TOKEN_USERNAME_MAX} characters`)
      .refine((value) => !/\s/.test(value), 'A username has no spaces')
      .optional(),
    project_key: z.string().regex(PROJECT_KEY, 'A project key is 2–32 lower-case letters, digits and -, starting with a letter').optional(),
    scope: scopeSchema,
    expires_in: whole('Expiry')
      .max(10 * DEFAULT_EXPIRY_SECONDS, 'Expiry is at most ten years; choose "never" for a token that does not expire')
      .optional(),
    refreshable: z.boolean().optional(),
    description: z.string().max(DESCRIPTION_MAX, `The description is at most ${DESCRIPTION_MAX} characters`).optional(),
    audience: audienceSchema.optional(),
    include_reference_token: z.boolean().optional(),
    force_revocable: z.boolean().optional(),
  })
  .strict();
export type TokenCreate = z.input<typeof tokenCreateSchema>;

export const refreshTokenSchema = z
  .string()
  .trim()
  .min(1, 'Paste the refresh token')
  .max(4096, 'A refresh token is at most 4,096 characters')
  .refine((value) => !/\s/.test(value), 'A refresh token has no spaces');

export const tokenValueSchema = z
  .string()
  .trim()
  .min(1, 'Paste the token to revoke')
  .max(8192, 'A token is at most 8,192 characters')
  .refine((value) => !/\s/.test(value), 'A token has no spaces: paste only the token');

export const expiresInSchema = whole('Expiry')
  .max(10 * DEFAULT_EXPIRY_SECONDS, 'Expiry is at most ten years')
  .optional();

/** The list's filters, as the platform takes them. */
export const tokenListQuery = {
  description: z
    .string()
    .max(DESCRIPTION_MAX)
    .refine((value) => !value.slice(0, -1).includes('*'), 'The platform takes * only at the end of the description')
    .optional(),
  username: z.string().trim().min(1).max(TOKEN_USERNAME_MAX).optional(),
  refreshable: z.boolean().optional(),
  order_by: z.enum(TOKEN_ORDER_FIELDS).optional(),
  descending_order: z.boolean().optional(),
};

// ---- Reading values and subjects ------------------------------------------------------

/** The user a subject names (`…/users/<name>`), or undefined. */
export function usernameOfSubject(subject: string): string | undefined {
  const at = subject.lastIndexOf('/users/');
  return at >= 0 ? subject.slice(at + '/users/'.length) || undefined : undefined;
}

const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** Base64url (or base64) to a byte string; null when it is not base64. */
function decodeBase64(text: string): string | null {
  const clean = text.replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
  let bits = 0;
  let value = 0;
  let out = '';
  for (const char of clean) {
    const index = BASE64URL.indexOf(char);
    if (index < 0) return null;
    value = (value << 6) | index;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out += String.fromCharCode((value >> bits) & 0xff);
    }
  }
  return out;
}

/**
 * The token id inside an access token's value: JFrog's access tokens are JWTs whose
 * payload names the id as `jti`. Reference tokens and anything else give undefined. Reads
 * the payload only; proves nothing about the token.
 */
export function tokenIdOfValue(value: string): string | undefined {
  const parts = value.trim().split('.');
  if (parts.length !== 3) return undefined;
  const payload = decodeBase64(parts[1]);
  if (payload === null) return undefined;
  try {
    const jti = (JSON.parse(payload) as { jti?: unknown }).jti;
    return typeof jti === 'string' && /^[\w.-]{1,128}$/.test(jti) ? jti : undefined;
  } catch {
    return undefined;
  }
}

// ---- Expiry ----------------------------------------------------------------------------

export type ExpiryStatus = 'never' | 'expired' | 'expiring' | 'valid';

export const DAY_SECONDS = 86_400;

/** Where a token stands `withinDays` ahead of `nowMs`. */
export function expiryStatus(expiry: number | undefined, nowMs: number, withinDays: number): ExpiryStatus {
  if (expiry === undefined) return 'never';
  const now = nowMs / 1000;
  if (expiry <= now) return 'expired';
  return expiry - now <= withinDays * DAY_SECONDS ? 'expiring' : 'valid';
}

/** One token in the expiry view: enough to show and open it, nothing more. */
export interface ExpiringToken {
  token_id: string;
  subject: string;
  description?: string;
  /** Epoch seconds. */
  expiry: number;
}

/**
 * What the `tokens.expiry` scan reports for one instance (the fleet dashboard reads
 * `expiring`). `tokens`: the expired and expiring ones, soonest first, at most
 * EXPIRY_LIST_MAX (`truncated` says how many more).
 */
export interface TokenExpiryValue {
  /** Tokens that expire within `withinDays` and have not yet. */
  expiring: number;
  expired: number;
  /** ISO time of the next expiry among the expiring ones. */
  soonest?: string;
  withinDays: number;
  /** Tokens the instance listed. */
  listed: number;
  tokens: ExpiringToken[];
  truncated: number;
}

export const TOKEN_EXPIRY_SCAN_ID = 'tokens.expiry';
export const EXPIRY_LIST_MAX = 500;
export const DEFAULT_WITHIN_DAYS = 14;
export const EXPIRY_INTERVAL_CHOICES = [15, 60, 360, 1440] as const;
export const DEFAULT_INTERVAL_MINUTES = 60;

export function summariseExpiry(tokens: readonly TokenInfo[], nowMs: number, withinDays: number, max = EXPIRY_LIST_MAX): TokenExpiryValue {
  let expiring = 0;
  let expired = 0;
  let soonest: number | undefined;
  const due: ExpiringToken[] = [];
  for (const token of tokens) {
    const status = expiryStatus(token.expiry, nowMs, withinDays);
    if (status === 'expired') expired++;
    else if (status === 'expiring') {
      expiring++;
      if (soonest === undefined || token.expiry! < soonest) soonest = token.expiry;
    } else continue;
    due.push({ token_id: token.token_id, subject: token.subject, expiry: token.expiry!, ...(token.description ? { description: token.description } : {}) });
  }
  due.sort((a, b) => a.expiry - b.expiry || (a.token_id < b.token_id ? -1 : 1));
  return {
    expiring,
    expired,
    ...(soonest !== undefined ? { soonest: new Date(soonest * 1000).toISOString() } : {}),
    withinDays,
    listed: tokens.length,
    tokens: due.slice(0, max),
    truncated: Math.max(0, due.length - max),
  };
}

export const expirySettingsSchema = z
  .object({
    withinDays: z.number().int('Whole days only').min(1, 'At least 1 day').max(365, 'At most 365 days'),
    intervalMinutes: z.union(EXPIRY_INTERVAL_CHOICES.map((minutes) => z.literal(minutes)) as [z.ZodLiteral<15>, z.ZodLiteral<60>, z.ZodLiteral<360>, z.ZodLiteral<1440>], {
      message: 'Check every 15 minutes, hour, 6 hours or day',
    }),
  })
  .strict();
export type TokenExpirySettings = z.infer<typeof expirySettingsSchema>;

/** The expiry view: the user's settings and the scan's last state per saved instance. */
export interface TokenExpiryView {
  settings: TokenExpirySettings;
  snapshot: ScanSnapshot<TokenExpiryValue>;
}
