// What a handler gets. Every area module exports one object of handlers, typed by the
// contract, so a missing or misspelt call is a compile error.
import type { AppInfo } from '../../../shared/areas/app/calls';
import type { AreaCallName, CallName, CallOutput, InstanceCallName, ParsedInput } from '../../../shared/api/contract';
import type { InstanceProfile } from '../../../shared/areas/instances/model';
import type { OsNotifier } from '../fleet/os-notifier';
import type { PlatformHttp } from '../http/types';
import type { InstanceService } from '../instances/instance-service';
import type { ScanScheduler } from '../scans/scan-scheduler';
import type { Logger } from '../log/logger';
import type { SecretStore } from '../secrets/secret-store';

/** A long-lived service an area owns (a poller, a store): created on first use, closed with the app. */
export interface AreaService {
  close(): Promise<void> | void;
}

/** A saved instance resolved in main, with a client that carries its stored credential. */
export interface ConnectedInstance {
  instance: InstanceProfile;
  http: PlatformHttp;
}

/** What every handler gets. */
export interface AppContext {
  info: AppInfo;
  /** The app's data folder (profiles, logs, history). */
  dataDir: string;
  openExternal?: (url: string) => Promise<void>;
  secrets: SecretStore;
  instances: InstanceService;
  /** The main-process log (failed platform calls are logged by the client itself). */
  log?: Logger;
  /** Another saved instance, e.g. the target of a federation or an import. Throws not-found. */
  connect(instanceId: string, signal?: AbortSignal): Promise<ConnectedInstance>;
  /** The one scheduler of scans across saved instances (fleet health, expiry watches). */
  scans: ScanScheduler;
  /** The caller's cancellation, when its binding has one (the browser host: the HTTP request closed). */
  signal?: AbortSignal;
  /** OS notifications (the Electron app); absent in the browser host. */
  osNotifier?: OsNotifier;
  /** The area's long-lived service under `key`, created by `create` the first time. */
  service<T extends AreaService>(key: string, create: () => T): T;
}

/** What an instance-scoped handler gets besides: the resolved profile and a client bound to it. */
export interface InstanceContext extends AppContext, ConnectedInstance {
  /** Remember what a call found out about the platform kind (e.g. the license call answered). */
  notePlatform(kind: 'cloud' | 'self-hosted'): void;
}

export type ContextOf<K extends CallName> = K extends InstanceCallName ? InstanceContext : AppContext;

export type Handler<K extends CallName> = (input: ParsedInput<K>, ctx: ContextOf<K>) => Promise<CallOutput<K>>;

/** Every handler of one area, by call-name prefix: AreaHandlers<'users'>. */
export type AreaHandlers<P extends string> = { [K in AreaCallName<P>]: Handler<K> };

/** The whole table (electron/services/areas/index.ts). */
export type AllHandlers = { [K in CallName]: Handler<K> };
