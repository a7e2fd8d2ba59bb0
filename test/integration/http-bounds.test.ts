// The HTTP client against answers no platform should send but a broken proxy or a hostile
// network can: 1 GiB bodies (announced or endless), redirects (same host and another host),
// reflected credentials, and big downloads streamed to disk.
import { afterEach, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { createPlatformHttp } from '../../electron/services/http/client';
import { ANSWER_LIMITS, ERROR_BODY_LIMIT } from '../../electron/services/http/limits';
import type { AnswerInfo, PlatformRequest } from '../../electron/services/http/types';
import { createLogger } from '../../electron/services/log/logger';
import { ApiFailure, type ApiError } from '../../shared/errors';
import { instanceProfileSchema } from '../../shared/areas/instances/model';
import { GiB, MiB, startRawServer, streamBytes, type RawServer } from './support/raw-server';

const SECRET = 'Sup3r-s3cret-pa55';
const servers: RawServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

async function serve(handle: Parameters<typeof startRawServer>[0]): Promise<RawServer> {
  const server = await startRawServer(handle);
  servers.push(server);
  return server;
}

function client(baseUrl: string, lines: string[] = []) {
  const profile = instanceProfileSchema.parse({ id: 'edge', name: 'edge', baseUrl, authKind: 'basic-password', username: 'admin', timeoutMs: 30_000 });
  return createPlatformHttp({ profile, secret: SECRET, maxRetries: 0, log: createLogger((line) => lines.push(line), 'debug') });
}

async function failure(run: () => Promise<unknown>): Promise<ApiError> {
  try {
    await run();
  } catch (caught) {
    if (caught instanceof ApiFailure) return caught.error;
    throw caught;
  }
  throw new Error('expected an ApiFailure');
}

const GET = (path = '/artifactory/api/system/version', extra: Partial<PlatformRequest> = {}): PlatformRequest => ({ method: 'GET', path, ...extra });
const basic = `Basic ${Buffer.from(`admin:${SECRET}`).toString('base64')}`;

describe('bounded answers', () => {
  it('refuses an announced 1 GiB answer before reading it', async () => {
    let sent = () => 0;
    const server = await serve((_req, res) => void (sent = streamBytes(res, GiB, { declare: true }).sent));
    const error = await failure(() => client(server.url).json(GET()));
    expect(error).toMatchObject({ kind: 'too-large', code: 'ANSWER_TOO_LARGE', method: 'GET', path: '/artifactory/api/system/version' });
    expect(error.message).toBe('The answer is too large (over the 8 MiB limit for this call) (it announced 1 GiB). Lilypad stopped reading it.');
    expect(sent()).toBeLessThan(64 * MiB);
  });

  it('stops a 1 GiB answer without a length mid-stream at the limit; the process and its memory stay bounded', async () => {
    let sent = () => 0;
    const server = await serve((_req, res) => void (sent = streamBytes(res, GiB).sent));
    const before = process.memoryUsage();
    const error = await failure(() => client(server.url).json(GET()));
    const after = process.memoryUsage();
    expect(error).toMatchObject({ kind: 'too-large', code: 'ANSWER_TOO_LARGE' });
    expect(error.message).toBe('The answer is too large (over the 8 MiB limit for this call). Lilypad stopped reading it.');
    // What the server got rid of is bounded by the limit plus socket buffers, far from 1 GiB.
    expect(sent()).toBeLessThan(ANSWER_LIMITS.default + 32 * MiB);
    const grew = after.heapUsed + after.arrayBuffers - (before.heapUsed + before.arrayBuffers);
    expect(grew).toBeLessThan(128 * MiB);
  });

  it('lets a call that reads a list take more than the default', async () => {
    const size = ANSWER_LIMITS.default + MiB;
    const server = await serve((_req, res) => void streamBytes(res, size, { contentType: 'text/plain' }));
    expect((await failure(() => client(server.url).request(GET('/x')))).kind).toBe('too-large');
    const response = await client(server.url).request(GET('/x', { answerSize: 'list' }));
    expect(response.text.length).toBe(size);
  });

  it('reads only the start of a huge error page, still reporting the status and its message', async () => {
    const server = await serve((_req, res) => void streamBytes(res, GiB, { status: 500, contentType: 'text/plain', prefix: 'Database unavailable. ' }));
    const error = await failure(() => client(server.url).json(GET()));
    expect(error).toMatchObject({ kind: 'http', status: 500, message: 'The platform failed with an internal error (500).' });
    expect(error.platformMessage?.startsWith('Database unavailable.')).toBe(true);
    expect(ERROR_BODY_LIMIT).toBeLessThan(MiB);
  });
});

describe('redirects are never followed', () => {
  it('same host, other path: the error names the location and nothing is sent twice', async () => {
    const server = await serve((req, res) => {
      res.writeHead(302, { Location: '/ui/login?redirect=%2F' }).end();
    });
    const error = await failure(() => client(server.url).json(GET()));
    expect(error).toMatchObject({ kind: 'http', status: 302, code: 'REDIRECT' });
    expect(error.message).toBe(
      `The platform redirected to ${server.url}/ui/login (302). Lilypad follows no redirects: the base URL's path may be wrong (for example a missing or extra /artifactory).`,
    );
    expect(server.requests).toHaveLength(1);
  });

  it('http → https on the same host: the error says which base URL to use', async () => {
    const server = await serve((_req, res) => res.writeHead(301, { Location: `https://127.0.0.1:${9443}/artifactory/api/system/version` }).end());
    const error = await failure(() => client(server.url).json(GET()));
    expect(error.message).toBe(
      'The platform redirected to https://127.0.0.1:9443/artifactory/api/system/version (301). Lilypad follows no redirects: change the base URL to https://127.0.0.1:9443.',
    );
  });

  it('another host: the credential never reaches it, and the location is shown without its query', async () => {
    const other = await serve((_req, res) => res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"version":"7.0.0"}'));
    const otherHost = `localhost:${other.port}`;
    const server = await serve((_req, res) => res.writeHead(307, { Location: `http://user:pw@${otherHost}/steal?token=${SECRET}` }).end());
    const http = client(server.url);
    for (const run of [() => http.json(GET()), () => http.request({ method: 'POST', path: '/access/api/v2/users', json: { username: 'x' } })]) {
      const error = await failure(run);
      expect(error.message).toBe(
        `The platform redirected to http://${otherHost}/steal (307). Lilypad follows no redirects, so no credential went to ${otherHost}. If that is where the instance lives, change the base URL to it.`,
      );
      expect(JSON.stringify(error)).not.toContain(SECRET);
      expect(JSON.stringify(error)).not.toContain('pw@');
    }
    expect(other.requests).toEqual([]);
    expect(server.requests.every((request) => request.headers.authorization === basic)).toBe(true);
  });
});

describe('secrets the platform echoes back', () => {
  it('reports an answer that holds the credential (raw or as the Basic header) and one that does not', async () => {
    const server = await serve((req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(req.url === '/echo' ? JSON.stringify({ seen: req.headers.authorization }) : req.url === '/raw' ? `{"p":"${SECRET}"}` : '{"ok":true}');
    });
    const seen: Record<string, AnswerInfo> = {};
    const http = client(server.url);
    for (const path of ['/echo', '/raw', '/plain']) await http.request(GET(path, { onAnswer: (info) => (seen[path] = info) }));
    expect(seen['/echo'].secretEchoed).toBe(true);
    expect(seen['/raw'].secretEchoed).toBe(true);
    expect(seen['/plain']).toEqual({ bytes: 11, secretEchoed: false });
    const watched: AnswerInfo[] = [];
    await http.request(GET('/plain', { watchFor: ['{"ok":true'], onAnswer: (info) => watched.push(info) }));
    expect(watched[0].secretEchoed).toBe(true);
  });

  it('logs a failed call with method, path, status and duration, never the secret', async () => {
    const server = await serve((req, res) =>
      res.writeHead(400, { 'Content-Type': 'application/json' }).end(JSON.stringify({ errors: [{ message: `bad header ${req.headers.authorization} and ${SECRET}` }] })),
    );
    const lines: string[] = [];
    const error = await failure(() => client(server.url, lines).json(GET()));
    expect(JSON.stringify(error)).not.toContain(SECRET);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      / WARN {2}platform call failed \{"instance":"edge","method":"GET","path":"\/artifactory\/api\/system\/version","status":400,"kind":"http","attempts":1,"durationMs":\d+,"message":"The platform rejected the request as invalid \(400\)\."\}\n$/,
    );
    expect(lines[0]).not.toContain(SECRET);
    expect(lines[0]).not.toContain(basic.slice(6));
  });
});

describe('streamed downloads', () => {
  const dir = () => mkdtempSync(join(tmpdir(), 'lilypad-download-'));

  it('writes a big answer to a file, reporting progress, and leaves nothing else behind', async () => {
    const size = 12 * MiB;
    const server = await serve((_req, res) => void streamBytes(res, size, { declare: true, contentType: 'application/zip' }));
    const folder = dir();
    const file = join(folder, 'bundle.zip');
    const progress: [number, number | undefined][] = [];
    const result = await client(server.url).download(GET('/artifactory/api/system/support/bundle/x/archive'), {
      file,
      onProgress: (received, total) => progress.push([received, total]),
    });
    expect(result).toEqual({ status: 200, bytes: size, contentType: 'application/zip', file });
    expect(readFileSync(file).length).toBe(size);
    expect(readdirSync(folder)).toEqual(['bundle.zip']);
    expect(progress.at(-1)).toEqual([size, size]);
    expect(progress.every(([received], i) => i === 0 || received > progress[i - 1][0])).toBe(true);
  });

  it('a cancelled download leaves no file', async () => {
    const server = await serve((_req, res) => void streamBytes(res, GiB));
    const folder = dir();
    const controller = new AbortController();
    const error = await failure(() =>
      client(server.url).download(GET('/big', { signal: controller.signal }), { file: join(folder, 'big.zip'), onProgress: (received) => received > MiB && controller.abort() }),
    );
    expect(error.kind).toBe('cancelled');
    expect(readdirSync(folder)).toEqual([]);
  });

  it('a download over its limit, or cut by the server, leaves no file either', async () => {
    const big = await serve((_req, res) => void streamBytes(res, GiB));
    const folder = dir();
    const tooLarge = await failure(() => client(big.url).download(GET('/big'), { file: join(folder, 'a.zip'), maxBytes: 4 * MiB }));
    expect(tooLarge).toMatchObject({ kind: 'too-large', message: expect.stringContaining('over the 4 MiB limit') });
    const cut = await serve((_req, res) => {
      res.writeHead(200, { 'Content-Length': String(10 * MiB) });
      res.write(Buffer.alloc(MiB));
      setImmediate(() => res.socket?.destroy());
    });
    const reset = await failure(() => client(cut.url).download(GET('/cut'), { file: join(folder, 'b.zip') }));
    expect(reset.kind).toBe('network');
    expect(readdirSync(folder)).toEqual([]);
  });

  it('streams to a writable, and refuses redirects and error statuses like any call', async () => {
    const server = await serve((req, res) => {
      if (req.url === '/moved') res.writeHead(302, { Location: 'http://localhost:1/x' }).end();
      else if (req.url === '/gone') res.writeHead(404, { 'Content-Type': 'application/json' }).end('{"errors":[{"message":"No bundle"}]}');
      else streamBytes(res, 3 * MiB);
    });
    let written = 0;
    const sink = new Writable({ write: (chunk: Buffer, _encoding, done) => ((written += chunk.length), done()) });
    expect((await client(server.url).download(GET('/ok'), { stream: sink })).bytes).toBe(3 * MiB);
    expect(written).toBe(3 * MiB);
    const folder = dir();
    expect((await failure(() => client(server.url).download(GET('/moved'), { file: join(folder, 'm') }))).code).toBe('REDIRECT');
    expect(await failure(() => client(server.url).download(GET('/gone'), { file: join(folder, 'g') }))).toMatchObject({ status: 404, platformMessage: 'No bundle' });
    expect(existsSync(join(folder, 'm')) || existsSync(join(folder, 'g'))).toBe(false);
  });
});
