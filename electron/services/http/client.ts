// The platform HTTP client: node:http(s) with a per-instance keep-alive agent, auth,
// per-profile timeout, cancellation, retries for idempotent calls, bounded answers, no
// redirects, error mapping and scrubbing. Every failure leaves here as an ApiFailure with
// secrets removed, and is written to the log (method, path, status, duration).
import type { IncomingMessage } from 'node:http';
import { ApiFailure, isApiError, type ApiError } from '../../../shared/errors';
import type { InstanceProfile } from '../../../shared/areas/instances/model';
import { silentLogger, type Logger } from '../log/logger';
import { createAgent, type AnyAgent } from './agents';
import { downloadAnswer } from './download';
import { answerTooLargeError, cancelledError, httpError, malformedJsonError, networkError, redirectError, timeoutError, type WireTarget } from './errors';
import { ANSWER_LIMITS, ERROR_BODY_LIMIT } from './limits';
import { isRetryableFailure, isRetryableStatus, isIdempotent, backoffMs } from './retry';
import { bytesContainAny, echoForms, scrubApiError, secretForms } from './scrub';
import type { AnswerInfo, PlatformHttp, PlatformRequest, PlatformResponse } from './types';
import { createWire, isRedirectStatus, isSuccessStatus, outgoingRequest } from './wire';

export interface PlatformHttpOptions {
  profile: InstanceProfile;
  secret: string | undefined;
  /** The instance's shared keep-alive agent (AgentCache); a private one when absent. */
  agent?: AnyAgent;
  /** First backoff delay; doubles per retry. */
  retryDelayMs?: number;
  maxRetries?: number;
  userAgent?: string;
  /** Failed calls are logged here (never a secret). */
  log?: Logger;
}

const DEFAULT_RETRY_DELAY_MS = 150;
const DEFAULT_MAX_RETRIES = 2;

type Exchange = PlatformResponse & AnswerInfo;

export function createPlatformHttp(options: PlatformHttpOptions): PlatformHttp {
  const { profile, secret } = options;
  const wire = createWire(profile, secret, options.agent ?? createAgent(profile), options.userAgent ?? 'Lilypad');
  const secrets = secretForms(secret, profile.username);
  const maxRetries = options.maxRetries ?? DEFAULT_MAX_RETRIES;
  const retryDelayMs = options.retryDelayMs ?? DEFAULT_RETRY_DELAY_MS;
  const log = options.log ?? silentLogger;

  const fail = (error: ApiError): ApiFailure => new ApiFailure(scrubApiError(error, secrets));

  /** Logs a call that ends in failure, then hands the scrubbed failure back to throw. */
  const failed = (error: ApiError, req: PlatformRequest, started: number, attempts: number): ApiFailure => {
    const failure = fail(error);
    const fields = {
      instance: profile.id,
      method: req.method,
      path: req.path,
      status: error.status,
      kind: error.kind,
      code: error.code,
      attempts,
      durationMs: Date.now() - started,
    };
    if (error.kind === 'cancelled') log.debug('platform call cancelled', fields);
    else log.warn('platform call failed', { ...fields, message: failure.error.message });
    return failure;
  };

  function once(req: PlatformRequest, target: WireTarget): Promise<Exchange> {
    const { options: requestOptions, body } = outgoingRequest(wire, req);
    const limit = ANSWER_LIMITS[req.answerSize ?? 'default'];
    const watched = echoForms(req.watchFor?.length ? [...secrets, ...req.watchFor] : secrets);

    return new Promise<Exchange>((resolve, reject) => {
      let settled = false;
      const finish = (outcome: Exchange | ApiError): void => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        req.signal?.removeEventListener('abort', onAbort);
        if (isApiError(outcome)) reject(outcome);
        else resolve(outcome);
      };
      const outgoing = wire.send(requestOptions, (res: IncomingMessage) => {
        const status = res.statusCode ?? 0;
        // Data is read up to the call's limit; an error page only for its message.
        const isData = isSuccessStatus(status) || (req.acceptStatus?.includes(status) ?? false);
        const cap = isData ? limit : ERROR_BODY_LIMIT;
        const declared = Number(res.headers['content-length']);
        if (isData && Number.isFinite(declared) && declared > cap) {
          finish(answerTooLargeError(cap, target, declared));
          outgoing.destroy();
          return;
        }
        const chunks: Buffer[] = [];
        let size = 0;
        const complete = (): void => {
          const bytes = Buffer.concat(chunks);
          finish({ status, headers: res.headers, text: bytes.toString('utf8'), bytes: size, secretEchoed: bytesContainAny(bytes, watched) });
        };
        res.on('data', (chunk: Buffer) => {
          if (settled) return;
          if (size + chunk.length <= cap) {
            chunks.push(chunk);
            size += chunk.length;
            return;
          }
          if (isData) {
            finish(answerTooLargeError(cap, target));
          } else {
            // Enough of an error page to quote it; the rest is dropped with the connection.
            chunks.push(chunk.subarray(0, cap - size));
            size = cap;
            complete();
          }
          outgoing.destroy();
        });
        res.on('end', complete);
        res.on('error', (err) => finish(networkError(err, target)));
        res.on('aborted', () => finish(networkError(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }), target)));
      });
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
    const target: WireTarget = { method: req.method, path: req.path, host: wire.base.host, hostname: wire.base.hostname };
    const retries = isIdempotent(req) ? maxRetries : 0;
    const started = Date.now();
    for (let attempt = 0; ; attempt++) {
      if (req.signal?.aborted) throw failed(cancelledError(target), req, started, attempt);
      let exchange: Exchange;
      try {
        exchange = await once(req, target);
      } catch (caught) {
        // A synchronous throw from node:http (e.g. a bad header) is not an ApiError yet.
        const error = isApiError(caught) ? caught : networkError(caught, target);
        if (attempt < retries && isRetryableFailure(error)) {
          await pause(backoffMs(retryDelayMs, attempt), req.signal, () => failed(cancelledError(target), req, started, attempt + 1));
          continue;
        }
        throw failed(error, req, started, attempt + 1);
      }
      const { bytes, secretEchoed, ...response } = exchange;
      req.onAnswer?.({ bytes, secretEchoed });
      const accepted = req.acceptStatus?.includes(response.status) ?? false;
      if (accepted || isSuccessStatus(response.status)) return response;
      if (isRedirectStatus(response.status)) {
        const location = typeof response.headers.location === 'string' ? response.headers.location : undefined;
        throw failed(redirectError(response.status, location, outgoingRequest(wire, req).url, target), req, started, attempt + 1);
      }
      if (attempt < retries && isRetryableStatus(response.status)) {
        await pause(backoffMs(retryDelayMs, attempt), req.signal, () => failed(cancelledError(target), req, started, attempt + 1));
        continue;
      }
      throw failed(httpError(response.status, response.text, req.method, req.path), req, started, attempt + 1);
    }
  }

  async function json<T>(req: PlatformRequest): Promise<T> {
    const response = await request(req);
    try {
      return JSON.parse(response.text) as T;
    } catch {
      throw failed(malformedJsonError(req.method, req.path, response.status), req, Date.now(), 1);
    }
  }

  return {
    request,
    json,
    download: (req, target) => {
      const started = Date.now();
      return downloadAnswer({ wire, timeoutMs: profile.timeoutMs }, req, target).catch((caught: unknown) => {
        const error = isApiError(caught) ? caught : networkError(caught, { method: req.method, path: req.path, host: wire.base.host, hostname: wire.base.hostname });
        throw failed(error, req, started, 1);
      });
    },
  };
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
