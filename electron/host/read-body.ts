// Reads a request body with a hard size limit and a deadline, so a runaway or trickling
// client can neither fill memory nor hold a connection open.
import type { IncomingMessage } from 'node:http';
import { describeBytes } from '../services/http/limits';

export class BodyTooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`The request body is larger than ${describeBytes(limit)}.`);
    this.name = 'BodyTooLargeError';
  }
}

export class BodyTimeoutError extends Error {
  constructor(readonly ms: number) {
    super(`The request body did not arrive within ${Math.round(ms / 100) / 10} s.`);
    this.name = 'BodyTimeoutError';
  }
}

export function readBody(request: IncomingMessage, limit: number, deadlineMs = Number.POSITIVE_INFINITY): Promise<string> {
  const declared = Number(request.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) {
    request.resume(); // discard, so the client can finish sending and read our 413
    return Promise.reject(new BodyTooLargeError(limit));
  }
  return new Promise((resolvePromise, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    const stop = (error: Error): void => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      request.removeAllListeners('data');
      request.resume(); // drain without keeping anything
      reject(error);
    };
    const timer = Number.isFinite(deadlineMs) ? setTimeout(() => stop(new BodyTimeoutError(deadlineMs)), deadlineMs) : undefined;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        stop(new BodyTooLargeError(limit));
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      resolvePromise(Buffer.concat(chunks).toString('utf8'));
    });
    request.on('error', (error) => stop(error));
  });
}
