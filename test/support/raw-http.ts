// A bare HTTP(S) client for tests that must see exactly what a server answers: no
// keep-alive, no retries, no redirects, headers (Host too) and the path sent as given
// (fetch would normalise "/%2e%2e/" away and refuses to set Host).
import http, { type IncomingHttpHeaders } from 'node:http';
import https from 'node:https';

export interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  text: string;
}

export interface RawRequest {
  method?: string;
  /** Sent verbatim instead of the URL's own path and query. */
  path?: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
  /** Trusted CA for HTTPS; without it Node's default store is used. */
  ca?: string;
  timeoutMs?: number;
}

export function rawRequest(url: string, options: RawRequest = {}): Promise<RawResponse> {
  const target = new URL(url);
  const client = target.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const req = client.request(
      {
        protocol: target.protocol,
        hostname: target.hostname,
        port: target.port,
        path: options.path ?? `${target.pathname}${target.search}`,
        method: options.method ?? 'GET',
        headers: options.headers,
        agent: false,
        ...(options.ca ? { ca: options.ca } : {}),
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    if (options.timeoutMs) req.setTimeout(options.timeoutMs, () => req.destroy(new Error('client timeout')));
    req.end(options.body);
  });
}

export const basic = (username: string, secret: string) => ({ authorization: `Basic ${Buffer.from(`${username}:${secret}`).toString('base64')}` });
export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
