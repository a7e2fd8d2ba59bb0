// The HTTP(S) request pipeline: record → fault → route → auth → handler → answer.

import http from 'node:http';
import https from 'node:https';
import type { FaultSet } from './faults';
import type { FakeRequest, Principal } from './module';
import type { RecordedRequest } from './recorder';
import { errorFor, FakeHttpError, type FakeResponse } from './responses';
import type { Router } from './router';
import type { FakeState } from './state';
import { accessPasswordRefusal, authenticate } from './auth';

export interface PipelineDeps {
  state: FakeState;
  router: Router;
  faults: FaultSet;
  requests: RecordedRequest[];
  /** Timers of 'latency' faults still waiting, cleared on close. */
  timers: Set<NodeJS.Timeout>;
}

const MALFORMED_JSON = '{"errors": [ {"status": 200, "message": "truncated';

export function createServer(deps: PipelineDeps, tls?: { keyPem: string; certPem: string }): http.Server {
  const listener = (req: http.IncomingMessage, res: http.ServerResponse) => {
    void handle(deps, req, res).catch((error: unknown) => {
      if (!res.headersSent && !res.destroyed) send(res, req.method ?? 'GET', errorFor('/', 500, String(error)));
    });
  };
  return tls ? https.createServer({ key: tls.keyPem, cert: tls.certPem }, listener) : http.createServer(listener);
}

async function handle(deps: PipelineDeps, req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
  const bodyText = await readBody(req);
  const method = (req.method ?? 'GET').toUpperCase();
  const url = new URL(req.url ?? '/', 'http://fake.invalid');
  const path = url.pathname;
  const query: Record<string, string> = {};
  url.searchParams.forEach((value, key) => (query[key] = value));
  const headers = flattenHeaders(req.headers);

  const auth = authenticate(deps.state, headers.authorization);
  const principal: Principal | null = auth.kind === 'ok' ? auth.principal : null;
  const record: RecordedRequest = { method, path, query, headers, bodyText, status: 0, ...(principal ? { principal: principal.username } : {}) };
  deps.requests.push(record);
  res.on('close', () => {
    if (!res.writableFinished) record.abandoned = true;
  });

  const answer = (response: FakeResponse) => {
    record.status = response.status;
    send(res, method, response);
  };

  let fault = deps.faults.take(method, path);
  if (fault?.kind === 'latency' || fault?.kind === 'hold') {
    if (fault.kind === 'latency') await sleep(deps.timers, fault.ms ?? 1000);
    else await deps.faults.hold();
    fault = deps.faults.take(method, path, true);
  }
  if (fault?.kind === 'status') return answer(errorFor(path, fault.status ?? 500, 'Injected failure'));
  else if (fault?.kind === 'reset') return void req.socket.destroy();
  else if (fault?.kind === 'malformed-json') {
    return answer({ status: 200, headers: { 'content-type': 'application/json' }, body: MALFORMED_JSON });
  } else if (fault?.kind === 'answer') {
    return answer({ status: fault.status ?? 200, headers: { 'content-type': 'application/json' }, body: JSON.stringify(fault.body ?? null) });
  } else if (fault?.kind === 'hang') return; // never answered; close() drops the socket
  if (res.destroyed) return;

  const match = deps.router.match(method, path);
  if (match.kind === 'none') return answer(errorFor(path, 404, `Resource not found: ${path}`));
  if (match.kind === 'wrong-method') return answer(errorFor(path, 405, `Method ${method} is not allowed on ${path}`));
  if (match.options.only && match.options.only !== deps.state.mode) {
    return answer(errorFor(path, 404, `Resource not found: ${path}`));
  }

  const needed = match.options.auth ?? 'admin';
  if (needed !== 'none') {
    if (auth.kind === 'rejected') return answer(unauthorized(path, auth.message));
    if (auth.kind === 'anonymous') return answer(unauthorized(path, 'Authentication is required'));
    const refusal = accessPasswordRefusal(deps.state, path, auth);
    if (refusal?.status === 401) return answer(unauthorized(path, refusal.message));
    if (refusal) return answer(errorFor(path, refusal.status, refusal.message));
    if (needed === 'admin' && !principal?.admin) {
      return answer(errorFor(path, 403, 'Forbidden: this action needs an administrator'));
    }
  }

  const request: FakeRequest = {
    method,
    path,
    params: match.params,
    query,
    headers,
    bodyText,
    principal,
    json<T>(): T {
      try {
        return JSON.parse(bodyText) as T;
      } catch {
        throw new FakeHttpError(400, 'The request body is not valid JSON');
      }
    },
  };
  try {
    answer(withWriteBody(deps.state, method, await match.handler(request)));
  } catch (error) {
    if (error instanceof FakeHttpError) answer(errorFor(path, error.status, error.message, error.code));
    else answer(errorFor(path, 500, error instanceof Error ? error.message : String(error)));
  }
}

const WRITES = new Set(['POST', 'PUT', 'PATCH']);

/** A successful write answered the way `state.switches.writeBodies` says (see core/state.ts). */
function withWriteBody(state: FakeState, method: string, response: FakeResponse): FakeResponse {
  const mode = state.switches.writeBodies;
  if (mode === 'full' || !WRITES.has(method) || response.status < 200 || response.status > 299) return response;
  if (mode === 'no-content') return { status: 204 };
  if (mode === 'empty') return { status: response.status };
  return { status: response.status, headers: { 'content-type': 'application/json' }, body: '{}' };
}

function unauthorized(path: string, message: string): FakeResponse {
  const response = errorFor(path, 401, message);
  // Artifactory's own endpoints challenge for Basic; Access and the router do not.
  if (path.startsWith('/artifactory/')) response.headers = { ...response.headers, 'www-authenticate': 'Basic realm="Artifactory Realm"' };
  return response;
}

function send(res: http.ServerResponse, method: string, response: FakeResponse): void {
  if (res.destroyed) return;
  const body = response.body ?? '';
  res.writeHead(response.status, { ...response.headers, 'content-length': Buffer.byteLength(body) });
  res.end(method === 'HEAD' ? undefined : body);
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function flattenHeaders(raw: http.IncomingHttpHeaders): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(raw)) {
    if (value !== undefined) headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return headers;
}

function sleep(timers: Set<NodeJS.Timeout>, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      resolve();
    }, ms);
    timers.add(timer);
  });
}
