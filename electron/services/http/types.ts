// The platform HTTP client as the per-area handlers see it. Auth, TLS, timeout, retries
// and error mapping live behind it; a handler only says what to call.

export type HttpMethod = 'GET' | 'HEAD' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface PlatformRequest {
  method: HttpMethod;
  /** Relative to the instance base URL, starting with '/', e.g. '/access/api/v2/users'. */
  path: string;
  query?: Record<string, string | number | boolean | undefined>;
  /** Sent as JSON unless `text` is given. */
  json?: unknown;
  /** Sent as text/plain (or `contentType`). */
  text?: string;
  /** Overrides the body's content type, e.g. application/scim+json. */
  contentType?: string;
  headers?: Record<string, string>;
  /** Overrides the method's default (GET/HEAD/PUT/DELETE are idempotent). Decides retries. */
  idempotent?: boolean;
  /** Statuses to hand back as data instead of throwing (e.g. 503 from router health). */
  acceptStatus?: number[];
  /** Skip the Authorization header (router health needs none). */
  anonymous?: boolean;
  signal?: AbortSignal;
}

export interface PlatformResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
}

export interface PlatformHttp {
  /** Throws ApiFailure (shared/errors) for network, TLS, timeout and non-accepted error statuses. */
  request(req: PlatformRequest): Promise<PlatformResponse>;
  /** request + JSON.parse; a malformed body becomes an ApiFailure naming the call. */
  json<T>(req: PlatformRequest): Promise<T>;
}
