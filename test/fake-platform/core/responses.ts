// Response values and the platform's two error body shapes. Artifactory answers
// {"errors":[{"status":404,"message":"…"}]}; Access (paths under /access/) answers
// {"errors":[{"code":"NOT_FOUND","message":"…"}]}.

export interface FakeResponse {
  status: number;
  headers?: Record<string, string>;
  body?: string | Buffer;
  /**
   * A big body sent in chunks instead of `body` (a support bundle archive), with its
   * length when known. If the stream fails, the connection is cut mid-answer.
   */
  stream?: { source: AsyncIterable<Buffer>; length?: number };
}

export function json(status: number, body: unknown): FakeResponse {
  return { status, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) };
}

export function text(status: number, body: string, contentType = 'text/plain'): FakeResponse {
  return { status, headers: { 'content-type': contentType }, body };
}

export function empty(status: number): FakeResponse {
  return { status };
}

const ACCESS_CODES: Record<number, string> = {
  400: 'BAD_REQUEST',
  401: 'UNAUTHORIZED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  409: 'CONFLICT',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  429: 'TOO_MANY_REQUESTS',
  500: 'INTERNAL_SERVER_ERROR',
  502: 'BAD_GATEWAY',
  503: 'SERVICE_UNAVAILABLE',
  504: 'GATEWAY_TIMEOUT',
};

export function accessErrorCode(status: number): string {
  return ACCESS_CODES[status] ?? (status >= 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST');
}

export function artifactoryError(status: number, message: string): FakeResponse {
  return json(status, { errors: [{ status, message }] });
}

export function accessError(status: number, message: string, code = accessErrorCode(status)): FakeResponse {
  return json(status, { errors: [{ code, message }] });
}

export function usesAccessErrorShape(path: string): boolean {
  return path === '/access' || path.startsWith('/access/');
}

/** The error body the real service behind `path` would send. */
export function errorFor(path: string, status: number, message: string, code?: string): FakeResponse {
  return usesAccessErrorShape(path) ? accessError(status, message, code) : artifactoryError(status, message);
}

/**
 * Throw from a handler (or a helper it calls) to answer with an error body; the router
 * turns it into errorFor(req.path, …). Saves threading early returns through helpers.
 */
export class FakeHttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly code?: string,
  ) {
    super(message);
    this.name = 'FakeHttpError';
  }
}

export function fail(status: number, message: string, code?: string): never {
  throw new FakeHttpError(status, message, code);
}
