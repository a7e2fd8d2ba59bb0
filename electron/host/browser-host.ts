// The browser host: a loopback-only HTTP server that serves the built renderer and answers
// the same DesktopApi calls as Electron's IPC, through the same validating dispatcher.
// Pages sign in with a one-time code from the link's fragment (sessions.ts); sockets are
// bounded (connection-guard.ts); bodies have a size limit and a deadline; answers to the
// window have a size limit too.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import type { AppServices } from '../services/app-services-types';
import type { CallResult } from '../../shared/errors';
import { CALL_TAGS_HEADER } from '../../shared/api/call-tags';
import { WINDOW_RESULT_LIMIT, describeBytes } from '../services/http/limits';
import { errorFields, silentLogger, type Logger } from '../services/log/logger';
import { SECURITY_HEADERS, cacheControlOf, contentTypeOf, resolveStaticFile, staticBody } from '../shell/hardening';
import { DEFAULT_CONNECTION_LIMITS, guardConnections, type ConnectionGuard, type ConnectionLimits } from './connection-guard';
import { isAllowedHost, isAllowedOrigin, isJsonContentType } from './request-guards';
import { BodyTimeoutError, BodyTooLargeError, readBody } from './read-body';
import { isWellFormedToken, newSessionToken } from './session-token';
import { SessionRegistry } from './sessions';
import { serveShelvedFile } from './serve-file';
import { FILE_PATH_PREFIX } from '../services/downloads/save-target';

export const SESSION_HEADER = 'x-lilypad-session';
export const CALL_PREFIX = '/api/call/';
/** POST {code} → {session}: a page trades its one-time code, once. */
export const SESSION_EXCHANGE_PATH = '/api/session';
/** POST (with a session) → {code}: a signed-in tab brings another tab in. */
export const SESSION_HANDOVER_PATH = '/api/session/handover';
/** The fragment key of a hand-over link: http://127.0.0.1:PORT/#code=… */
export const HANDOVER_FRAGMENT_KEY = 'code';

const DEFAULT_BODY_LIMIT = 10 * 1024 * 1024;
/** A bridge call's body is small; a client still sending after this is cut off. */
const DEFAULT_BODY_DEADLINE_MS = 10_000;
/** The small bodies of the session endpoints. */
const SESSION_BODY_LIMIT = 4096;

export interface BrowserHostOptions {
  services: AppServices;
  /** The built renderer (dist/renderer). */
  staticDir: string;
  /** 0 or absent: any free port. */
  port?: number;
  /** The reusable session token (automation, tests). Absent: a fresh random one. Never printed. */
  token?: string;
  /** Bytes; 10 MB by default. */
  bodyLimit?: number;
  /** A call's body must arrive within this; 10 s by default. */
  bodyDeadlineMs?: number;
  /** What one answer to the window may hold; WINDOW_RESULT_LIMIT by default. */
  resultLimit?: number;
  connections?: Partial<ConnectionLimits>;
  /** Default: the services' log. */
  log?: Logger;
}

export interface BrowserHost {
  /** http://127.0.0.1:PORT/#code=CODE — a link that signs one page in, once. */
  url: string;
  origin: string;
  /** The reusable session token (x-lilypad-session) for automation and tests. */
  token: string;
  /** Another one-time link; `onRedeemed` runs when a page has traded it in. */
  newHandOverUrl(onRedeemed?: () => void): string;
  close(): Promise<void>;
}

interface HostSettings {
  services: AppServices;
  staticDir: string;
  bodyLimit: number;
  bodyDeadlineMs: number;
  resultLimit: number;
  sessions: SessionRegistry;
  log: Logger;
}

const failure = (kind: 'validation' | 'internal' | 'too-large', message: string): CallResult<never> => ({ ok: false, error: { kind, message } });

function sendJsonText(response: ServerResponse, status: number, text: string, extra: Record<string, string> = {}): void {
  response.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
    ...SECURITY_HEADERS,
    ...extra,
  });
  response.end(text);
}

const sendJson = (response: ServerResponse, status: number, body: unknown, extra?: Record<string, string>): void => sendJsonText(response, status, JSON.stringify(body), extra);

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
  // index.html gets this load's CSP nonce (for emotion's <style> tags) in markup and policy.
  const { body, headers } = staticBody(file, await readFile(file));
  response.writeHead(200, {
    'Content-Type': contentTypeOf(file),
    'Content-Length': body.length,
    'Cache-Control': cacheControlOf(file),
    ...headers,
  });
  response.end(request.method === 'HEAD' ? undefined : body);
}

/** Reads and parses a JSON body, answering the error itself; undefined when it did. */
async function readJson(request: IncomingMessage, response: ServerResponse, limit: number, deadlineMs: number): Promise<{ value: unknown } | undefined> {
  if (request.method !== 'POST') {
    sendJson(response, 405, failure('validation', 'Bridge calls are POST requests.'), { Allow: 'POST' });
    return undefined;
  }
  if (!isJsonContentType(request.headers)) {
    sendJson(response, 415, failure('validation', 'Bridge calls take a JSON body (content-type: application/json).'));
    return undefined;
  }
  let text: string;
  try {
    text = await readBody(request, limit, deadlineMs);
  } catch (error) {
    if (error instanceof BodyTooLargeError) sendJson(response, 413, failure('validation', error.message));
    else if (error instanceof BodyTimeoutError) {
      // A trickling body holds a socket: answer and close it.
      sendJson(response, 408, failure('validation', error.message), { Connection: 'close' });
      response.once('finish', () => request.socket.destroy());
    } else sendJson(response, 400, failure('validation', 'The request body could not be read.'));
    return undefined;
  }
  try {
    return { value: text.length === 0 ? undefined : JSON.parse(text) };
  } catch {
    sendJson(response, 400, failure('validation', 'The request body is not valid JSON.'));
    return undefined;
  }
}

async function answerCall(request: IncomingMessage, response: ServerResponse, settings: HostSettings, name: string): Promise<void> {
  const body = await readJson(request, response, settings.bodyLimit, settings.bodyDeadlineMs);
  if (!body) return;
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
    result = await settings.services.dispatch(name, body.value, { signal: abort.signal, ...(tags === undefined ? {} : { tags }) });
  } catch (error) {
    // dispatch promises never to throw; if it does anyway, say so without internals.
    settings.log.error(`browser host: ${name} threw`, errorFields(error));
    sendJson(response, 500, failure('internal', 'The call failed inside the Lilypad host.'));
    return;
  }
  if (response.destroyed) return;
  const text = JSON.stringify(result);
  if (Buffer.byteLength(text) > settings.resultLimit) {
    settings.log.warn('browser host: answer over the window limit', { call: name, bytes: Buffer.byteLength(text), limit: settings.resultLimit });
    sendJson(response, 200, failure('too-large', `The answer is too large to show (over the ${describeBytes(settings.resultLimit)} limit for one call).`));
    return;
  }
  sendJsonText(response, 200, text);
}

async function answerSession(request: IncomingMessage, response: ServerResponse, settings: HostSettings, path: string, guard: ConnectionGuard): Promise<void> {
  if (path === SESSION_HANDOVER_PATH) {
    if (!settings.sessions.isValid(request.headers[SESSION_HEADER])) {
      sendJson(response, 401, failure('internal', 'Missing or wrong Lilypad session token.'));
      return;
    }
    guard.authenticate(request.socket);
    const body = await readJson(request, response, SESSION_BODY_LIMIT, settings.bodyDeadlineMs);
    if (!body) return;
    sendJson(response, 200, { ok: true, value: { code: settings.sessions.issueCode() } });
    return;
  }
  const body = await readJson(request, response, SESSION_BODY_LIMIT, settings.bodyDeadlineMs);
  if (!body) return;
  const code = typeof body.value === 'object' && body.value !== null ? (body.value as { code?: unknown }).code : undefined;
  const session = settings.sessions.exchange(code);
  if (!session) {
    settings.log.warn('browser host: a hand-over code was refused (used before, or never issued)');
    sendJson(response, 401, failure('internal', 'This link was already used or is not valid: each link signs in one page, once.'));
    return;
  }
  guard.authenticate(request.socket);
  sendJson(response, 200, { ok: true, value: { session } }, { Pragma: 'no-cache' });
}

function handler(settings: HostSettings, guard: ConnectionGuard, portOf: () => number) {
  return async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    guard.track(request.socket, (release) => response.once('close', release));
    const port = portOf();
    if (!isAllowedHost(request.headers, port) || !isAllowedOrigin(request.headers, port)) {
      sendText(response, 403, 'Forbidden');
      return;
    }
    const path = (request.url ?? '/').split('?')[0];
    if (path === SESSION_EXCHANGE_PATH || path === SESSION_HANDOVER_PATH) {
      await answerSession(request, response, settings, path, guard);
      return;
    }
    if (path.startsWith(FILE_PATH_PREFIX)) {
      await serveShelvedFile(request, response, settings.services.files, path);
      return;
    }
    if (path.startsWith(CALL_PREFIX)) {
      if (!settings.sessions.isValid(request.headers[SESSION_HEADER])) {
        sendJson(response, 401, failure('internal', 'Missing or wrong Lilypad session token.'));
        return;
      }
      guard.authenticate(request.socket);
      let name: string;
      try {
        name = decodeURIComponent(path.slice(CALL_PREFIX.length));
      } catch {
        name = '';
      }
      await answerCall(request, response, settings, name);
      return;
    }
    await serveStatic(request, response, settings.staticDir, path);
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
  const log = options.log ?? options.services.log ?? silentLogger;
  const sessions = new SessionRegistry(token);
  const settings: HostSettings = {
    services: options.services,
    staticDir: options.staticDir,
    bodyLimit: options.bodyLimit ?? DEFAULT_BODY_LIMIT,
    bodyDeadlineMs: options.bodyDeadlineMs ?? DEFAULT_BODY_DEADLINE_MS,
    resultLimit: options.resultLimit ?? WINDOW_RESULT_LIMIT,
    sessions,
    log,
  };
  let boundPort = 0;
  // Slow headers are cut by Node itself; its sweep runs every second instead of every 30.
  const server = createServer({ headersTimeout: 10_000, requestTimeout: 60_000, connectionsCheckingInterval: 1000 });
  const guard = guardConnections(server, { ...DEFAULT_CONNECTION_LIMITS, ...options.connections }, log);
  const handle = handler(settings, guard, () => boundPort);
  server.on('request', (request: IncomingMessage, response: ServerResponse) => {
    handle(request, response).catch((error: unknown) => {
      log.error('browser host: unexpected error', { path: (request.url ?? '').split('?')[0], ...errorFields(error) });
      if (!response.headersSent) sendText(response, 500, 'Internal error');
      else response.destroy();
    });
  });
  boundPort = await listen(server, options.port ?? 0);
  const origin = `http://127.0.0.1:${boundPort}`;
  const linkWith = (code: string): string => `${origin}/#${HANDOVER_FRAGMENT_KEY}=${code}`;
  let closing: Promise<void> | undefined;
  return {
    url: linkWith(sessions.issueCode()),
    origin,
    token,
    newHandOverUrl: (onRedeemed) => linkWith(sessions.issueCode(onRedeemed)),
    close() {
      closing ??= new Promise<void>((resolvePromise) => {
        server.close(() => resolvePromise());
        server.closeAllConnections();
      });
      return closing;
    },
  };
}
