// The browser host refuses what a hostile page or process on this machine could send,
// and serves the renderer with the security headers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { startBrowserHost, type BrowserHost } from '../../electron/host/browser-host';
import { CONTENT_SECURITY_POLICY, contentSecurityPolicy } from '../../electron/shell/hardening';
import { TEST_TOKEN, fakeRendererDir, fakeServices, indexWithNonce, nonceOf } from './support';
import { rawRequest } from '../support/raw-http';

const services = fakeServices();
const dirs = fakeRendererDir();
let host: BrowserHost;
let port: string;

const call = (headers: Record<string, string>, body = '{}', path = '/api/call/app.info') =>
  rawRequest(host.origin, { method: 'POST', path, headers: { 'content-type': 'application/json', ...headers }, body });
const good = () => ({ host: `127.0.0.1:${port}`, 'x-lilypad-session': TEST_TOKEN });

beforeAll(async () => {
  symlinkSync(join(dirs.root, 'secret.txt'), join(dirs.staticDir, 'link.txt'));
  host = await startBrowserHost({ services, staticDir: dirs.staticDir, token: TEST_TOKEN, bodyLimit: 64 * 1024 });
  port = new URL(host.origin).port;
});
afterAll(() => host.close());

describe('browser host: where and how it listens', () => {
  it('binds 127.0.0.1 and hands over in the URL fragment a one-time code, never the session token', () => {
    expect(host.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(host.url).toMatch(new RegExp(`^${host.origin}/#code=[A-Za-z0-9_-]{40,}$`));
    expect(host.url).not.toContain(TEST_TOKEN);
  });

  it('makes a fresh random token per launch when none is given', async () => {
    const a = await startBrowserHost({ services, staticDir: dirs.staticDir });
    const b = await startBrowserHost({ services, staticDir: dirs.staticDir });
    try {
      expect(a.token).toMatch(/^[A-Za-z0-9_-]{40,}$/);
      expect(a.token).not.toBe(b.token);
    } finally {
      await a.close();
      await b.close();
    }
  });

  it('refuses a malformed pinned token', async () => {
    await expect(startBrowserHost({ services, staticDir: dirs.staticDir, token: 'short' })).rejects.toThrow(/session token/);
  });

  it('stops accepting connections after close()', async () => {
    const other = await startBrowserHost({ services, staticDir: dirs.staticDir });
    await other.close();
    await expect(rawRequest(other.origin, { path: '/' })).rejects.toThrow(/ECONNREFUSED/);
  });
});

describe('browser host: bridge calls', () => {
  it('answers a good call with 200 and the dispatcher result, passing an abort signal', async () => {
    const response = await call(good(), '{}');
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    expect(JSON.parse(response.text)).toEqual({ ok: true, value: { echoed: 'app.info' } });
    expect(services.calls.at(-1)?.meta?.signal).toBeInstanceOf(AbortSignal);
  });

  it('also accepts Host localhost:PORT with its matching Origin', async () => {
    const response = await call({ ...good(), host: `localhost:${port}`, origin: `http://localhost:${port}` });
    expect(response.status).toBe(200);
  });

  it('401 without a token', async () => {
    const before = services.calls.length;
    const response = await call({ host: `127.0.0.1:${port}` });
    expect(response.status).toBe(401);
    expect(JSON.parse(response.text)).toMatchObject({ ok: false });
    expect(services.calls.length).toBe(before);
  });

  it('401 with a wrong token, even one that shares a prefix', async () => {
    for (const token of ['nope', TEST_TOKEN.slice(0, -1), `${TEST_TOKEN}x`, TEST_TOKEN.toUpperCase()]) {
      const response = await call({ ...good(), 'x-lilypad-session': token });
      expect(response.status, token).toBe(401);
    }
  });

  it('403 for a foreign Host (DNS rebinding), even with the right token', async () => {
    for (const foreign of ['evil.example:80', `evil.example:${port}`, `127.0.0.1:${Number(port) + 1}`, '127.0.0.1', `0.0.0.0:${port}`]) {
      const response = await call({ ...good(), host: foreign });
      expect(response.status, foreign).toBe(403);
    }
  });

  it('403 for a foreign Origin, even with the right token', async () => {
    for (const origin of ['http://evil.example', `https://127.0.0.1:${port}`, `http://localhost:${port}`, 'null']) {
      const response = await call({ ...good(), origin });
      expect(response.status, origin).toBe(403);
    }
    const own = await call({ ...good(), origin: host.origin });
    expect(own.status).toBe(200);
  });

  it('never sends CORS headers, not even to a preflight', async () => {
    const preflight = await rawRequest(host.origin, {
      method: 'OPTIONS',
      path: '/api/call/app.info',
      headers: { host: `127.0.0.1:${port}`, origin: 'http://evil.example', 'access-control-request-method': 'POST' },
    });
    expect(preflight.status).toBe(403);
    const response = await call(good());
    for (const r of [preflight, response]) {
      expect(Object.keys(r.headers).filter((name) => name.startsWith('access-control-'))).toEqual([]);
    }
  });

  it('415 for a body that is not declared JSON', async () => {
    const response = await call({ ...good(), 'content-type': 'text/plain' });
    expect(response.status).toBe(415);
  });

  it('413 for a body over the limit', async () => {
    const response = await call(good(), JSON.stringify({ json: 'x'.repeat(70 * 1024) }), '/api/call/instances.import');
    expect(response.status).toBe(413);
    expect(JSON.parse(response.text)).toMatchObject({ ok: false, error: { kind: 'validation' } });
  });

  it('413 for a chunked body (no Content-Length) that grows over the limit', async () => {
    const before = services.calls.length;
    const response = await call({ ...good(), 'transfer-encoding': 'chunked' }, JSON.stringify({ json: 'y'.repeat(70 * 1024) }), '/api/call/instances.import');
    expect(response.status).toBe(413);
    expect(services.calls.length).toBe(before);
  });

  it('400 with a validation CallResult for unparsable JSON', async () => {
    const response = await call(good(), '{"instanceId":');
    expect(response.status).toBe(400);
    expect(JSON.parse(response.text)).toMatchObject({ ok: false, error: { kind: 'validation' } });
  });

  it('405 for GET on a call', async () => {
    const response = await rawRequest(host.origin, { path: '/api/call/app.info', headers: good() });
    expect(response.status).toBe(405);
  });

  it('passes unknown names to the dispatcher, which answers a validation error (200, not 404)', async () => {
    const response = await call(good(), '{}', '/api/call/no.such.call');
    expect(response.status).toBe(200);
    expect(JSON.parse(response.text)).toMatchObject({ ok: false, error: { kind: 'validation' } });
  });
});

describe('browser host: static files', () => {
  it('serves index.html for / with the CSP, no-store and the other security headers', async () => {
    const response = await rawRequest(host.origin, { path: '/', headers: { host: `127.0.0.1:${port}` } });
    expect(response.status).toBe(200);
    const nonce = nonceOf(response.headers['content-security-policy'] as string);
    expect(response.text).toBe(indexWithNonce(nonce));
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.headers['content-security-policy']).toBe(contentSecurityPolicy(nonce));
    const again = await rawRequest(host.origin, { path: '/', headers: { host: `127.0.0.1:${port}` } });
    expect(nonceOf(again.headers['content-security-policy'] as string)).not.toBe(nonce);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['referrer-policy']).toBe('no-referrer');
  });

  it('serves assets with their content types', async () => {
    const js = await rawRequest(host.origin, { path: '/assets/app.js?v=1', headers: { host: `127.0.0.1:${port}` } });
    expect(js.status).toBe(200);
    expect(js.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(js.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    const css = await rawRequest(host.origin, { path: '/assets/app.css', headers: { host: `127.0.0.1:${port}` } });
    expect(css.headers['content-type']).toBe('text/css; charset=utf-8');
    // Names without a content hash may change under the same URL: checked again each time.
    expect(js.headers['cache-control']).toBe('no-cache');
  });

  it('lets the browser keep content-hashed bundles without asking again', async () => {
    const hashed = await rawRequest(host.origin, { path: '/assets/app-B1x_9kQz.js', headers: { host: `127.0.0.1:${port}` } });
    expect(hashed.status).toBe(200);
    expect(hashed.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('refuses path traversal and symlinks out of the static folder', async () => {
    const attempts = [
      '/../secret.txt',
      '/assets/../../secret.txt',
      '/%2e%2e/secret.txt',
      '/assets/%2E%2E/%2e%2e/secret.txt',
      '/..%2fsecret.txt',
      '/..%5csecret.txt',
      '/link.txt',
      '/%00index.html',
      '/assets',
    ];
    for (const path of attempts) {
      const response = await rawRequest(host.origin, { path, headers: { host: `127.0.0.1:${port}` } });
      expect([403, 404], path).toContain(response.status);
      expect(response.text).not.toContain('do not serve me');
    }
  });

  it('403 for static files under a foreign Host', async () => {
    const response = await rawRequest(host.origin, { path: '/', headers: { host: 'evil.example' } });
    expect(response.status).toBe(403);
    expect(response.text).not.toContain('Lilypad');
  });

  it('405 for POST on a static path', async () => {
    const response = await rawRequest(host.origin, { method: 'POST', path: '/index.html', headers: { host: `127.0.0.1:${port}` } });
    expect(response.status).toBe(405);
  });
});
