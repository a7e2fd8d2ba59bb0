// The platform HTTP client as the per-area handlers see it. Auth, TLS, timeout, retries,
// size limits and error mapping live behind it; a handler only says what to call.
import type { Writable } from 'node:stream';
import type { AnswerSize } from './limits';

export type HttpMethod = 'GET' | 'HEAD' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** What the client saw of one answer, for the caller's bookkeeping (dispatch). */
export interface AnswerInfo {
  /** Body bytes received. */
  bytes: number;
  /** The answer holds a form of the instance secret (or of `watchFor`): scrub what is derived from it. */
  secretEchoed: boolean;
}

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
  /** How much of the answer may be held in memory (limits.ts); 'default' when absent. */
  answerSize?: AnswerSize;
  /** More secrets to look for in the answer (e.g. a password the call sends). */
  watchFor?: readonly string[];
  /** Called once per answer received (not for failures before a body arrived). */
  onAnswer?: (info: AnswerInfo) => void;
  signal?: AbortSignal;
}

export interface PlatformResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
}

/** Where a download goes: a file (written beside it, renamed when complete) or a stream. */
export type DownloadTarget = { file: string; stream?: never } | { stream: Writable; file?: never };

export interface DownloadOptions {
  /** Called as bytes arrive; `total` when the platform said (Content-Length). */
  onProgress?: (received: number, total: number | undefined) => void;
  /** Bytes; DOWNLOAD_LIMIT (limits.ts) when absent. */
  maxBytes?: number;
}

export interface DownloadResult {
  status: number;
  bytes: number;
  contentType?: string;
  /** The final file, for a file target. */
  file?: string;
}

export interface PlatformHttp {
  /** Throws ApiFailure (shared/errors) for network, TLS, timeout, redirects, too-large and non-accepted error statuses. */
  request(req: PlatformRequest): Promise<PlatformResponse>;
  /** request + JSON.parse; a malformed body becomes an ApiFailure naming the call. */
  json<T>(req: PlatformRequest): Promise<T>;
  /**
   * Streams a big answer to a file or stream without holding it in memory. Cancel with
   * `req.signal`; a failed or cancelled file download leaves no file behind.
   */
  download(req: PlatformRequest, target: DownloadTarget & DownloadOptions): Promise<DownloadResult>;
}
