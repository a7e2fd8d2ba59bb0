// Streams one big answer (a support bundle archive) to a file or stream, never holding it
// in memory: bytes are counted against a limit, progress is reported, the caller's signal
// cancels, and a file target is written beside its final name and renamed only when
// complete, so a failed or cancelled download leaves nothing behind.
import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import type { IncomingMessage } from 'node:http';
import { basename, dirname, join } from 'node:path';
import { Transform, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { isApiError, type ApiError } from '../../../shared/errors';
import { answerTooLargeError, cancelledError, httpError, networkError, redirectError, timeoutError, type WireTarget } from './errors';
import { DOWNLOAD_LIMIT, ERROR_BODY_LIMIT } from './limits';
import type { DownloadOptions, DownloadResult, DownloadTarget, PlatformRequest } from './types';
import { isRedirectStatus, isSuccessStatus, outgoingRequest, type Wire } from './wire';

export interface DownloadContext {
  wire: Wire;
  /** Before the answer starts, and then between two chunks: a download may take long, but never stall. */
  timeoutMs: number;
}

/** Carries an ApiError through a stream pipeline, which only propagates Errors. */
class StreamStop extends Error {
  constructor(readonly apiError: ApiError) {
    super(apiError.message);
  }
}

export async function downloadAnswer(ctx: DownloadContext, req: PlatformRequest, target: DownloadTarget & DownloadOptions): Promise<DownloadResult> {
  const where: WireTarget = { method: req.method, path: req.path, host: ctx.wire.base.host, hostname: ctx.wire.base.hostname };
  const { options, body, url } = outgoingRequest(ctx.wire, req);
  const maxBytes = target.maxBytes ?? DOWNLOAD_LIMIT;
  if (req.signal?.aborted) throw cancelledError(where);

  const outgoing = ctx.wire.send(options);
  let stop: ApiError | undefined;
  const halt = (error: ApiError): void => {
    stop ??= error;
    outgoing.destroy(new StreamStop(error));
  };
  let idle = setTimeout(() => halt(timeoutError(ctx.timeoutMs, where)), ctx.timeoutMs);
  const touch = (): void => {
    clearTimeout(idle);
    idle = setTimeout(() => halt(timeoutError(ctx.timeoutMs, where)), ctx.timeoutMs);
  };
  const onAbort = (): void => halt(cancelledError(where));
  req.signal?.addEventListener('abort', onAbort, { once: true });

  try {
    const res = await new Promise<IncomingMessage>((resolve, reject) => {
      outgoing.once('response', resolve);
      outgoing.once('error', (err) => reject(stop ?? networkError(err, where)));
      outgoing.end(body);
    });
    touch();
    const status = res.statusCode ?? 0;
    if (!isSuccessStatus(status)) throw await refusal(res, status, url, where);
    const total = Number(res.headers['content-length']);
    const declared = Number.isFinite(total) ? total : undefined;
    if (declared !== undefined && declared > maxBytes) throw answerTooLargeError(maxBytes, where, declared);

    let received = 0;
    const meter = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        touch();
        received += chunk.length;
        if (received > maxBytes) {
          done(new StreamStop(answerTooLargeError(maxBytes, where)));
          return;
        }
        target.onProgress?.(received, declared);
        done(null, chunk);
      },
    });
    const contentType = typeof res.headers['content-type'] === 'string' ? res.headers['content-type'] : undefined;
    const result = { status, ...(contentType ? { contentType } : {}) };
    if (target.stream) {
      await pipeline(res, meter, target.stream);
      return { ...result, bytes: received };
    }
    const file = target.file as string;
    const partial = join(dirname(file), `.${basename(file)}.${randomBytes(6).toString('hex')}.part`);
    try {
      await pipeline(res, meter, createWriteStream(partial, { flags: 'wx', mode: 0o600 }) as Writable);
      await rename(partial, file);
    } catch (caught) {
      await rm(partial, { force: true });
      throw caught;
    }
    return { ...result, bytes: received, file };
  } catch (caught) {
    outgoing.destroy();
    throw stop ?? toApiError(caught, where);
  } finally {
    clearTimeout(idle);
    req.signal?.removeEventListener('abort', onAbort);
  }
}

/** A non-2xx answer to a download: the redirect or error it stands for, read only for its message. */
async function refusal(res: IncomingMessage, status: number, url: URL, where: WireTarget): Promise<ApiError> {
  if (isRedirectStatus(status)) {
    res.resume();
    const location = typeof res.headers.location === 'string' ? res.headers.location : undefined;
    return redirectError(status, location, url, where);
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of res as AsyncIterable<Buffer>) {
    chunks.push(chunk.subarray(0, ERROR_BODY_LIMIT - size));
    size += Math.min(chunk.length, ERROR_BODY_LIMIT - size);
    if (size >= ERROR_BODY_LIMIT) break;
  }
  return httpError(status, Buffer.concat(chunks).toString('utf8'), where.method, where.path);
}

function toApiError(caught: unknown, where: WireTarget): ApiError {
  if (caught instanceof StreamStop) return caught.apiError;
  if (isApiError(caught)) return caught;
  const code = (caught as NodeJS.ErrnoException | undefined)?.code;
  // The file side failed (disk full, no permission): not the platform's fault.
  if (code && /^E(NOSPC|ACCES|PERM|ROFS|EXIST|NOENT|ISDIR|NOTDIR|DQUOT)$/.test(code)) {
    return { kind: 'internal', code, method: where.method, path: where.path, message: `The download could not be written (${code}).` };
  }
  return networkError(caught, where);
}
