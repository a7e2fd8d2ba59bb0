// The browser host bounds what anything on this machine can hold open or send: sockets
// (all, and those without a session), trickling bodies, and the size of an answer.
import { afterEach, describe, expect, it } from 'vitest';
import { connect, type Socket } from 'node:net';
import { startBrowserHost, type BrowserHost, type BrowserHostOptions } from '../../electron/host/browser-host';
import { TEST_TOKEN, fakeRendererDir, fakeServices } from './support';
import { rawRequest } from '../support/raw-http';

const dirs = fakeRendererDir();
const hosts: BrowserHost[] = [];
const sockets: Socket[] = [];

afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.destroy();
  await Promise.all(hosts.splice(0).map((host) => host.close()));
});

async function start(options: Partial<BrowserHostOptions> = {}): Promise<BrowserHost> {
  const host = await startBrowserHost({ services: fakeServices(), staticDir: dirs.staticDir, token: TEST_TOKEN, ...options });
  hosts.push(host);
  return host;
}

interface Silent {
  socket: Socket;
  /** Resolves when the host (or the test) closed it. */
  gone: Promise<void>;
}

/** A raw socket that says nothing; resolves once connected. */
function silentSocket(host: BrowserHost): Promise<Silent> {
  const socket = connect(Number(new URL(host.origin).port), '127.0.0.1');
  sockets.push(socket);
  const gone = new Promise<void>((resolve) => socket.once('close', () => resolve()));
  socket.on('error', () => undefined);
  return new Promise((resolve) => socket.once('connect', () => resolve({ socket, gone })));
}

const goodCall = (host: BrowserHost) =>
  rawRequest(host.origin, {
    method: 'POST',
    path: '/api/call/app.info',
    headers: { host: new URL(host.origin).host, 'content-type': 'application/json', 'x-lilypad-session': TEST_TOKEN },
    body: '{}',
  });

describe('browser host: sockets', () => {
  it('closes a socket that never shows a session and stays silent', async () => {
    const host = await start({ connections: { unauthenticatedIdleMs: 200 } });
    const { socket, gone } = await silentSocket(host);
    await gone; // the test would time out otherwise
    expect(socket.destroyed).toBe(true);
    expect((await goodCall(host)).status).toBe(200);
  });

  it('keeps at most maxUnauthenticated silent sockets: the oldest go, a real call still gets through', async () => {
    const host = await start({ connections: { maxUnauthenticated: 3, unauthenticatedIdleMs: 60_000 } });
    const opened = [];
    for (let i = 0; i < 6; i++) opened.push(await silentSocket(host));
    // The three oldest were closed to make room for the newer ones.
    await Promise.all(opened.slice(0, 3).map(({ gone }) => gone));
    expect(opened.slice(3).every(({ socket }) => !socket.destroyed)).toBe(true);
    expect((await goodCall(host)).status).toBe(200);
  });

  it('refuses sockets over maxConnections', async () => {
    const host = await start({ connections: { maxConnections: 3, maxUnauthenticated: 100, unauthenticatedIdleMs: 60_000 } });
    const held = [await silentSocket(host), await silentSocket(host), await silentSocket(host)];
    const extra = await silentSocket(host);
    await extra.gone;
    expect(held.every(({ socket }) => !socket.destroyed)).toBe(true);
    for (const { socket } of held) socket.destroy();
    await Promise.all(held.map(({ gone }) => gone));
    await expect.poll(async () => (await goodCall(host)).status).toBe(200);
  });
});

describe('browser host: bodies and answers', () => {
  it('answers 408 and closes the socket when a body with a valid session trickles past the deadline', async () => {
    const host = await start({ bodyDeadlineMs: 200 });
    const { socket, gone } = await silentSocket(host);
    let received = '';
    socket.on('data', (chunk: Buffer) => (received += chunk.toString()));
    socket.write(
      [
        'POST /api/call/app.info HTTP/1.1',
        `Host: ${new URL(host.origin).host}`,
        'Content-Type: application/json',
        `x-lilypad-session: ${TEST_TOKEN}`,
        'Content-Length: 100',
        '',
        '{"slow":',
      ].join('\r\n'),
    );
    await gone;
    expect(received).toMatch(/^HTTP\/1\.1 408 /);
    expect(received).toContain('did not arrive within');
  });

  it('turns an answer over the window limit into a clear too-large error', async () => {
    const services = fakeServices();
    services.dispatch = async () => ({ ok: true, value: { rows: 'x'.repeat(5000) } });
    const host = await start({ services, resultLimit: 1024 });
    const response = await goodCall(host);
    expect(response.status).toBe(200);
    const result = JSON.parse(response.text) as { ok: boolean; error: { kind: string; message: string } };
    expect(result).toMatchObject({ ok: false, error: { kind: 'too-large' } });
    expect(result.error.message).toContain('The answer is too large to show (over the 1 KiB limit for one call)');
    expect(response.text.length).toBeLessThan(1024);
  });
});
