// Main refuses bridge calls that do not come from our window's main frame on app://lilypad/.
import { describe, expect, it } from 'vitest';
import { channelOf } from '../../shared/api/call-names';
import { bindIpc, type InvokeEventLike } from '../../electron/shell/ipc';
import type { FrameLike } from '../../electron/shell/hardening';
import { createLogger } from '../../electron/services/log/logger';

type Listener = (event: InvokeEventLike, ...args: unknown[]) => Promise<unknown>;

function bound(mainFrame: FrameLike | null) {
  const handlers = new Map<string, Listener>();
  const dispatched: string[] = [];
  const logged: string[] = [];
  bindIpc({
    ipcMain: { handle: (channel, listener) => void handlers.set(channel, listener), removeHandler: () => undefined },
    services: { dispatch: async (name) => (dispatched.push(name), { ok: true, value: 'secret data' }) },
    mainFrame: () => mainFrame,
    log: createLogger((line) => logged.push(line)),
  });
  const invoke = (senderFrame: FrameLike | null) => handlers.get(channelOf('instances.list'))?.({ senderFrame }, {});
  return { invoke, dispatched, logged };
}

describe('IPC sender check', () => {
  const ours: FrameLike = { url: 'app://lilypad/index.html', parent: null };

  it('runs the handler for our main frame', async () => {
    const { invoke, dispatched, logged } = bound(ours);
    expect(await invoke(ours)).toEqual({ ok: true, value: 'secret data' });
    expect(dispatched).toEqual(['instances.list']);
    expect(logged).toEqual([]);
  });

  it('answers an error CallResult and never dispatches for anyone else', async () => {
    const navigatedAway: FrameLike = { url: 'https://evil.example/', parent: null };
    const cases: [string, FrameLike | null, FrameLike | null][] = [
      ['no sender frame', ours, null],
      ['a sub-frame of our page', ours, { url: 'app://lilypad/index.html', parent: ours }],
      ['another window on the same URL', ours, { url: 'app://lilypad/index.html', parent: null }],
      ['our frame after navigating away', navigatedAway, navigatedAway],
      ['before our window exists', null, ours],
    ];
    for (const [label, mainFrame, sender] of cases) {
      const { invoke, dispatched, logged } = bound(mainFrame);
      const result = await invoke(sender);
      expect(result, label).toMatchObject({ ok: false, error: { kind: 'internal' } });
      expect(JSON.stringify(result), label).not.toContain('secret data');
      expect(dispatched, label).toEqual([]);
      // Every refusal leaves a line in the main-process log, naming the call and the sender.
      expect(logged, label).toHaveLength(1);
      expect(logged[0], label).toContain('WARN  refused IPC call from an untrusted sender {"call":"instances.list","url":');
      if (sender) expect(logged[0], label).toContain(JSON.stringify(sender.url));
    }
  });

  it('turns a throwing dispatcher into an internal error instead of a rejected invoke', async () => {
    const handlers = new Map<string, Listener>();
    const logged: string[] = [];
    bindIpc({
      ipcMain: { handle: (channel, listener) => void handlers.set(channel, listener), removeHandler: () => undefined },
      services: {
        dispatch: async () => {
          throw new Error('boom with password=hunter2');
        },
      },
      mainFrame: () => ours,
      log: createLogger((line) => logged.push(line)),
    });
    const result = await handlers.get(channelOf('app.info'))?.({ senderFrame: ours }, {});
    expect(result).toMatchObject({ ok: false, error: { kind: 'internal' } });
    expect(JSON.stringify(result)).not.toContain('hunter2');
    // The log keeps the stack, scrubbed.
    expect(logged).toHaveLength(1);
    expect(logged[0]).toContain('ERROR IPC call app.info threw {"error":"boom with password=***","stack":"Error: boom with password=***');
    expect(logged[0]).not.toContain('hunter2');
  });
});
