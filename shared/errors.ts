// Errors cross the process boundary as plain data: Electron's IPC drops the fields of
// thrown Error objects, so every call answers with a CallResult instead of throwing.

export type ApiErrorKind =
  | 'validation' // the input failed its schema; nothing was sent
  | 'http' // the platform answered with an error status
  | 'network' // DNS, refused or reset connection
  | 'timeout'
  | 'tls' // certificate problems
  | 'read-only' // a mutating call on a read-only instance; nothing was sent
  | 'not-found' // an instance id that does not exist
  | 'unsupported' // the call does not exist on this platform kind (e.g. licenses on Cloud)
  | 'cancelled'
  | 'too-large' // an answer (from the platform, or for the window) over its size limit
  | 'secret-store'
  | 'internal';

export interface ValidationIssue {
  path: string;
  message: string;
}

export interface ApiError {
  kind: ApiErrorKind;
  /** One sentence a person can act on. Never contains a secret. */
  message: string;
  status?: number;
  method?: string;
  /** Request path without the query's secret-bearing parts. */
  path?: string;
  /** The platform's own message, when it sent one. */
  platformMessage?: string;
  issues?: ValidationIssue[];
  /** A machine-readable hint, e.g. 'CERT_HAS_EXPIRED'. */
  code?: string;
}

export type CallResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export const ok = <T>(value: T): CallResult<T> => ({ ok: true, value });
export const fail = (error: ApiError): CallResult<never> => ({ ok: false, error });

/** Thrown inside main-process services; the dispatcher turns it into a CallResult. */
export class ApiFailure extends Error {
  constructor(readonly error: ApiError) {
    super(error.message);
    this.name = 'ApiFailure';
  }
}

export const isApiError = (value: unknown): value is ApiError =>
  typeof value === 'object' && value !== null && typeof (value as ApiError).kind === 'string' && typeof (value as ApiError).message === 'string';

/** "403 Forbidden on GET /access/api/v2/users: …" — the line a user sees. */
export function describeApiError(error: ApiError): string {
  const where = error.method && error.path ? ` (${error.method} ${error.path})` : '';
  const status = error.status ? `HTTP ${error.status}: ` : '';
  return `${status}${error.message}${where}`;
}
