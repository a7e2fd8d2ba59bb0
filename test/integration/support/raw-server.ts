// A bare HTTP server on loopback for the client's edge cases (huge, endless, redirecting,
// reflecting answers) that the fake platform has no business simulating.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RawServer {
  url: string;
  port: number;
  /** Every request received, with its headers. */
  requests: { method: string; url: string; headers: IncomingMessage['headers'] }[];
  close(): Promise<void>;
}

export async function startRawServer(handle: (req: IncomingMessage, res: ServerResponse) => void): Promise<RawServer> {
  const requests: RawServer['requests'] = [];
  const server = createServer((req, res) => {
    requests.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers });
    handle(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

const MiB = 1024 * 1024;

/**
 * Sends `total` bytes in 64 KiB chunks, honouring back-pressure, and counts what the socket
 * accepted: a client that stops reading stops this too. `declare` sets Content-Length.
 */
export function streamBytes(
  res: ServerResponse,
  total: number,
  options: { status?: number; declare?: boolean; contentType?: string; prefix?: string } = {},
): { sent: () => number } {
  let sent = 0;
  const chunk = Buffer.alloc(64 * 1024, 0x61);
  res.writeHead(options.status ?? 200, {
    'Content-Type': options.contentType ?? 'application/json',
    ...(options.declare ? { 'Content-Length': String(total) } : {}),
  });
  if (options.prefix) res.write(options.prefix);
  const pump = (): void => {
    while (sent < total && !res.destroyed) {
      const part = total - sent >= chunk.length ? chunk : chunk.subarray(0, total - sent);
      sent += part.length;
      if (!res.write(part)) {
        res.once('drain', pump);
        return;
      }
    }
    if (sent >= total) res.end();
  };
  res.on('error', () => undefined);
  pump();
  return { sent: () => sent };
}

export const GiB = 1024 * MiB;
export { MiB };
