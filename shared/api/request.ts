// One platform request described as plain data, so the handlers (which send it) and the
// screens' "Copy as cURL" (which print it) share a single source of paths and bodies.
import { z } from 'zod';
import { ApiFailure } from '../errors';

export type ApiMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface ApiRequest {
  method: ApiMethod;
  /** Relative to the instance base URL, already URL-encoded. */
  path: string;
  query?: Record<string, string | number>;
  json?: unknown;
  /** Sent as text/plain (or `contentType`) instead of JSON. */
  text?: string;
  contentType?: string;
}

/** Decodes %XX escapes that are valid, leaving the rest: what a lenient server or proxy does. */
const decodeLeniently = (text: string): string => text.replace(/%([0-9A-Fa-f]{2})/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));

/**
 * True when `name` is '.' or '..' once percent-decoded, once or several times ('%2e',
 * '%2E%2e', '.%2e', '%252e'). Servers and proxies normalise such a segment away (RFC 3986
 * §5.2.4), so `DELETE …/users/..` would act on another route.
 */
export function isDotSegment(name: string): boolean {
  let current = name;
  for (let round = 0; round < 4; round++) {
    if (current === '.' || current === '..') return true;
    const next = decodeLeniently(current);
    if (next === current) return false;
    current = next;
  }
  return current === '.' || current === '..';
}

export const DOT_SEGMENT_MESSAGE = 'A name cannot be "." or ".." (or an encoded form of them): servers treat those as path steps, not names.';

/** A name that goes into a URL path: required, at most `max` characters, never a dot segment. */
export const pathNameSchema = (max: number, label = 'Name') =>
  z
    .string()
    .min(1, `${label} is required`)
    .max(max, `${label} is at most ${max} characters`)
    .refine((value) => !isDotSegment(value), DOT_SEGMENT_MESSAGE);

/**
 * A path segment from a user-supplied name, so it stays one segment: '/' and '?' are
 * encoded, '+' becomes %2B (Artifactory's legacy security API reads a bare '+' as a
 * space), and a dot segment is refused rather than sent.
 */
export function seg(name: string): string {
  if (isDotSegment(name)) throw new ApiFailure({ kind: 'validation', message: `"${name.slice(0, 64)}" cannot be used here. ${DOT_SEGMENT_MESSAGE}` });
  return encodeURIComponent(name);
}

/** Drops undefined fields so a body holds exactly what was given (PATCH semantics). */
export function definedOnly<T extends object>(value: T): Partial<T> {
  const out: Partial<T> = {};
  for (const key of Object.keys(value) as (keyof T)[]) {
    if (value[key] !== undefined) out[key] = value[key];
  }
  return out;
}

/** Query without undefined entries. */
export function queryOf(values: Record<string, string | number | undefined>): Record<string, string | number> | undefined {
  const out = definedOnly(values) as Record<string, string | number>;
  return Object.keys(out).length > 0 ? out : undefined;
}
