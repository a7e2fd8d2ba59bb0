// The preload's one job, without the 'electron' import so tests can run it: turn every
// call name into a function that invokes its IPC channel. Nothing else crosses over.
// The names come from the contract at build time (electron/build.ts), so the preload
// bundle carries no schema code.
import { channelOf } from '../../shared/api/channel';
import type { DesktopApi } from '../../shared/api/contract';

export type Invoke = (channel: string, ...args: unknown[]) => Promise<unknown>;

/** The subset of contextBridge / ipcRenderer the preload uses. */
export interface ContextBridgeLike {
  exposeInMainWorld(apiKey: string, api: unknown): void;
}
export interface IpcRendererLike {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
}

export const BRIDGE_KEY = 'lilypad';

export function buildDesktopApi(invoke: Invoke, names: readonly string[]): DesktopApi {
  const api: Record<string, (input: unknown, tags?: unknown) => Promise<unknown>> = {};
  // Only the input (and the call's tags, when given) goes through: never the event, never
  // ipcRenderer itself. Main validates both.
  for (const name of names) {
    api[name] = (input: unknown, tags?: unknown) => (tags === undefined ? invoke(channelOf(name), input) : invoke(channelOf(name), input, tags));
  }
  return Object.freeze(api) as unknown as DesktopApi;
}

export function exposeDesktopApi(contextBridge: ContextBridgeLike, ipcRenderer: IpcRendererLike, names: readonly string[]): void {
  contextBridge.exposeInMainWorld(
    BRIDGE_KEY,
    buildDesktopApi((channel, ...args) => ipcRenderer.invoke(channel, ...args), names),
  );
}
