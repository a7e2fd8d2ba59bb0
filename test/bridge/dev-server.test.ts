// `npm run dev`: Vite's dev server proxies /api to the browser host. The host's guards still
// hold through the proxy: the dev page's own Origin is accepted, any other Origin, a
// missing session token or a foreign Host is refused, and the session hand-over in the
// printed URL is the host's.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { devContentSecurityPolicy, isRendererSource, originForHost, startDevServer, type DevServer } from '../../electron/dev';
import { SESSION_HEADER } from '../../electron/host/browser-host';
import { fakeServices, TEST_TOKEN } from './support';
import { rawRequest } from '../support/raw-http';

describe('dev server in front of the browser host', () => {
  const services = fakeServices();
  let dev: DevServer;
  let devHost: string;

  beforeAll(async () => {
    dev = await startDevServer({ services, token: TEST_TOKEN });
    devHost = new URL(dev.origin).host;
  });
  afterAll(async () => {
    await dev?.close();
  });

  const call = (headers: Record<string, string>) =>
    rawRequest(dev.origin, { method: 'POST', path: '/api/call/instances.list', headers: { host: devHost, 'content-type': 'application/json', ...headers }, body: '{}' });

  it('hands the host session over in the dev URL', () => {
    expect(dev.url.startsWith(`${dev.origin}/#`)).toBe(true);
    expect(new URL(dev.url).hash).toBe(new URL(dev.host.url).hash);
  });

  it('serves the renderer with hot reload and a per-load nonce that allows only its own inline script', async () => {
    const page = await rawRequest(dev.origin, { path: '/', headers: { host: devHost, accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(page.text).toContain('/@vite/client');
    const policy = String(page.headers['content-security-policy']);
    const nonce = /script-src 'self' 'nonce-([A-Za-z0-9+/=]+)'/.exec(policy)?.[1] ?? '';
    expect(nonce).not.toBe('');
    expect(policy).toContain(`style-src 'self' 'nonce-${nonce}'`);
    expect(page.text).toContain(`nonce="${nonce}"`);
    expect(page.text).not.toContain('LILYPAD_CSP_NONCE');
    expect(policy).not.toContain('unsafe');
    expect(Number(page.headers['content-length'])).toBe(Buffer.byteLength(page.text));
    const again = await rawRequest(dev.origin, { path: '/', headers: { host: devHost, accept: 'text/html' } });
    expect(String(again.headers['content-security-policy'])).not.toContain(nonce);
  });

  it("keeps renderer/api's source modules with Vite instead of proxying them", async () => {
    const module = await rawRequest(dev.origin, { path: '/api/bridge.ts', headers: { host: devHost } });
    expect(module.status).toBe(200);
    expect(module.text).toContain('getBridge');
  });

  it('answers a call from the dev page through the proxy', async () => {
    const response = await call({ origin: dev.origin, [SESSION_HEADER]: TEST_TOKEN });
    expect(response.status).toBe(200);
    expect(JSON.parse(response.text)).toEqual({ ok: true, value: { echoed: 'instances.list' } });
    expect(services.calls.map((c) => c.name)).toContain('instances.list');
  });

  it('refuses another origin, even with the session token', async () => {
    const before = services.calls.length;
    const response = await call({ origin: 'http://evil.example', [SESSION_HEADER]: TEST_TOKEN });
    expect(response.status).toBe(403);
    expect(services.calls.length).toBe(before);
  });

  it('refuses a call without the session token', async () => {
    const response = await call({ origin: dev.origin });
    expect(response.status).toBe(401);
  });

  it('refuses a foreign Host (DNS rebinding) before proxying', async () => {
    const before = services.calls.length;
    const response = await rawRequest(dev.origin, {
      method: 'POST',
      path: '/api/call/instances.list',
      headers: { host: `evil.example:${new URL(dev.origin).port}`, 'content-type': 'application/json', [SESSION_HEADER]: TEST_TOKEN },
      body: '{}',
    });
    expect(response.status).toBe(403);
    expect(services.calls.length).toBe(before);
  });
});

describe('originForHost', () => {
  const hostOrigin = 'http://127.0.0.1:4000';
  it("translates only the dev page's own origin", () => {
    expect(originForHost({ host: '127.0.0.1:5173', origin: 'http://127.0.0.1:5173' }, 5173, hostOrigin)).toBe(hostOrigin);
    expect(originForHost({ host: 'localhost:5173', origin: 'http://localhost:5173' }, 5173, hostOrigin)).toBe(hostOrigin);
    expect(originForHost({ host: '127.0.0.1:5173', origin: 'http://localhost:5173' }, 5173, hostOrigin)).toBe('http://localhost:5173');
    expect(originForHost({ host: '127.0.0.1:5173', origin: 'http://evil.example' }, 5173, hostOrigin)).toBe('http://evil.example');
    expect(originForHost({ host: '127.0.0.1:5174', origin: 'http://127.0.0.1:5174' }, 5173, hostOrigin)).toBe('http://127.0.0.1:5174');
    expect(originForHost({ host: '127.0.0.1:5173' }, 5173, hostOrigin)).toBeUndefined();
  });
});

describe('isRendererSource', () => {
  it('is true only for files inside renderer/', () => {
    expect(isRendererSource('/api/bridge.ts?t=1')).toBe(true);
    expect(isRendererSource('/api/call/instances.list')).toBe(false);
    expect(isRendererSource('/api/')).toBe(false);
    expect(isRendererSource('/../package.json')).toBe(false);
    expect(isRendererSource('/%E0%A4%A')).toBe(false);
  });
});

describe('devContentSecurityPolicy', () => {
  it('adds the nonce to script-src and the hot-reload socket to connect-src, nothing else', () => {
    const policy = devContentSecurityPolicy('abc=', 5173);
    expect(policy).toContain("script-src 'self' 'nonce-abc='");
    expect(policy).toContain("connect-src 'self' ws://127.0.0.1:5173 ws://localhost:5173");
    expect(policy).toContain("object-src 'none'");
    expect(policy).not.toContain('unsafe');
  });
});
