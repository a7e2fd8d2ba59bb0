// A tiny HTTP backend on loopback standing in for one JFrog port (Artifactory 8081-style
// or router 8082-style). It answers anything and records what arrived, so tests can
// assert exactly which path and headers the reverse proxy sent.
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
}

export interface Recorder {
  name: string;
  port: number;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

export async function startRecorder(name: string): Promise<Recorder> {
  const requests: RecordedRequest[] = [];
  const server: Server = createServer((req, res) => {
    requests.push({ method: req.method ?? '', path: req.url ?? '', headers: req.headers });
    req.resume();
    req.on('end', () => {
      // Artifactory's ping answers plain "OK"; everything else names the backend.
      const isPing = req.url === '/artifactory/api/system/ping';
      res.writeHead(200, { 'content-type': isPing ? 'text/plain' : 'application/json', 'x-backend': name });
      res.end(isPing ? 'OK' : JSON.stringify({ backend: name, path: req.url }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  let closed = false;
  return {
    name,
    port,
    requests,
    close: () => {
      if (closed) return Promise.resolve();
      closed = true;
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
