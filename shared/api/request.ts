// One platform request described as plain data, so the handlers (which send it) and the
// screens' "Copy as cURL" (which print it) share a single source of paths and bodies.

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

/** A path segment from a user-supplied name: '/' or '?' in a name must not change the route. */
export const seg = (name: string): string => encodeURIComponent(name);

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
