// Removes credentials from any text that may reach the renderer, a log or a file: the
// instance's own secret (raw and in its Basic base64 forms) and anything that looks like one.
import type { ApiError } from '../../../shared/errors';

const MASK = '***';
/** Shorter secrets would mask ordinary words; the generic patterns still cover them. */
const MIN_FORM_LENGTH = 3;

// Generic shapes of credentials, whoever they belong to. Only shapes that carry a value:
// a JSON "password":"…" pair, a password=… query/form pair, an auth header value. Prose such
// as "password: Too long" (a validation message) is left alone.
const KEYS = 'password|passwd|token|secret|access_token|refresh_token|api_key|apikey|client_secret';
const GENERIC_PATTERNS: RegExp[] = [
  /\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]{4,}/gi,
  /\beyJ[A-Za-z0-9_-]{4,}(?:\.[A-Za-z0-9_-]+){1,2}/g, // JWT-like access tokens
  /\bcmVmdGtu[A-Za-z0-9+/=_-]*/g, // JFrog reference tokens ("reftkn" in base64)
  new RegExp(`("(?:${KEYS})"\\s*:\\s*")(?:[^"\\\\]|\\\\.)+`, 'gi'), // JSON string values
  new RegExp(`(\\b(?:${KEYS})=)[^&\\s"',;}]+`, 'gi'), // query and form values
  /(\bX-JFrog-Art-Api\s*:\s*)\S+/gi,
];

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every spelling of the secret that could appear in text, JSON-escaped ones included. */
export function secretForms(secret: string | undefined, username?: string): string[] {
  if (!secret) return [];
  const forms = new Set([secret, Buffer.from(secret).toString('base64')]);
  if (username !== undefined) forms.add(Buffer.from(`${username}:${secret}`).toString('base64'));
  for (const form of [...forms]) {
    const escaped = JSON.stringify(form).slice(1, -1);
    forms.add(escaped);
    forms.add(escaped.replace(/\//g, '\\/')); // some JSON writers escape '/'
  }
  return [...forms].filter((form) => form.length >= MIN_FORM_LENGTH);
}

/** Masks the exact forms only (longest first, so a Basic form goes before the secret inside it). */
export function maskForms(text: string, forms: readonly string[]): string {
  let out = text;
  for (const form of [...forms].sort((a, b) => b.length - a.length)) {
    if (form && out.includes(form)) out = out.replace(new RegExp(escapeRegExp(form), 'g'), MASK);
  }
  return out;
}

/** Masks the exact forms and every generic credential shape: for free text (errors, logs). */
export function scrubText(text: string, secrets: readonly string[] = []): string {
  let out = maskForms(text, secrets);
  for (const pattern of GENERIC_PATTERNS) {
    out = out.replace(pattern, (_match, prefix: unknown) => {
      if (typeof prefix !== 'string') return MASK;
      // Header schemes keep their name ("Bearer ***"); key/value pairs keep their key.
      return /^(bearer|basic)$/i.test(prefix) ? `${prefix} ${MASK}` : `${prefix}${MASK}`;
    });
  }
  return out;
}

/**
 * A copy of the error with its texts scrubbed. Validation errors are our own words about the
 * input's shape: they get the exact forms only, so "password: Too long" stays readable.
 */
export function scrubApiError(error: ApiError, secrets: readonly string[] = []): ApiError {
  const clean = error.kind === 'validation' ? (text: string) => maskForms(text, secrets) : (text: string) => scrubText(text, secrets);
  const scrubbed: ApiError = { ...error, message: clean(error.message) };
  if (error.platformMessage !== undefined) scrubbed.platformMessage = clean(error.platformMessage);
  if (error.path !== undefined) scrubbed.path = maskForms(error.path, secrets);
  if (error.issues) scrubbed.issues = error.issues.map((issue) => ({ path: maskForms(issue.path, secrets), message: clean(issue.message) }));
  return scrubbed;
}

/**
 * Only forms this long count as an echo in a successful answer. A shorter secret (a lab's
 * "admin" password) cannot be told from ordinary data there, and masking it would mangle
 * user names; its Basic form is long, so a reflected Authorization header is still caught.
 * Errors and logs are scrubbed of every form regardless.
 */
export const ECHO_MIN_LENGTH = 8;
export const echoForms = (forms: readonly string[]): string[] => forms.filter((form) => form.length >= ECHO_MIN_LENGTH);

/** True when any form occurs in the raw bytes (a native search, cheap even for big answers). */
export function bytesContainAny(body: Buffer, forms: readonly string[]): boolean {
  return forms.some((form) => form.length > 0 && body.indexOf(form) !== -1);
}

/**
 * A copy of a result with the exact forms masked in every string (keys included). Only for
 * results known to hold a secret: it walks the whole value.
 */
export function scrubValue<T>(value: T, forms: readonly string[]): T {
  if (forms.length === 0) return value;
  const walk = (node: unknown): unknown => {
    if (typeof node === 'string') return maskForms(node, forms);
    if (Array.isArray(node)) return node.map(walk);
    if (node !== null && typeof node === 'object') {
      const out: Record<string, unknown> = {};
      for (const [key, inner] of Object.entries(node)) out[maskForms(key, forms)] = walk(inner);
      return out;
    }
    return node;
  };
  return walk(value) as T;
}
