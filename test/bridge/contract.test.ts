// Every call of the contract is bound in all three places: Electron main (ipcMain),
// the preload (window.lilypad), and the browser host (POST /api/call/<name>).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CALL_NAMES, channelOf } from '../../shared/api/call-names';
import { contract } from '../../shared/api/contract';
import { bindIpc, type InvokeEventLike, type IpcMainLike } from '../../electron/shell/ipc';
import { BRIDGE_KEY, buildDesktopApi, exposeDesktopApi } from '../../electron/preload/build-api';
import { startBrowserHost, type BrowserHost } from '../../electron/host/browser-host';
import type { FrameLike } from '../../electron/shell/hardening';
import { TEST_TOKEN, fakeRendererDir, fakeServices } from './support';
import { rawRequest } from '../support/raw-http';

type Listener = (event: InvokeEventLike, ...args: unknown[]) => Promise<unknown>;

function fakeIpcMain() {
  const handlers = new Map<string, Listener>();
  const ipcMain: IpcMainLike = {
    handle(channel, listener) {
      if (handlers.has(channel)) throw new Error(`second handler for ${channel}`); // Electron throws too
      handlers.set(channel, listener);
    },
    removeHandler(channel) {
      handlers.delete(channel);
    },
  };
  return { ipcMain, handlers };
}

const sorted = (names: readonly string[]) => [...names].sort();

describe('the contract', () => {
  it('defines exactly CALL_NAMES, each once', () => {
    expect(new Set(CALL_NAMES).size).toBe(CALL_NAMES.length);
    expect(sorted(Object.keys(contract))).toEqual(sorted(CALL_NAMES));
  });

  it('gives every call a distinct IPC channel', () => {
    expect(new Set(CALL_NAMES.map(channelOf)).size).toBe(CALL_NAMES.length);
  });
});

describe('main: ipcMain bindings', () => {
  const mainFrame: FrameLike = { url: 'app://lilypad/index.html', parent: null };

  it('binds a handler for every call and no other channel', () => {
    const { ipcMain, handlers } = fakeIpcMain();
    bindIpc({ ipcMain, services: fakeServices(), mainFrame: () => mainFrame });
    expect(sorted([...handlers.keys()])).toEqual(sorted(CALL_NAMES.map(channelOf)));
  });

  it('routes each channel to the dispatcher under its own name with the input', async () => {
    const { ipcMain, handlers } = fakeIpcMain();
    const seen: [string, unknown][] = [];
    bindIpc({
      ipcMain,
      services: { dispatch: async (name, input) => (seen.push([name, input]), { ok: true, value: name }) },
      mainFrame: () => mainFrame,
    });
    for (const name of CALL_NAMES) {
      const result = await handlers.get(channelOf(name))?.({ senderFrame: mainFrame }, { marker: name });
      expect(result).toEqual({ ok: true, value: name });
    }
    expect(seen).toEqual(CALL_NAMES.map((name) => [name, { marker: name }]));
  });

  it('unbinds every channel', () => {
    const { ipcMain, handlers } = fakeIpcMain();
    const unbind = bindIpc({ ipcMain, services: fakeServices(), mainFrame: () => mainFrame });
    unbind();
    expect(handlers.size).toBe(0);
  });
});

describe('preload: window.lilypad', () => {
  it('exposes one frozen object under "lilypad" with exactly one function per call', () => {
    const exposed: [string, unknown][] = [];
    exposeDesktopApi({ exposeInMainWorld: (key, api) => exposed.push([key, api]) }, { invoke: async () => undefined }, CALL_NAMES);
    expect(exposed).toHaveLength(1);
    const [key, api] = exposed[0];
    expect(key).toBe(BRIDGE_KEY);
    const members = api as Record<string, unknown>;
    expect(sorted(Object.keys(members))).toEqual(sorted(CALL_NAMES));
    for (const name of CALL_NAMES) expect(typeof members[name], name).toBe('function');
    expect(Object.isFrozen(api)).toBe(true);
  });

  it('invokes each call on its channel with the input only', async () => {
    const invoked: unknown[][] = [];
    const api = buildDesktopApi(async (...args) => {
      invoked.push(args);
      return { ok: true, value: null };
    }, CALL_NAMES) as unknown as Record<string, (input: unknown) => Promise<unknown>>;
    for (const name of CALL_NAMES) await api[name]({ marker: name });
    expect(invoked).toEqual(CALL_NAMES.map((name) => [channelOf(name), { marker: name }]));
  });

  it('preload.ts imports only contextBridge and ipcRenderer from electron, and leaks neither', () => {
    const source = readFileSync(join(process.cwd(), 'electron', 'preload', 'preload.ts'), 'utf8');
    expect(source).toMatch(/import \{ contextBridge, ipcRenderer \} from 'electron';/);
    expect(source).toContain('exposeDesktopApi(contextBridge, ipcRenderer, __LILYPAD_CALL_NAMES__)');
    expect(source.match(/exposeInMainWorld/g) ?? []).toHaveLength(0);
  });
});

describe('browser host: POST /api/call/<name>', () => {
  const services = fakeServices();
  let host: BrowserHost;
  beforeAll(async () => {
    host = await startBrowserHost({ services, staticDir: fakeRendererDir().staticDir, token: TEST_TOKEN });
  });
  afterAll(() => host.close());

  it('answers every call with 200 and a CallResult, reaching the dispatcher under its name', async () => {
    const port = new URL(host.origin).port;
    for (const name of CALL_NAMES) {
      const response = await rawRequest(host.origin, {
        method: 'POST',
        path: `/api/call/${name}`,
        headers: { host: `127.0.0.1:${port}`, 'content-type': 'application/json', 'x-lilypad-session': TEST_TOKEN },
        body: '{}',
      });
      expect(response.status, name).toBe(200);
      const result = JSON.parse(response.text) as { ok: boolean };
      expect(typeof result.ok, name).toBe('boolean');
    }
    const appCalls = CALL_NAMES.filter((name) => contract[name].input.safeParse({}).success);
    expect(services.calls.map((call) => call.name)).toEqual(appCalls);
  });
});
