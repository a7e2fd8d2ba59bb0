import type { CallResult } from '../../shared/errors';
import type { Logger } from './log/logger';

/** A key-value store with electron-store's API subset: `conf` in plain Node, electron-store in the app. */
export interface KeyValueStore {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
  delete(key: string): void;
}

export interface CallMeta {
  /** Abort the platform request, e.g. when the window closes. */
  signal?: AbortSignal;
  /** What the renderer said about the call besides its input (a bulk run's batch); validated by the dispatcher. */
  tags?: unknown;
}

/** Everything the hosts (Electron IPC, browser host) need: one validated entry point. */
export interface AppServices {
  /** Validates `name` and `input` against the contract, runs the handler; never throws. */
  dispatch(name: string, input: unknown, meta?: CallMeta): Promise<CallResult<unknown>>;
  /** The main-process log the hosts write to as well (refused senders, unexpected errors). */
  log?: Logger;
  close(): Promise<void>;
}
