// A call's tags (a bulk run's batch) travel next to its input in all three places: the
// preload passes them as a second argument, main's IPC binding hands them to the
// dispatcher, and the browser host reads them from a header. The dispatcher validates them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { channelOf } from '../../shared/api/call-names';
import { CALL_TAGS_HEADER } from '../../shared/api/call-tags';
import { buildDesktopApi } from '../../electron/preload/build-api';
import { bindIpc, type InvokeEventLike } from '../../electron/shell/ipc';
import { startBrowserHost, type BrowserHost } from '../../electron/host/browser-host';
import type { FrameLike } from '../../electron/shell/hardening';
import { TEST_TOKEN, fakeRendererDir, fakeServices } from './support';
import { rawRequest } from '../support/raw-http';

const TAGS = { batch: { id: 'batch-0123456789', label: 'Délete users ✓' } };

describe('call tags', () => {
  it('preload: passes the tags as a second argument only when given', async () => {
    const invoked: unknown[][] = [];
    const api = buildDesktopApi(async (...args) => (invoked.push(args), { ok: true, value: null }), ['users.delete']) as unknown as Record<
      string,
      (input: unknown, tags?: unknown) => Promise<unknown>
    >;
    await api['users.delete']({ username: 'a' });
    await api['users.delete']({ username: 'b' }, TAGS);
    expect(invoked).toEqual([
      [channelOf('users.delete'), { username: 'a' }],
      [channelOf('users.delete'), { username: 'b' }, TAGS],
    ]);
  });

  it('main: the IPC binding hands the tags to the dispatcher', async () => {
    const frame: FrameLike = { url: 'app://lilypad/index.html', parent: null };
    const handlers = new Map<string, (event: InvokeEventLike, ...args: unknown[]) => Promise<unknown>>();
    const services = fakeServices();
    bindIpc({ ipcMain: { handle: (channel, listener) => void handlers.set(channel, listener), removeHandler: () => undefined }, services, mainFrame: () => frame });
    await handlers.get(channelOf('app.info'))?.({ senderFrame: frame }, {}, TAGS);
    await handlers.get(channelOf('app.info'))?.({ senderFrame: frame }, {});
    expect(services.calls.map((call) => call.meta)).toEqual([{ tags: TAGS }, undefined]);
  });

  describe('browser host', () => {
    const services = fakeServices();
    let host: BrowserHost;
    let port: string;
    beforeAll(async () => {
      host = await startBrowserHost({ services, staticDir: fakeRendererDir().staticDir, token: TEST_TOKEN });
      port = new URL(host.origin).port;
    });
    afterAll(() => host.close());
    const post = (extra: Record<string, string>) =>
      rawRequest(host.origin, {
        method: 'POST',
        path: '/api/call/app.info',
        headers: { host: `127.0.0.1:${port}`, 'content-type': 'application/json', 'x-lilypad-session': TEST_TOKEN, ...extra },
        body: '{}',
      });

    it('reads the tags from the header (URI-encoded JSON) and passes them with the signal', async () => {
      const response = await post({ [CALL_TAGS_HEADER]: encodeURIComponent(JSON.stringify(TAGS)) });
      expect(response.status).toBe(200);
      expect(services.calls.at(-1)?.meta?.tags).toEqual(TAGS);
      expect(services.calls.at(-1)?.meta?.signal).toBeInstanceOf(AbortSignal);
      await post({});
      expect(services.calls.at(-1)?.meta).not.toHaveProperty('tags');
    });

    it('answers 400 for a header that is not URI-encoded JSON, without dispatching', async () => {
      const before = services.calls.length;
      for (const bad of ['{not json', '%E0%A4%A']) {
        const response = await post({ [CALL_TAGS_HEADER]: bad });
        expect(response.status).toBe(400);
        expect(JSON.parse(response.text)).toMatchObject({ ok: false, error: { kind: 'validation' } });
      }
      expect(services.calls.length).toBe(before);
    });
  });
});
