// The browser host: a loopback-only HTTP server that serves the built renderer and answers
// the same DesktopApi calls as Electron's IPC, through the same validating dispatcher.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import type { AppServices } from '../services/app-services-types';
import type { CallResult } from '../../shared/errors';
import { CALL_TAGS_HEADER } from '../../shared/api/call-tags';
import { SECURITY_HEADERS, cacheControlOf, contentTypeOf, resolveStaticFile } from '../shell/hardening';
import { isAllowedHost, isAllowedOrigin, isJsonContentType } from './request-guards';
import { BodyTooLargeError, readBody } from './read-body';
import { isWellFormedToken, newSessionToken, tokensMatch } from './session-token';

export const SESSION_HEADER = 'x-lilypad-session';
export const CALL_PREFIX = '/api/call/';
const DEFAULT_BODY_LIMIT = 10 * 1024 * 1024;

export interface BrowserHostOptions {
  services: AppServices;
  /** The built renderer (dist/renderer). */
  staticDir: string;
  /** 0 or absent: any free port. */
  port?: number;
  /** Absent: a fresh random token. Tests may pin one. */
  token?: string;
  /** Bytes; 10 MB by default. */
  bodyLimit?: number;
}

export interface BrowserHost {
  /** http://127.0.0.1:PORT/#session=TOKEN — the one URL to open. */
  url: string;
  origin: string;
  token: string;
  close(): Promise<void>;
}

const failure = (kind: 'validation' | 'internal', message: string): CallResult<never> => ({ ok: false, error: { kind, message } });

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
    ...SECURITY_HEADERS,
  });
  response.end(text);
}

function sendText(response: ServerResponse, status: number, text: string, extra: Record<string, string> = {}): void {
  response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', ...SECURITY_HEADERS, ...extra });
  response.end(text);
}

async function serveStatic(request: IncomingMessage, response: ServerResponse, staticDir: string, path: string): Promise<void> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    sendText(response, 405, 'Method not allowed', { Allow: 'GET, HEAD' });
    return;
  }
  const file = resolveStaticFile(staticDir, path);
  if (!file) {
    sendText(response, 404, 'Not found');
    return;
  }
  const body = await readFile(file);
  response.writeHead(200, {
    'Content-Type': contentTypeOf(file),
    'Content-Length': body.length,
    'Cache-Control': cacheControlOf(file),
    ...SECURITY_HEADERS,
  });
  response.end(request.method === 'HEAD' ? undefined : body);
}

async function answerCall(request: IncomingMessage, response: ServerResponse, services: AppServices, name: string, bodyLimit: number): Promise<void> {
  if (request.method !== 'POST') {
    sendJson(response, 405, failure('validation', 'Bridge calls are POST requests.'));
    return;
  }
  if (!isJsonContentType(request.headers)) {
    sendJson(response, 415, failure('validation', 'Bridge calls take a JSON body (content-type: application/json).'));
    return;
  }
  let text: string;
  try {
    text = await readBody(request, bodyLimit);
  } catch (error) {
    if (error instanceof BodyTooLargeError) {
      sendJson(response, 413, failure('validation', error.message));
    } else {
      sendJson(response, 400, failure('validation', 'The request body could not be read.'));
    }
    return;
  }
  let input: unknown;
  try {
    input = text.length === 0 ? undefined : JSON.parse(text);
  } catch {
    sendJson(response, 400, failure('validation', 'The request body is not valid JSON.'));
    return;
  }
  // The call's tags (a bulk run's batch) come as a header; the dispatcher validates them.
  let tags: unknown;
  const tagsHeader = request.headers[CALL_TAGS_HEADER];
  if (typeof tagsHeader === 'string') {
    try {
      tags = JSON.parse(decodeURIComponent(tagsHeader));
    } catch {
      sendJson(response, 400, failure('validation', `The ${CALL_TAGS_HEADER} header is not URI-encoded JSON.`));
      return;
    }
  }
  // A closed tab or reload aborts the platform request behind the call.
  const abort = new AbortController();
  response.on('close', () => {
    if (!response.writableFinished) abort.abort();
  });
  let result: CallResult<unknown>;
  try {
    result = await services.dispatch(name, input, { signal: abort.signal, ...(tags === undefined ? {} : { tags }) });
  } catch {
    // dispatch promises never to throw; if it does anyway, say so without internals.
    sendJson(response, 500, failure('internal', 'The call failed inside the Lilypad host.'));
    return;
  }
  if (!response.destroyed) sendJson(response, 200, result);
}

function handler(options: Required<Pick<BrowserHostOptions, 'services' | 'staticDir' | 'bodyLimit'>>, token: string, portOf: () => number) {
  return async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const port = portOf();
    if (!isAllowedHost(request.headers, port) || !isAllowedOrigin(request.headers, port)) {
      sendText(response, 403, 'Forbidden');
      return;
    }
    const path = (request.url ?? '/').split('?')[0];
    if (path.startsWith(CALL_PREFIX)) {
      if (!tokensMatch(request.headers[SESSION_HEADER], token)) {
        sendJson(response, 401, failure('internal', 'Missing or wrong Lilypad session token.'));
        return;
      }
      let name: string;
      try {
        name = decodeURIComponent(path.slice(CALL_PREFIX.length));
      } catch {
        name = '';
      }
      await answerCall(request, response, options.services, name, options.bodyLimit);
      return;
    }
    await serveStatic(request, response, options.staticDir, path);
  };
}

function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolvePromise((server.address() as AddressInfo).port);
    });
  });
}

export async function startBrowserHost(options: BrowserHostOptions): Promise<BrowserHost> {
  const token = options.token ?? newSessionToken();
  if (!isWellFormedToken(token)) throw new Error('The session token must be 16–256 characters of A–Z, a–z, 0–9, "-" or "_".');
  let boundPort = 0;
  const handle = handler({ services: options.services, staticDir: options.staticDir, bodyLimit: options.bodyLimit ?? DEFAULT_BODY_LIMIT }, token, () => boundPort);
  const server = createServer((request, response) => {
    handle(request, response).catch(() => {
      if (!response.headersSent) sendText(response, 500, 'Internal error');
      else response.destroy();
    });
  });
  boundPort = await listen(server, options.port ?? 0);
  const origin = `http://127.0.0.1:${boundPort}`;
  let closing: Promise<void> | undefined;
  return {
    url: `${origin}/#session=${token}`,
    origin,
    token,
    close() {
      closing ??= new Promise<void>((resolvePromise) => {
        server.close(() => resolvePromise());
        server.closeAllConnections();
      });
      return closing;
    },
  };
}
