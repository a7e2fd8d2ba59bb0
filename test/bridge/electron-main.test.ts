// Runs the real bundled main process (dist-style main.cjs) against a recording fake of the
// 'electron' module: no binary is needed to check what the shell asks Electron to do.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { electronBundles } from '../../electron/build';
import { CALL_NAMES, channelOf } from '../../shared/api/call-names';
import { contentSecurityPolicy } from '../../electron/shell/hardening';
import { INDEX_HTML, indexWithNonce, nonceOf } from './support';

type Listener = (...args: unknown[]) => unknown;
interface Frame {
  url: string;
  parent: null;
  processId: number;
  routingId: number;
}

/** Records what main does with Electron; only what main.ts and electron-store touch. */
function fakeElectron(userData: string) {
  const appListeners = new Map<string, Listener[]>();
  const calls: string[] = [];
  const ipcHandlers = new Map<string, Listener>();
  const protocolHandlers = new Map<string, (request: Request) => Promise<Response>>();
  const windows: { options: Record<string, unknown>; loaded: string[]; contents: { mainFrame: Frame } }[] = [];
  const permission: { request?: Listener; check?: Listener } = {};
  let privileged: unknown;
  let quitCount = 0;
  const paths = new Map<string, string>([['userData', userData]]);

  class BrowserWindow {
    readonly webContents = { mainFrame: { url: 'app://lilypad/index.html', parent: null, processId: 7, routingId: 1 } as Frame };
    readonly record;
    constructor(options: Record<string, unknown>) {
      this.record = { options, loaded: [] as string[], contents: this.webContents };
      windows.push(this.record);
    }
    loadURL(url: string) {
      this.record.loaded.push(url);
      return Promise.resolve();
    }
    on() {
      return this;
    }
    once() {
      return this;
    }
    isDestroyed() {
      return false;
    }
    isMinimized() {
      return false;
    }
    isMaximized() {
      return false;
    }
    maximize() {
      calls.push('maximize');
    }
    getBounds() {
      return { x: 0, y: 0, width: 1280, height: 820 };
    }
    show() {}
    focus() {}
    restore() {}
  }

  const electron = {
    app: {
      setPath: (name: string, value: string) => void paths.set(name, value),
      getPath: (name: string) => paths.get(name) ?? join(userData, name),
      getVersion: () => '9.9.9',
      getName: () => 'Lilypad',
      enableSandbox: () => void calls.push('enableSandbox'),
      requestSingleInstanceLock: () => (calls.push('requestSingleInstanceLock'), true),
      whenReady: () => Promise.resolve(),
      on: (event: string, listener: Listener) => void appListeners.set(event, [...(appListeners.get(event) ?? []), listener]),
      quit: () => void quitCount++,
      exit: () => void calls.push('exit'),
    },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown) => void (privileged = schemes),
      handle: (scheme: string, handler: (request: Request) => Promise<Response>) => void protocolHandlers.set(scheme, handler),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (handler: Listener) => void (permission.request = handler),
        setPermissionCheckHandler: (handler: Listener) => void (permission.check = handler),
      },
    },
    ipcMain: {
      handle: (channel: string, handler: Listener) => void ipcHandlers.set(channel, handler),
      removeHandler: (channel: string) => void ipcHandlers.delete(channel),
      on: () => undefined,
    },
    shell: { openExternal: async () => undefined },
    safeStorage: {
      isEncryptionAvailable: () => true,
      getSelectedStorageBackend: () => 'gnome_libsecret',
      encryptString: (text: string) => Buffer.from(`enc:${text}`),
      decryptString: (buffer: Buffer) => buffer.toString().slice(4),
    },
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
    // The fleet's OS notifications (electron/shell/os-notifier.ts).
    Notification: class {
      static isSupported() {
        return true;
      }
      constructor(readonly options: Record<string, unknown>) {}
      show() {
        calls.push('notification');
      }
    },
    BrowserWindow,
  };
  return {
    electron,
    state: { appListeners, calls, ipcHandlers, protocolHandlers, windows, permission, paths, privileged: () => privileged, quitCount: () => quitCount },
  };
}

const root = mkdtempSync(join(tmpdir(), 'lilypad-main-'));
const dataDir = join(root, 'data');
const fake = fakeElectron(join(root, 'default-user-data'));
const previousDataDir = process.env.LILYPAD_DATA_DIR;

beforeAll(async () => {
  // Layout like dist/: electron/main.cjs beside renderer/, and an 'electron' package that hands out the fake.
  mkdirSync(join(root, 'renderer', 'assets'), { recursive: true });
  writeFileSync(join(root, 'renderer', 'index.html'), INDEX_HTML);
  writeFileSync(join(root, 'renderer', 'assets', 'app.js'), 'void 0;');
  writeFileSync(join(root, 'secret.txt'), 'do not serve me');
  mkdirSync(join(root, 'node_modules', 'electron'), { recursive: true });
  writeFileSync(join(root, 'node_modules', 'electron', 'index.js'), 'module.exports = globalThis.__lilypadFakeElectron;');
  (globalThis as Record<string, unknown>).__lilypadFakeElectron = fake.electron;
  await build({ ...electronBundles(process.cwd()).main, outfile: join(root, 'electron', 'main.cjs'), logLevel: 'silent' });
  process.env.LILYPAD_DATA_DIR = dataDir;
  createRequire(import.meta.url)(join(root, 'electron', 'main.cjs'));
  // whenReady().then runs after this tick; opening the window is its last step.
  await vi.waitFor(() => expect(fake.state.windows).toHaveLength(1), { timeout: 10_000 });
}, 60_000);

afterAll(async () => {
  if (previousDataDir === undefined) delete process.env.LILYPAD_DATA_DIR;
  else process.env.LILYPAD_DATA_DIR = previousDataDir;
  const willQuit = fake.state.appListeners.get('will-quit')?.[0];
  if (willQuit) {
    willQuit({ preventDefault: () => undefined });
    // Services close first, then main quits again.
    await vi.waitFor(() => expect(fake.state.quitCount()).toBeGreaterThan(0), { timeout: 10_000 });
  }
});

describe('bundled main process (fake electron)', () => {
  it('sets up before ready: data dir, sandbox, privileged app:// scheme, single-instance lock', () => {
    expect(fake.state.paths.get('userData')).toBe(dataDir);
    expect(fake.state.calls).toEqual(expect.arrayContaining(['enableSandbox', 'requestSingleInstanceLock']));
    expect(fake.state.privileged()).toEqual([{ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }]);
    expect(fake.state.appListeners.has('second-instance')).toBe(true);
    expect(fake.state.appListeners.has('web-contents-created')).toBe(true);
  });

  it('denies every permission request and check', () => {
    let granted: boolean | undefined;
    fake.state.permission.request?.({}, 'media', (value: boolean) => (granted = value));
    expect(granted).toBe(false);
    expect(fake.state.permission.check?.({}, 'clipboard-read')).toBe(false);
  });

  it('opens one hardened window on app://lilypad/index.html', () => {
    expect(fake.state.windows).toHaveLength(1);
    const [window] = fake.state.windows;
    expect(window.loaded).toEqual(['app://lilypad/index.html']);
    expect(window.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
      preload: join(root, 'electron', 'preload.cjs'),
    });
  });

  it('serves the renderer over app:// with the CSP and refuses traversal and other hosts', async () => {
    const registered = fake.state.protocolHandlers.get('app');
    expect(registered).toBeDefined();
    const handler = registered ?? (() => Promise.reject(new Error('no app:// handler')));
    const index = await handler(new Request('app://lilypad/'));
    expect(index.status).toBe(200);
    // A fresh nonce per load, in the policy and where Vite marked the page.
    const nonce = nonceOf(index.headers.get('content-security-policy'));
    expect(await index.text()).toBe(indexWithNonce(nonce));
    expect(index.headers.get('content-security-policy')).toBe(contentSecurityPolicy(nonce));
    expect(INDEX_HTML).toContain('LILYPAD_CSP_NONCE');
    expect(index.headers.get('cache-control')).toBe('no-store');
    const js = await handler(new Request('app://lilypad/assets/app.js'));
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    for (const url of ['app://lilypad/%2e%2e/secret.txt', 'app://lilypad/..%2fsecret.txt', 'app://other/index.html']) {
      const response = await handler(new Request(url));
      expect(response.status, url).toBe(404);
      expect(await response.text(), url).not.toContain('do not serve me');
    }
  });

  it('binds every call and answers through the real services, only for our main frame', async () => {
    expect([...fake.state.ipcHandlers.keys()].sort()).toEqual(CALL_NAMES.map(channelOf).sort());
    const ours = fake.state.windows[0].contents.mainFrame;
    const info = await fake.state.ipcHandlers.get(channelOf('app.info'))?.({ senderFrame: ours }, {});
    expect(info).toEqual({ ok: true, value: { version: '9.9.9', runtime: 'electron', demo: false } });
    const stranger = { url: 'https://evil.example/', parent: null, processId: 9, routingId: 1 };
    const refused = await fake.state.ipcHandlers.get(channelOf('instances.list'))?.({ senderFrame: stranger }, {});
    expect(refused).toMatchObject({ ok: false, error: { kind: 'internal' } });
  });

  it('keeps profiles in userData through electron-store and secrets encrypted apart', async () => {
    const invoke = (name: (typeof CALL_NAMES)[number], input: unknown) =>
      fake.state.ipcHandlers.get(channelOf(name))?.({ senderFrame: fake.state.windows[0].contents.mainFrame }, input);
    const saved = await invoke('instances.save', { name: 'prod', baseUrl: 'https://acme.jfrog.io', authKind: 'token', secret: 'tok-123' });
    expect(saved).toMatchObject({ ok: true });
    expect(existsSync(join(dataDir, 'instances.json'))).toBe(true);
    expect(existsSync(join(dataDir, 'secrets.json'))).toBe(true);
    expect(readFileSync(join(dataDir, 'instances.json'), 'utf8')).not.toContain('tok-123');
    expect(readFileSync(join(dataDir, 'secrets.json'), 'utf8')).not.toContain('tok-123');
  });
});
