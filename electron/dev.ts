// `npm run dev`: the renderer from Vite's dev server (hot reload) in front of the browser
// host, whose services run in plain Node as with `npm start`. Vite proxies /api to the host.
// The host's Host and Origin guards stay as they are: the proxy sends the host its own Host,
// and translates the Origin of the dev server's own page (and only that one) into the
// host's. Any other Origin is forwarded untouched, so the host refuses it.
import type { IncomingHttpHeaders } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createServer, type Plugin, type ViteDevServer } from 'vite';
import { startBrowserHost, type BrowserHost } from './host/browser-host';
import { resolveDataDir } from './host/data-dir';
import { openInBrowser } from './host/open-browser';
import { createAppServices } from './services/app-services';
import { contentSecurityPolicy, newCspNonce, withCspNonce } from './shell/hardening';
import type { AppServices } from './services/app-services-types';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));
const rendererDir = join(projectRoot, 'renderer');
const API_PREFIX = '/api';

/** renderer/api/ holds source modules that Vite serves under the host's /api prefix: those stay with Vite. */
export function isRendererSource(url: string | undefined, root: string = rendererDir): boolean {
  try {
    const file = resolve(root, `.${decodeURIComponent((url ?? '/').split('?')[0])}`);
    const inside = relative(root, file);
    return !inside.startsWith('..') && existsSync(file) && statSync(file).isFile();
  } catch {
    return false;
  }
}

/** The Origin to send the host: the host's own for the dev server's page, otherwise the one given (which the host refuses). */
export function originForHost(headers: IncomingHttpHeaders, devPort: number, hostOrigin: string): string | undefined {
  const { origin, host } = headers;
  if (typeof origin !== 'string') return undefined;
  const devHosts = [`127.0.0.1:${devPort}`, `localhost:${devPort}`];
  const fromDevPage = typeof host === 'string' && devHosts.includes(host.toLowerCase()) && origin.toLowerCase() === `http://${host.toLowerCase()}`;
  return fromDevPage ? hostOrigin : origin;
}

/**
 * The dev page gets the same policy as the built one, with this load's nonce, plus what the
 * dev server itself needs: its inline React Refresh preamble (Vite gives it the nonce) and
 * the hot-reload socket. Nothing else is loosened, and only for the dev server.
 */
export function devContentSecurityPolicy(nonce: string, devPort: number): string {
  return contentSecurityPolicy(nonce)
    .replace("script-src 'self'", `script-src 'self' 'nonce-${nonce}'`)
    .replace("connect-src 'self'", `connect-src 'self' ws://127.0.0.1:${devPort} ws://localhost:${devPort}`);
}

const isPageRequest = (url: string | undefined): boolean => {
  const path = (url ?? '/').split('?')[0];
  return path === '/' || path === '/index.html';
};

/** Per page load: a fresh nonce in the CSP header and in every spot Vite marked in index.html. */
function devCsp(devPort: () => number): Plugin {
  return {
    name: 'lilypad-dev-csp',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        if (!isPageRequest(request.url)) return next();
        const nonce = newCspNonce();
        response.setHeader('Content-Security-Policy', devContentSecurityPolicy(nonce, devPort()));
        const end = response.end.bind(response) as (...args: unknown[]) => typeof response;
        response.end = ((chunk?: unknown, ...rest: unknown[]) => {
          if (typeof chunk === 'string' || Buffer.isBuffer(chunk)) {
            const html = withCspNonce(chunk.toString(), nonce);
            if (!response.headersSent) response.setHeader('Content-Length', Buffer.byteLength(html));
            return end(html, ...rest);
          }
          return end(chunk, ...rest);
        }) as typeof response.end;
        next();
      });
    },
  };
}

export interface DevServerOptions {
  services: AppServices;
  /** The dev server's port; 0 or absent: any free port. */
  port?: number;
  /** The browser host's session token; absent: a fresh one (tests pin one). */
  token?: string;
}

export interface DevServer {
  /** The dev server's URL with the host's session hand-over (the fragment of the host's URL). */
  url: string;
  origin: string;
  host: BrowserHost;
  close(): Promise<void>;
}

export async function startDevServer(options: DevServerOptions): Promise<DevServer> {
  // The host serves only /api here; dist/renderer need not exist.
  const host = await startBrowserHost({ services: options.services, staticDir: join(projectRoot, 'dist', 'renderer'), port: 0, token: options.token });
  let devPort = 0;
  let vite: ViteDevServer;
  try {
    vite = await createServer({
      configFile: join(projectRoot, 'vite.config.ts'),
      clearScreen: false,
      plugins: [devCsp(() => devPort)],
      server: {
        host: '127.0.0.1',
        port: options.port ?? 0,
        strictPort: options.port !== undefined && options.port !== 0,
        // The page and its API share one origin; no other page gets CORS access.
        cors: false,
        proxy: {
          [API_PREFIX]: {
            target: host.origin,
            changeOrigin: true,
            bypass: (request) => (isRendererSource(request.url) ? request.url : undefined),
            configure(proxy) {
              proxy.on('proxyReq', (proxyRequest, request) => {
                const origin = originForHost(request.headers, devPort, host.origin);
                if (origin !== undefined) proxyRequest.setHeader('origin', origin);
              });
            },
          },
        },
      },
    });
    await vite.listen();
  } catch (error) {
    await host.close();
    throw error;
  }
  const address = vite.httpServer?.address();
  devPort = typeof address === 'object' && address ? address.port : 0;
  const origin = `http://127.0.0.1:${devPort}`;
  const hostUrl = new URL(host.url);
  return {
    url: `${origin}/${hostUrl.search}${hostUrl.hash}`,
    origin,
    host,
    async close() {
      await vite.close();
      await host.close();
    },
  };
}

function packageVersion(): string | undefined {
  return (JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { version?: string }).version;
}

async function main(): Promise<void> {
  const dataDir = resolveDataDir();
  const services = createAppServices({ dataDir, runtime: 'browser-host', version: packageVersion() });
  const port = Number(process.env.LILYPAD_DEV_PORT || 5173);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new Error(`LILYPAD_DEV_PORT must be a port number (0–65535), not "${process.env.LILYPAD_DEV_PORT}".`);
  const dev = await startDevServer({ services, port }).catch(async (error: unknown) => {
    await services.close();
    throw error;
  });
  console.log(`Lilypad dev server (renderer hot reload) at:\n\n  ${dev.url}\n`);
  console.log(`API calls go to the browser host at ${dev.host.origin}. Profiles are kept in ${dataDir}; secrets stay in memory.`);
  console.log('The link carries a one-time session token; keep it to yourself. Press Ctrl+C to stop.');
  openInBrowser(dev.url);
  const stop = () => {
    dev
      .close()
      .then(() => services.close())
      .then(
        () => process.exit(0),
        () => process.exit(1),
      );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

const isEntry = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isEntry) {
  main().catch((error: unknown) => {
    console.error(`The dev server could not start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
