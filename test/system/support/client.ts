// One request through the proxy under test, with a chosen Host header and scheme.
// Self-signed certificates are accepted: the proxy's TLS is not what is under test.
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';

export interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

export interface Ask {
  port: number;
  path: string;
  host?: string;
  https?: boolean;
  headers?: Record<string, string>;
}

export function ask({ port, path, host, https, headers }: Ask): Promise<Answer> {
  const request = https ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path,
        method: 'GET',
        headers: { ...(host ? { host } : {}), ...headers, connection: 'close' },
        rejectUnauthorized: false,
        servername: host?.split(':')[0],
        timeout: 10_000,
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('timeout', () => req.destroy(new Error(`timed out asking ${path}`)));
    req.on('error', reject);
    req.end();
  });
}
