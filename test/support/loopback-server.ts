// Small real servers on 127.0.0.1 for the connection test's diagnoses: something that is
// not a JFrog platform, a TLS port, a plain port, a server that never answers. Each
// records the requests it got and tells when a request's connection closed, so a test can
// wait for an event instead of a time.
import { EventEmitter, once } from 'node:events';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';

export interface LoopbackServer {
  /** http(s)://127.0.0.1:PORT */
  url: string;
  port: number;
  /** Paths received, in order. */
  paths: string[];
  /** The Authorization header of each request, in the same order (undefined when none). */
  authorizations: (string | undefined)[];
  /** Resolves when the n-th request (1-based) has arrived. */
  received(n?: number): Promise<void>;
  /** Resolves when a request's connection closed before it was answered. */
  abandoned(): Promise<void>;
  close(): Promise<void>;
}

export type LoopbackHandler = (req: IncomingMessage, res: ServerResponse) => void;

export async function startLoopbackServer(handler: LoopbackHandler, tls?: { keyPem: string; certPem: string }): Promise<LoopbackServer> {
  const events = new EventEmitter();
  const paths: string[] = [];
  const authorizations: (string | undefined)[] = [];
  let abandonedCount = 0;
  const listener = (req: IncomingMessage, res: ServerResponse) => {
    paths.push(req.url ?? '/');
    authorizations.push(req.headers.authorization);
    events.emit('request', paths.length);
    res.on('close', () => {
      if (!res.writableFinished) {
        abandonedCount += 1;
        events.emit('abandoned');
      }
    });
    handler(req, res);
  };
  const server = tls ? https.createServer({ key: tls.keyPem, cert: tls.certPem }, listener) : http.createServer(listener);
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return {
    url: `${tls ? 'https' : 'http'}://127.0.0.1:${port}`,
    port,
    paths,
    authorizations,
    async received(n = 1) {
      while (paths.length < n) await once(events, 'request');
    },
    async abandoned() {
      if (abandonedCount === 0) await once(events, 'abandoned');
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** A web server that is not a JFrog platform: a welcome page at /, 404 elsewhere, a Server header. */
export const welcomePage =
  (title = 'Welcome to nginx!', server = 'nginx/1.25.3'): LoopbackHandler =>
  (req, res) => {
    const found = req.url === '/' || req.url === '';
    res.writeHead(found ? 200 : 404, { 'content-type': 'text/html', server });
    res.end(found ? `<!doctype html><html><head><title>${title}</title></head><body>Hello</body></html>` : '<html><head><title>404 Not Found</title></head></html>');
  };

/** Never answers: the request stays open until the client gives up. */
export const neverAnswers: LoopbackHandler = () => undefined;
