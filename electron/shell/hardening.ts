// The security policy of both hosts (Electron's app:// protocol and the loopback browser
// host), kept free of any 'electron' import so tests and plain Node can use it.
import { randomBytes } from 'node:crypto';
import { realpathSync, statSync } from 'node:fs';
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';

/** The only origin our renderer runs on inside Electron. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'lilypad';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** The window's renderer gets no Node, runs sandboxed and isolated from the preload. */
export function secureWebPreferences(preloadPath: string) {
  return {
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    spellcheck: false,
    // The app's code comes from its own files (app://, code cache on): cache what V8 compiled
    // from the first run, so a screen's code opened in the next session starts compiled.
    v8CacheOptions: 'bypassHeatCheck',
    preload: preloadPath,
  } as const;
}

/**
 * The page's styles: the built CSS file ('self') and the <style> tags emotion (MUI) adds at
 * run time, each carrying the per-load nonce that both hosts put into index.html (Vite marks
 * the spot, renderer/main.tsx hands the nonce to emotion). No 'unsafe-inline': React sets
 * element styles through the CSSOM, which CSP does not govern, so no style attribute needs it.
 */
function cspDirectives(nonce: string | undefined): ReadonlyArray<readonly [string, string]> {
  return [
    ['default-src', "'self'"],
    ['script-src', "'self'"],
    ['style-src', nonce ? `'self' 'nonce-${nonce}'` : "'self'"],
    ['img-src', "'self' data:"],
    ['connect-src', "'self'"],
    ['font-src', "'self' data:"],
    ['object-src', "'none'"],
    ['base-uri', "'none'"],
    ['frame-ancestors', "'none'"],
    ['form-action', "'none'"],
  ];
}

/** The policy of one page load; without a nonce (assets, errors) no inline style is allowed at all. */
export function contentSecurityPolicy(nonce?: string): string {
  return cspDirectives(nonce)
    .map(([name, value]) => `${name} ${value}`)
    .join('; ');
}

export const CONTENT_SECURITY_POLICY = contentSecurityPolicy();

/** What Vite writes where the nonce goes (vite.config.ts `html.cspNonce`). */
export const CSP_NONCE_PLACEHOLDER = 'LILYPAD_CSP_NONCE';

/** A fresh nonce per page load: 128 bits, base64 (the CSP nonce alphabet). */
export function newCspNonce(): string {
  return randomBytes(16).toString('base64');
}

/** index.html with this load's nonce in every place Vite marked. */
export function withCspNonce(html: string, nonce: string): string {
  return html.split(CSP_NONCE_PLACEHOLDER).join(nonce);
}

/** The page itself (index.html) gets a nonce; other files do not need one. */
export const isHtmlDocument = (filePath: string): boolean => extname(filePath).toLowerCase() === '.html';

const OTHER_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

/** Headers sent with every static file, by both hosts. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  ...OTHER_SECURITY_HEADERS,
};

/** The headers of one page load, with its nonce in the policy. */
export function securityHeadersFor(nonce: string | undefined): Record<string, string> {
  return { 'Content-Security-Policy': contentSecurityPolicy(nonce), ...OTHER_SECURITY_HEADERS };
}

/**
 * A static file as both hosts serve it: index.html gets a fresh nonce in its markup and in
 * its policy; every other file is sent as it is on disk.
 */
export function staticBody(filePath: string, content: Buffer): { body: Buffer; headers: Record<string, string> } {
  if (!isHtmlDocument(filePath)) return { body: content, headers: { ...SECURITY_HEADERS } };
  const nonce = newCspNonce();
  return { body: Buffer.from(withCspNonce(content.toString('utf8'), nonce)), headers: securityHeadersFor(nonce) };
}

/** A bridge call is accepted only from our own page, loaded from app://lilypad/. */
export function isTrustedRendererUrl(url: string | undefined | null): boolean {
  if (typeof url !== 'string') return false;
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST && url.startsWith(`${APP_ORIGIN}/`);
  } catch {
    return false;
  }
}

/** The minimal shape of Electron's WebFrameMain the sender check needs. */
export interface FrameLike {
  readonly url: string;
  readonly parent: FrameLike | null;
  /** With routingId, identifies a frame across JS wrappers (Electron's WebFrameMain has both). */
  readonly processId?: number;
  readonly routingId?: number;
}

function isSameFrame(a: FrameLike, b: FrameLike): boolean {
  if (a === b) return true;
  return a.processId !== undefined && a.routingId !== undefined && a.processId === b.processId && a.routingId === b.routingId;
}

/** Only the main frame of our own window, showing our own page, may call the bridge. */
export function isTrustedSender(frame: FrameLike | null | undefined, ourMainFrame: FrameLike | null | undefined): boolean {
  if (!frame || !ourMainFrame) return false;
  return isSameFrame(frame, ourMainFrame) && frame.parent === null && isTrustedRendererUrl(frame.url);
}

/** Navigation inside the window stays on our origin; everything else is refused. */
export function isInAppNavigation(url: string): boolean {
  return isTrustedRendererUrl(url);
}

const MAX_EXTERNAL_URL = 2048;

/**
 * Links leave the app only to the OS browser, and only as plain http(s) URLs without
 * credentials: file:, javascript:, custom schemes or junk could run local programs.
 */
export function isSafeExternalUrl(candidate: unknown): candidate is string {
  if (typeof candidate !== 'string' || candidate.length === 0 || candidate.length > MAX_EXTERNAL_URL) return false;
  let parsed: URL;
  try {
    parsed = new URL(candidate);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return false;
  if (parsed.username || parsed.password) return false;
  return parsed.hostname.length > 0;
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

export function contentTypeOf(filePath: string): string {
  return CONTENT_TYPES[extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

// Vite's output name for a bundle or asset: "<name>-<8-character content hash>.<ext>" under assets/.
const HASHED_ASSET = /[\\/]assets[\\/][^\\/]+-[A-Za-z0-9_-]{8}\.[a-z0-9]+$/;

/**
 * index.html must never be cached: it names the hashed bundles of this build. A file whose
 * name carries its content hash never changes, so it is kept without asking again (a reload
 * used to fetch every chunk anew); anything else is checked each time.
 */
export function cacheControlOf(filePath: string): string {
  if (extname(filePath).toLowerCase() === '.html') return 'no-store';
  return HASHED_ASSET.test(filePath) ? 'public, max-age=31536000, immutable' : 'no-cache';
}

function isInside(root: string, candidate: string): boolean {
  const rel = relative(root, candidate);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel) && !rel.split(sep).includes('..'));
}

/**
 * Maps a URL path ('/', '/assets/x.js') to a regular file under `root`, or null.
 * Refuses encoded or literal '..', NUL bytes, backslashes, and symlinks that point out.
 */
export function resolveStaticFile(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0].split('#')[0]);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\') || !decoded.startsWith('/')) return null;
  if (decoded.split('/').includes('..')) return null;
  const relativePath = decoded === '/' ? 'index.html' : decoded.slice(1);
  const rootPath = resolve(root);
  const candidate = resolve(rootPath, relativePath);
  if (!isInside(rootPath, candidate)) return null;
  try {
    const realRoot = realpathSync(rootPath);
    const realFile = realpathSync(candidate);
    if (!isInside(realRoot, realFile) || !statSync(realFile).isFile()) return null;
    return realFile;
  } catch {
    return null;
  }
}
