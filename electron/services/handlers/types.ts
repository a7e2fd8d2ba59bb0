import type { AppCallName, CallOutput, InstanceCallName, ParsedInput } from '../../../shared/api/contract';
import type { InstanceProfile } from '../../../shared/models/instance';
import type { PlatformHttp } from '../http/types';

/** What an instance-scoped handler gets: the resolved profile and a client bound to it. */
export interface InstanceContext {
  instance: InstanceProfile;
  http: PlatformHttp;
  /** Remember what a call found out about the platform kind (e.g. the license call answered). */
  notePlatform(kind: 'cloud' | 'self-hosted'): void;
}

export type InstanceHandler<K extends InstanceCallName> = (input: ParsedInput<K>, ctx: InstanceContext) => Promise<CallOutput<K>>;

/** Handlers for one area, e.g. every `users.*` call. Areas are merged in handlers/index.ts. */
export type InstanceHandlers<K extends InstanceCallName> = { [P in K]: InstanceHandler<P> };

export type AppHandler<K extends AppCallName, Ctx> = (input: ParsedInput<K>, ctx: Ctx) => Promise<CallOutput<K>>;
