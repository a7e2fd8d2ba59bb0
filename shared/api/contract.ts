// The one bridge contract: every call the renderer may make, merged from the areas'
// call lists (shared/areas/<area>/calls.ts). A new area adds one line here; the call
// names, the preload, the IPC binding, the browser host and the handler table all
// follow from this object.
import type { z } from 'zod';
import type { CallResult } from '../errors';
import { activityCalls } from '../areas/activity/calls';
import { appCalls } from '../areas/app/calls';
import { fleetCalls } from '../areas/fleet/calls';
import { groupsCalls } from '../areas/groups/calls';
import { httpSettingsCalls } from '../areas/http-settings/calls';
import { instancesCalls } from '../areas/instances/calls';
import { projectsCalls } from '../areas/projects/calls';
import { scimCalls } from '../areas/scim/calls';
import { systemCalls } from '../areas/system/calls';
import { sysconfigCalls } from '../areas/sysconfig/calls';
import { trustCalls } from '../areas/trust/calls';
import { tokensCalls } from '../areas/tokens/calls';
import { usersCalls } from '../areas/users/calls';
import { licensesCalls } from '../areas/licenses/calls';
import { supportBundlesCalls } from '../areas/support-bundles/calls';
import { webhooksCalls } from '../areas/webhooks/calls';
import type { CallSpec } from './call-spec';
import type { CallTags } from './call-tags';
import type { ApiRequest } from './request';

export const contract = {
  ...appCalls,
  ...instancesCalls,
  ...systemCalls,
  ...usersCalls,
  ...groupsCalls,
  ...httpSettingsCalls,
  ...activityCalls,
  ...projectsCalls,
  ...fleetCalls,
  ...licensesCalls,
  ...supportBundlesCalls,
  ...webhooksCalls,
  ...scimCalls,
  ...sysconfigCalls,
  ...trustCalls,
  ...tokensCalls,
} satisfies Record<string, CallSpec>;

export type Contract = typeof contract;
export type CallName = keyof Contract & string;
export type CallInput<K extends CallName> = z.input<Contract[K]['input']>;
export type ParsedInput<K extends CallName> = z.output<Contract[K]['input']>;
export type CallOutput<K extends CallName> = Contract[K] extends CallSpec<z.ZodType, infer O> ? O : never;
export type InstanceCallName = { [K in CallName]: Contract[K]['scope'] extends 'instance' ? K : never }[CallName];
export type AppCallName = Exclude<CallName, InstanceCallName>;
/** The calls of one area, by prefix: AreaCallName<'users'> = 'users.page' | 'users.get' | … */
export type AreaCallName<P extends string> = Extract<CallName, `${P}.${string}`>;

/** What `window.lilypad` is, in Electron and (through HTTP) in the browser host. */
export type DesktopApi = { [K in CallName]: (input: CallInput<K>, tags?: CallTags) => Promise<CallResult<CallOutput<K>>> };

export const CALL_NAMES = Object.keys(contract) as CallName[];

export { channelOf } from './channel';

// ---- Request mappings -------------------------------------------------------------------

/** Calls with a single platform request behind them. */
export type MappedCallName = { [K in InstanceCallName]: Contract[K] extends { request: (input: never) => ApiRequest } ? K : never }[InstanceCallName];

/** A call's input as screens and handlers hold it: the parsed input without the instance id. */
export type RequestInput<K extends InstanceCallName> = Omit<ParsedInput<K>, 'instanceId'>;

/** The platform request behind a call (handlers send it; "Copy as cURL" prints it). */
export function requestFor<K extends MappedCallName>(name: K, input: RequestInput<K>): ApiRequest {
  const mapping = (contract as Record<string, CallSpec>)[name].request as ((input: RequestInput<K>) => ApiRequest) | undefined;
  if (!mapping) throw new Error(`${name} has no single platform request`);
  return mapping(input);
}

/** The saved instance an app call is about (instances.remove), for the activity log. */
export function instanceOfCall(name: CallName, input: unknown): string | undefined {
  const of = (contract as Record<string, CallSpec>)[name].instanceOf as ((input: unknown) => string | undefined) | undefined;
  try {
    return of?.(input);
  } catch {
    return undefined;
  }
}

/** What a mutating call acts on, for the activity log; undefined when the call does not say. */
export function targetOf(name: CallName, input: unknown): string | undefined {
  const target = (contract as Record<string, CallSpec>)[name].target as ((input: unknown) => string) | undefined;
  try {
    return target?.(input);
  } catch {
    return undefined;
  }
}
