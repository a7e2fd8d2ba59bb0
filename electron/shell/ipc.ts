// Binds every bridge call to ipcMain.handle. The binder takes ipcMain as a parameter and
// imports nothing from 'electron', so the contract test can run it in plain Node.
import { CALL_NAMES, channelOf } from '../../shared/api/call-names';
import type { CallResult } from '../../shared/errors';
import type { AppServices } from '../services/app-services-types';
import { errorFields, silentLogger, type Logger } from '../services/log/logger';
import { isTrustedSender, type FrameLike } from './hardening';

/** What the binder reads from an invoke event (a subset of IpcMainInvokeEvent). */
export interface InvokeEventLike {
  readonly senderFrame: FrameLike | null;
}

export interface IpcMainLike {
  handle(channel: string, listener: (event: InvokeEventLike, ...args: unknown[]) => Promise<unknown>): void;
  removeHandler(channel: string): void;
}

export interface BindIpcOptions {
  ipcMain: IpcMainLike;
  services: Pick<AppServices, 'dispatch'>;
  /** The main frame of our window, or null while there is none. */
  mainFrame: () => FrameLike | null;
  /** Refused senders and thrown calls are logged here. */
  log?: Logger;
}

const untrusted: CallResult<never> = {
  ok: false,
  error: { kind: 'internal', message: 'This call did not come from the Lilypad window and was refused.' },
};

/** Returns an unbind function (used on quit and by tests). */
export function bindIpc({ ipcMain, services, mainFrame, log = silentLogger }: BindIpcOptions): () => void {
  for (const name of CALL_NAMES) {
    ipcMain.handle(channelOf(name), async (event, input, tags) => {
      if (!isTrustedSender(event.senderFrame, mainFrame())) {
        const frame = event.senderFrame;
        log.warn('refused IPC call from an untrusted sender', { call: name, url: frame?.url ?? null, subFrame: frame ? frame.parent !== null : null });
        return untrusted;
      }
      try {
        // The dispatcher validates the tags as it validates the input.
        return await services.dispatch(name, input, tags === undefined ? undefined : { tags });
      } catch (error) {
        log.error(`IPC call ${name} threw`, errorFields(error));
        return { ok: false, error: { kind: 'internal', message: `The call ${name} failed in the main process.` } } satisfies CallResult<never>;
      }
    });
  }
  return () => {
    for (const name of CALL_NAMES) ipcMain.removeHandler(channelOf(name));
  };
}
