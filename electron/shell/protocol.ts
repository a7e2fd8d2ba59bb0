// app://lilypad/ serves the built renderer from disk. A custom privileged scheme (not
// file://) gives the page a real origin for CSP and the IPC sender check, and the app
// never loads a remote URL.
import { protocol } from 'electron';
import { readFile } from 'node:fs/promises';
import { APP_HOST, APP_SCHEME, SECURITY_HEADERS, cacheControlOf, contentTypeOf, resolveStaticFile, staticBody } from './hardening';

/** Must run before app 'ready'. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } }]);
}

const notFound = () => new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8', ...SECURITY_HEADERS } });

/** Must run after app 'ready'. */
export function serveAppScheme(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    if (url.host !== APP_HOST || (request.method !== 'GET' && request.method !== 'HEAD')) return notFound();
    const file = resolveStaticFile(rendererDir, url.pathname);
    if (!file) return notFound();
    // index.html gets this load's CSP nonce (for emotion's <style> tags) in markup and policy.
    const { body, headers } = staticBody(file, await readFile(file));
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
      status: 200,
      headers: { 'Content-Type': contentTypeOf(file), 'Cache-Control': cacheControlOf(file), ...headers },
    });
  });
}
