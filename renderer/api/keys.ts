import type { CallName } from '../../shared/api/call-names';

// Every query of instance data starts with the instance id, so switching instance can
// never show one instance's data under another's name, and one call invalidates it all.
export const instanceKey = (instanceId: string, name: CallName, params?: unknown) =>
  params === undefined ? (['instance', instanceId, name] as const) : (['instance', instanceId, name, params] as const);

/** App data; calls with input (e.g. one instance's fleet history) key it too, after the name. */
export const appKey = (name: CallName, params?: unknown) => (params === undefined ? (['app', name] as const) : (['app', name, params] as const));

/** Every query of one instance. */
export const instanceScope = (instanceId: string) => ['instance', instanceId] as const;
