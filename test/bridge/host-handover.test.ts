// The browser host's session hand-over: a link carries a one-time code, a page trades it
// once for a session of its own, a signed-in page can bring another tab in, and the
// reusable token (automation) is never handed out.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserHost, type BrowserHost } from '../../electron/host/browser-host';
import { TEST_TOKEN, fakeRendererDir, fakeServices } from './support';
import { rawRequest, type RawResponse } from '../support/raw-http';

let host: BrowserHost;
let hostHeader: string;
const services = fakeServices();

beforeAll(async () => {
  host = await startBrowserHost({ services, staticDir: fakeRendererDir().staticDir, token: TEST_TOKEN });
  hostHeader = new URL(host.origin).host;
});
afterAll(() => host.close());

const post = (path: string, body: unknown, session?: string, extra: Record<string, string> = {}): Promise<RawResponse> =>
  rawRequest(host.origin, {
    method: 'POST',
    path,
    headers: { host: hostHeader, 'content-type': 'application/json', ...(session ? { 'x-lilypad-session': session } : {}), ...extra },
    body: JSON.stringify(body),
  });
const codeOf = (url: string): string => url.split('#code=')[1];
const exchange = (code: string) => post('/api/session', { code });
const call = (session: string) => post('/api/call/app.info', {}, session);

describe('hand-over codes', () => {
  it('trade once for a session that answers calls; the same code then fails, and the answer is not cacheable', async () => {
    const code = codeOf(host.newHandOverUrl());
    const first = await exchange(code);
    expect(first.status).toBe(200);
    expect(first.headers['cache-control']).toBe('no-store');
    const session = (JSON.parse(first.text) as { value: { session: string } }).value.session;
    expect(session).toMatch(/^[A-Za-z0-9_-]{40,}$/);
    expect(session).not.toBe(TEST_TOKEN);
    expect(session).not.toBe(code);
    expect((await call(session)).status).toBe(200);
    const replay = await exchange(code);
    expect(replay.status).toBe(401);
    expect(JSON.parse(replay.text)).toMatchObject({ ok: false, error: { message: expect.stringContaining('already used') } });
  });

  it('are not sessions themselves, and unknown or malformed codes get nothing', async () => {
    const code = codeOf(host.newHandOverUrl());
    expect((await call(code)).status).toBe(401);
    for (const body of [{ code: 'x'.repeat(40) }, { code: 42 }, {}, { code: TEST_TOKEN }]) {
      expect((await post('/api/session', body)).status, JSON.stringify(body)).toBe(401);
    }
    // Still unused after all that: it works once.
    expect((await exchange(code)).status).toBe(200);
  });

  it('each link has its own code, and a page may bring another tab in with a fresh one', async () => {
    const a = codeOf(host.newHandOverUrl());
    const b = codeOf(host.newHandOverUrl());
    expect(a).not.toBe(b);
    const session = (JSON.parse((await exchange(a)).text) as { value: { session: string } }).value.session;
    expect((await post('/api/session/handover', {})).status).toBe(401);
    const lent = await post('/api/session/handover', {}, session);
    expect(lent.status).toBe(200);
    const fresh = (JSON.parse(lent.text) as { value: { code: string } }).value.code;
    expect((await exchange(fresh)).status).toBe(200);
    expect((await exchange(fresh)).status).toBe(401);
    expect((await exchange(b)).status).toBe(200);
  });

  it('runs the redemption hook once, when the page trades the code', async () => {
    let redeemed = 0;
    const code = codeOf(host.newHandOverUrl(() => redeemed++));
    expect(redeemed).toBe(0);
    await exchange(code);
    await exchange(code);
    expect(redeemed).toBe(1);
  });

  it('refuses the exchange from a foreign origin (a page elsewhere cannot trade a stolen code)', async () => {
    const code = codeOf(host.newHandOverUrl());
    expect((await post('/api/session', { code }, undefined, { origin: 'http://evil.example' })).status).toBe(403);
    expect((await exchange(code)).status).toBe(200);
  });
});
