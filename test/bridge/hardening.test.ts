// The pure security policy of the Electron shell and the browser host.
import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  APP_ENTRY_URL,
  CONTENT_SECURITY_POLICY,
  CSP_NONCE_PLACEHOLDER,
  SECURITY_HEADERS,
  contentSecurityPolicy,
  staticBody,
  contentTypeOf,
  isInAppNavigation,
  isSafeExternalUrl,
  isTrustedRendererUrl,
  isTrustedSender,
  resolveStaticFile,
  secureWebPreferences,
  type FrameLike,
} from '../../electron/shell/hardening';

describe('webPreferences', () => {
  it('isolates, sandboxes and denies Node to the renderer', () => {
    const prefs = secureWebPreferences('/x/dist/electron/preload.cjs');
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      preload: '/x/dist/electron/preload.cjs',
    });
  });

  it('keeps what V8 compiled on the first run of the app code', () => {
    expect(secureWebPreferences('/x/preload.cjs').v8CacheOptions).toBe('bypassHeatCheck');
  });
});

describe('Content-Security-Policy', () => {
  it('is exactly the strict policy, directive by directive', () => {
    const directives = Object.fromEntries(
      CONTENT_SECURITY_POLICY.split('; ').map((part) => {
        const [name, ...values] = part.split(' ');
        return [name, values.join(' ')];
      }),
    );
    expect(directives).toEqual({
      'default-src': "'self'",
      'script-src': "'self'",
      'style-src': "'self'",
      'img-src': "'self' data:",
      'connect-src': "'self'",
      'font-src': "'self' data:",
      'object-src': "'none'",
      'base-uri': "'none'",
      'frame-ancestors': "'none'",
      'form-action': "'none'",
    });
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|unsafe-inline|\*/);
  });

  it("allows inline <style> only with the page load's nonce, never 'unsafe-inline'", () => {
    const policy = contentSecurityPolicy('AbC123+/==');
    expect(policy).toContain("style-src 'self' 'nonce-AbC123+/=='");
    expect(policy).not.toContain('unsafe-inline');
  });

  it('gives index.html a fresh nonce per load, in its markup and its policy; other files go as they are', () => {
    const html = Buffer.from(`<style nonce="${CSP_NONCE_PLACEHOLDER}"></style><meta property="csp-nonce" nonce="${CSP_NONCE_PLACEHOLDER}">`);
    const first = staticBody('/x/index.html', html);
    const second = staticBody('/x/index.html', html);
    const nonceOf = (policy: string | undefined) => /'nonce-([A-Za-z0-9+/=]+)'/.exec(policy ?? '')?.[1] ?? '';
    const nonce = nonceOf(first.headers['Content-Security-Policy']);
    expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(first.body.toString()).toBe(`<style nonce="${nonce}"></style><meta property="csp-nonce" nonce="${nonce}">`);
    expect(nonceOf(second.headers['Content-Security-Policy'])).not.toBe(nonce);
    const js = staticBody('/x/assets/a.js', Buffer.from(`"${CSP_NONCE_PLACEHOLDER}"`));
    expect(js.body.toString()).toBe(`"${CSP_NONCE_PLACEHOLDER}"`);
    expect(js.headers['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
  });

  it('matches where Vite is told to put the nonce', () => {
    const viteConfig = readFileSync(join(process.cwd(), 'vite.config.ts'), 'utf8');
    expect(viteConfig).toContain(`cspNonce: '${CSP_NONCE_PLACEHOLDER}'`);
  });

  it('travels with nosniff and no-referrer', () => {
    expect(SECURITY_HEADERS).toMatchObject({
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
    });
  });
});

describe('sender check', () => {
  const mainFrame: FrameLike = { url: APP_ENTRY_URL, parent: null };

  it('accepts our main frame on app://lilypad/', () => {
    expect(isTrustedSender(mainFrame, mainFrame)).toBe(true);
    const routed: FrameLike = { url: 'app://lilypad/index.html#/users', parent: null };
    expect(isTrustedSender(routed, routed)).toBe(true);
  });

  it('recognises our main frame through another wrapper by process and routing id, and nothing else', () => {
    const ours: FrameLike = { url: APP_ENTRY_URL, parent: null, processId: 4, routingId: 1 };
    expect(isTrustedSender({ url: APP_ENTRY_URL, parent: null, processId: 4, routingId: 1 }, ours)).toBe(true);
    expect(isTrustedSender({ url: APP_ENTRY_URL, parent: null, processId: 4, routingId: 2 }, ours)).toBe(false);
    expect(isTrustedSender({ url: APP_ENTRY_URL, parent: null, processId: 5, routingId: 1 }, ours)).toBe(false);
    expect(isTrustedSender({ url: APP_ENTRY_URL, parent: null }, ours)).toBe(false);
  });

  it('refuses sub-frames, other frames, missing frames and other URLs', () => {
    const child: FrameLike = { url: APP_ENTRY_URL, parent: mainFrame };
    const lookalike: FrameLike = { url: APP_ENTRY_URL, parent: null };
    expect(isTrustedSender(child, mainFrame)).toBe(false);
    expect(isTrustedSender(lookalike, mainFrame)).toBe(false);
    expect(isTrustedSender(null, mainFrame)).toBe(false);
    expect(isTrustedSender(mainFrame, null)).toBe(false);
    for (const url of ['https://evil.example/', 'file:///etc/passwd', 'app://other/index.html', 'app://lilypad.evil/', 'http://lilypad/', 'app://lilypad', 'about:blank', '']) {
      const frame: FrameLike = { url, parent: null };
      expect(isTrustedSender(frame, frame), url).toBe(false);
    }
  });

  it('keeps navigation inside app://lilypad/', () => {
    expect(isTrustedRendererUrl('app://lilypad/index.html')).toBe(true);
    expect(isInAppNavigation('app://lilypad/index.html#/groups')).toBe(true);
    expect(isInAppNavigation('https://acme.jfrog.io/')).toBe(false);
    expect(isInAppNavigation('app://lilypad@evil.example/')).toBe(false);
  });
});

describe('openExternal URL validation', () => {
  it('allows plain http(s) links', () => {
    expect(isSafeExternalUrl('https://jfrog.com/help/')).toBe(true);
    expect(isSafeExternalUrl('http://artifactory.internal:8082/ui/')).toBe(true);
  });

  it('refuses file:, javascript:, other schemes, credentials and non-URLs', () => {
    for (const bad of [
      'file:///etc/passwd',
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      'data:text/html,hi',
      'smb://host/share',
      'ms-settings:',
      'app://lilypad/index.html',
      'https://user:pw@example.com/',
      'not a url',
      '/relative/path',
      '',
      'https://' + 'a'.repeat(3000) + '.com',
    ]) {
      expect(isSafeExternalUrl(bad), bad).toBe(false);
    }
    for (const notString of [undefined, null, 42, { href: 'https://x' }]) expect(isSafeExternalUrl(notString)).toBe(false);
  });
});

describe('static file resolver', () => {
  const root = mkdtempSync(join(tmpdir(), 'lilypad-static-'));
  const dir = join(root, 'renderer');
  mkdirSync(join(dir, 'assets'), { recursive: true });
  writeFileSync(join(dir, 'index.html'), 'index');
  writeFileSync(join(dir, 'assets', 'a.js'), 'a');
  writeFileSync(join(root, 'outside.txt'), 'outside');
  mkdirSync(join(root, 'renderer-evil'));
  writeFileSync(join(root, 'renderer-evil', 'x.txt'), 'sibling');
  symlinkSync(join(root, 'outside.txt'), join(dir, 'escape.txt'));

  it('maps / to index.html and finds assets', () => {
    expect(readFileSync(resolveStaticFile(dir, '/') ?? '', 'utf8')).toBe('index');
    expect(readFileSync(resolveStaticFile(dir, '/assets/a.js?x=1') ?? '', 'utf8')).toBe('a');
  });

  it('refuses traversal, sibling-prefix folders, symlinks out, directories and junk', () => {
    for (const path of [
      '/../outside.txt',
      '/%2e%2e/outside.txt',
      '/assets/../../outside.txt',
      '/..%2Foutside.txt',
      '/../renderer-evil/x.txt',
      '/escape.txt',
      '/assets',
      '/missing.js',
      'index.html',
      '/%E0%A4%A',
      '/index.html%00.js',
      '/..\\outside.txt',
    ]) {
      expect(resolveStaticFile(dir, path), path).toBeNull();
    }
  });

  it('names content types', () => {
    expect(contentTypeOf('x/index.html')).toBe('text/html; charset=utf-8');
    expect(contentTypeOf('x/a.JS')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeOf('x/icon.svg')).toBe('image/svg+xml');
    expect(contentTypeOf('x/blob.bin')).toBe('application/octet-stream');
  });
});

describe('electron/shell/main.ts keeps its guards', () => {
  const mainSource = readFileSync(join(process.cwd(), 'electron', 'shell', 'main.ts'), 'utf8');
  const windowSource = readFileSync(join(process.cwd(), 'electron', 'shell', 'window.ts'), 'utf8');
  const shellSource = mainSource + windowSource;

  it('takes the single-instance lock and denies permissions', () => {
    expect(mainSource).toContain('requestSingleInstanceLock');
    expect(mainSource).toContain('setPermissionRequestHandler');
    expect(mainSource).toContain('setPermissionCheckHandler');
  });

  it('denies new windows and foreign navigation', () => {
    expect(shellSource).toContain('setWindowOpenHandler');
    expect(shellSource).toContain("'will-navigate'");
    expect(windowSource).toMatch(/setWindowOpenHandler\([\s\S]*?action: 'deny'/);
  });

  it('never loads anything but the app:// entry', () => {
    expect(windowSource).toMatch(/loadURL\(APP_ENTRY_URL\)/);
    expect(shellSource).not.toMatch(/loadURL\(['"`]https?:/);
  });
});
