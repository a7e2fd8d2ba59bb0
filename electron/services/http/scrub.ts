// Removes credentials from any text that may reach the renderer, a log or a file: the
// instance's own secret (raw and in its Basic base64 forms) and anything that looks like one.
import type { ApiError } from '../../../shared/errors';

const MASK = '***';

// Generic shapes of credentials, whoever they belong to.
const GENERIC_PATTERNS: RegExp[] = [
  /\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]{4,}/gi,
  /\beyJ[A-Za-z0-9_-]{4,}(?:\.[A-Za-z0-9_-]+){1,2}/g, // JWT-like access tokens
  /\bcmVmdGtu[A-Za-z0-9+/=_-]*/g, // JFrog reference tokens ("reftkn" in base64)
  /("?(?:password|token|secret|access_token|refresh_token)"?\s*[:=]\s*"?)[^"\s,}&]+/gi,
];

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every spelling of the secret that could appear in text. */
export function secretForms(secret: string | undefined, username?: string): string[] {
  if (!secret) return [];
  const forms = [secret, Buffer.from(secret).toString('base64')];
  if (username !== undefined) forms.push(Buffer.from(`${username}:${secret}`).toString('base64'));
  // Short secrets would mask ordinary words; they are still covered by the generic patterns.
  return forms.filter((form) => form.length >= 3);
}

export function scrubText(text: string, secrets: readonly string[] = []): string {
  let out = text;
  // Longest first so a Basic form is removed before the raw secret inside it.
  for (const secret of [...secrets].sort((a, b) => b.length - a.length)) {
    if (secret) out = out.replace(new RegExp(escapeRegExp(secret), 'g'), MASK);
  }
  for (const pattern of GENERIC_PATTERNS) {
    out = out.replace(pattern, (match, prefix: unknown) => {
      if (typeof prefix !== 'string') return MASK;
      // Header schemes keep their name ("Bearer ***"); key/value pairs keep their key.
      return /^(bearer|basic)$/i.test(prefix) ? `${prefix} ${MASK}` : `${prefix}${MASK}`;
    });
  }
  return out;
}

/** A copy of the error with message and platformMessage scrubbed. */
export function scrubApiError(error: ApiError, secrets: readonly string[] = []): ApiError {
  const scrubbed: ApiError = { ...error, message: scrubText(error.message, secrets) };
  if (error.platformMessage !== undefined) scrubbed.platformMessage = scrubText(error.platformMessage, secrets);
  if (error.issues) scrubbed.issues = error.issues.map((issue) => ({ path: issue.path, message: scrubText(issue.message, secrets) }));
  return scrubbed;
}
