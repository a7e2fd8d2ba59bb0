// The platform HTTP client: node:http(s) with a per-instance keep-alive agent, auth,
// per-profile timeout, cancellation, retries for idempotent calls, error mapping and
// scrubbing. Every failure leaves here as an ApiFailure with secrets removed.
import { request as httpRequest, type IncomingMessage, type OutgoingHttpHeaders } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { ApiFailure, isApiError, type ApiError } from '../../../shared/errors';
import type { InstanceProfile } from '../../../shared/areas/instances/model';
import { createAgent, type AnyAgent } from './agents';
import { authorizationHeader } from './auth';
import { cancelledError, httpError, malformedJsonError, networkError, timeoutError, type WireTarget } from './errors';
import { isRetryableFailure, isRetryableStatus, isIdempotent, backoffMs } from './retry';
import { scrubApiError, secretForms } from './scrub';
import type { PlatformHttp, PlatformRequest, PlatformResponse } from './types';

export interface PlatformHttpOptions {
  profile: InstanceProfile;
  secret: string | undefined;
  /** The instance's shared keep-alive agent (AgentCache); a private one when absent. */
  agent?: AnyAgent;
  /** First backoff delay; doubles per retry. */
  retryDelayMs?: number;
  maxRetries?: number;
  userAgent?: string;
}

const DEFAULT_RETRY_DELAY_MS = 150;
const DEFAULT_MAX_RETRIES = 2;

export function createPlatformHttp(options: PlatformHttpOptions): PlatformHttp {
  const { profile, secret } = options;
  const base = new URL(profile.baseUrl);
  const basePath = base.pathname.replace(/\/+$/, '');
  const send = base.protocol === 'https:' ? httpsRequest : httpRequest;
  const agent = options.agent ?? createAgent(profile);
  const authorization = authorizationHeader(profile, secret);
  const secrets = secretForms(secret, profile.username);
  const maxRetries = options.maxRetries ?? DEFAULT_MAX_RETRIES;
  const retryDelayMs = options.retryDelayMs ?? DEFAULT_RETRY_DELAY_MS;
  const userAgent = options.userAgent ?? 'Lilypad';

  const fail = (error: ApiError): ApiFailure => new ApiFailure(scrubApiError(error, secrets));

  function once(req: PlatformRequest, target: WireTarget): Promise<PlatformResponse> {
    const body = req.text !== undefined ? req.text : req.json !== undefined ? JSON.stringify(req.json) : undefined;
    const headers: OutgoingHttpHeaders = {
      Accept: 'application/json, text/plain;q=0.9, */*;q=0.8',
      'User-Agent': userAgent,
      ...req.headers,
    };
    if (body !== undefined) {
      headers['Content-Type'] = req.contentType ?? (req.text !== undefined ? 'text/plain; charset=utf-8' : 'application/json');
      headers['Content-Length'] = Buffer.byteLength(body);
    }
    if (!req.anonymous && authorization) headers.Authorization = authorization;

    return new Promise<PlatformResponse>((resolve, reject) => {
      let settled = false;
      const finish = (outcome: PlatformResponse | ApiError): void => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        req.signal?.removeEventListener('abort', onAbort);
        if ('kind' in outcome) reject(outcome);
        else resolve(outcome);
      };
      const outgoing = send(
        {
          protocol: base.protocol,
          hostname: base.hostname,
          port: base.port || undefined,
          method: req.method,
          path: basePath + req.path + queryString(req.query),
          headers,
          agent,
        },
        (res: IncomingMessage) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => finish({ status: res.statusCode ?? 0, headers: res.headers, text: Buffer.concat(chunks).toString('utf8') }));
          res.on('error', (err) => finish(networkError(err, target)));
          res.on('aborted', () => finish(networkError(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }), target)));
        },
      );
      // One deadline for the whole exchange: a hung response body counts too.
      const timer = setTimeout(() => {
        finish(timeoutError(profile.timeoutMs, target));
        outgoing.destroy();
      }, profile.timeoutMs);
      const onAbort = (): void => {
        finish(cancelledError(target));
        outgoing.destroy();
      };
      req.signal?.addEventListener('abort', onAbort, { once: true });
      outgoing.on('error', (err) => finish(networkError(err, target)));
      outgoing.end(body);
    });
  }

  async function request(req: PlatformRequest): Promise<PlatformResponse> {
    const target: WireTarget = { method: req.method, path: req.path, host: base.host, hostname: base.hostname };
    const retries = isIdempotent(req) ? maxRetries : 0;
    for (let attempt = 0; ; attempt++) {
      if (req.signal?.aborted) throw fail(cancelledError(target));
      let response: PlatformResponse;
      try {
        response = await once(req, target);
      } catch (caught) {
        // A synchronous throw from node:http (e.g. a bad header) is not an ApiError yet.
        const error = isApiError(caught) ? caught : networkError(caught, target);
        if (attempt < retries && isRetryableFailure(error)) {
          await pause(backoffMs(retryDelayMs, attempt), req.signal, () => fail(cancelledError(target)));
          continue;
        }
        throw fail(error);
      }
      const accepted = req.acceptStatus?.includes(response.status) ?? false;
      if (accepted || response.status < 400) return response;
      if (attempt < retries && isRetryableStatus(response.status)) {
        await pause(backoffMs(retryDelayMs, attempt), req.signal, () => fail(cancelledError(target)));
        continue;
      }
      throw fail(httpError(response.status, response.text, req.method, req.path));
    }
  }

  async function json<T>(req: PlatformRequest): Promise<T> {
    const response = await request(req);
    try {
      return JSON.parse(response.text) as T;
    } catch {
      throw fail(malformedJsonError(req.method, req.path, response.status));
    }
  }

  return { request, json };
}

function queryString(query: PlatformRequest['query']): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value !== undefined) params.append(key, String(value));
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Backoff that a cancellation cuts short. */
function pause(ms: number, signal: AbortSignal | undefined, cancelled: () => Error): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(cancelled());
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
