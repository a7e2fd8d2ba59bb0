// "Cancel" on a running connection test reaches main through both bindings and aborts the
// platform requests: Electron's IPC (which has no cancel of its own: instances.cancelTest
// with the test's id) and the browser host (the same call; and a closed HTTP request).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { channelOf } from '../../shared/api/call-names';
import type { CallResult } from '../../shared/errors';
import { createAppServices } from '../../electron/services/app-services';
import type { AppServices } from '../../electron/services/app-services-types';
import { startBrowserHost, type BrowserHost } from '../../electron/host/browser-host';
import { bindIpc, type InvokeEventLike } from '../../electron/shell/ipc';
import type { FrameLike } from '../../electron/shell/hardening';
import { neverAnswers, startLoopbackServer, type LoopbackServer } from '../support/loopback-server';
import { TEST_TOKEN, fakeRendererDir } from './support';
import { rawRequest } from '../support/raw-http';

type Listener = (event: InvokeEventLike, ...args: unknown[]) => Promise<unknown>;

let dataDir: string;
let services: AppServices;
let hanging: LoopbackServer;

beforeAll(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'lilypad-cancel-'));
  services = createAppServices({ dataDir, runtime: 'browser-host' });
});
afterAll(async () => {
  await services.close();
  rmSync(dataDir, { recursive: true, force: true });
});
afterEach(async () => {
  await hanging?.close();
});

/** A form that points at a server that never answers, with a timeout far beyond the test. */
const form = (testId: string) => ({ name: 'Hangs', baseUrl: hanging.url, authKind: 'token', secret: 'a-token', timeoutMs: 600_000, testId });

describe('cancel a connection test over Electron IPC', () => {
  const ours: FrameLike = { url: 'app://lilypad/index.html', parent: null };

  it('instances.cancelTest with the id aborts the running test and its request', async () => {
    hanging = await startLoopbackServer(neverAnswers);
    const handlers = new Map<string, Listener>();
    bindIpc({ ipcMain: { handle: (channel, listener) => void handlers.set(channel, listener), removeHandler: () => undefined }, services, mainFrame: () => ours });
    const invoke = (name: string, input: unknown) => handlers.get(channelOf(name))!({ senderFrame: ours }, input) as Promise<CallResult<unknown>>;

    const running = invoke('instances.testConnection', form('ipc-test-0001'));
    await hanging.received();
    expect(await invoke('instances.cancelTest', { testId: 'ipc-test-0001' })).toEqual({ ok: true, value: { cancelled: true } });
    expect(await running).toMatchObject({ ok: false, error: { kind: 'cancelled' } });
    await hanging.abandoned();
    // Nothing is left to cancel.
    expect(await invoke('instances.cancelTest', { testId: 'ipc-test-0001' })).toEqual({ ok: true, value: { cancelled: false } });
  });

  it('a cancel that overtakes its test stops that test as soon as it starts', async () => {
    hanging = await startLoopbackServer(neverAnswers);
    expect(await services.dispatch('instances.cancelTest', { testId: 'early-cancel-01' })).toEqual({ ok: true, value: { cancelled: false } });
    expect(await services.dispatch('instances.testConnection', form('early-cancel-01'))).toMatchObject({ ok: false, error: { kind: 'cancelled' } });
    expect(hanging.paths).toEqual([]);
  });

  it('refuses a malformed test id at the bridge', async () => {
    const result = await services.dispatch('instances.cancelTest', { testId: '../x' });
    expect(result).toMatchObject({ ok: false, error: { kind: 'validation' } });
  });
});

describe('cancel a connection test through the browser host', () => {
  let host: BrowserHost;
  const dirs = fakeRendererDir();
  const post = (name: string, body: unknown) =>
    rawRequest(host.origin, {
      method: 'POST',
      path: `/api/call/${name}`,
      headers: { host: new URL(host.origin).host, 'content-type': 'application/json', 'x-lilypad-session': TEST_TOKEN },
      body: JSON.stringify(body),
    });

  beforeAll(async () => {
    host = await startBrowserHost({ services, staticDir: dirs.staticDir, token: TEST_TOKEN });
  });
  afterAll(async () => {
    await host.close();
    rmSync(dirs.root, { recursive: true, force: true });
  });

  it('instances.cancelTest over HTTP aborts the test running in another request', async () => {
    hanging = await startLoopbackServer(neverAnswers);
    const running = post('instances.testConnection', form('host-test-0001'));
    await hanging.received();
    const cancel = await post('instances.cancelTest', { testId: 'host-test-0001' });
    expect(JSON.parse(cancel.text)).toEqual({ ok: true, value: { cancelled: true } });
    expect(JSON.parse((await running).text)).toMatchObject({ ok: false, error: { kind: 'cancelled' } });
    await hanging.abandoned();
  });

  it('closing the HTTP request aborts the platform request too', async () => {
    hanging = await startLoopbackServer(neverAnswers);
    const { request } = await import('node:http');
    const req = request({
      host: '127.0.0.1',
      port: new URL(host.origin).port,
      method: 'POST',
      path: '/api/call/instances.testConnection',
      headers: { 'content-type': 'application/json', 'x-lilypad-session': TEST_TOKEN },
      agent: false,
    });
    req.on('error', () => undefined);
    req.end(JSON.stringify(form('host-close-001')));
    await hanging.received();
    req.destroy();
    await hanging.abandoned();
  });
});
