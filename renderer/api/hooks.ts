// The one data pattern of every area: queries keyed by instance id and call name, loaders
// for reads that take several calls (all pages of a list), and mutations that say which
// calls they make stale. Areas build their hooks (renderer/areas/<area>/api.ts) from these.
import { useMutation, useQuery, useQueryClient, type QueryClient, type UseQueryOptions } from '@tanstack/react-query';
import type { AppCallName, CallInput, CallName, CallOutput, InstanceCallName } from '../../shared/api/contract';
import type { CallTags } from '../../shared/api/call-tags';
import { callApi } from './bridge';
import { appKey, instanceKey, instanceScope } from './keys';

/** An instance call's input as screens hold it: without the instance id. */
export type InstanceParams<K extends InstanceCallName> = Omit<CallInput<K>, 'instanceId'>;
type QueryExtras<T> = Omit<UseQueryOptions<T, Error, T, readonly unknown[]>, 'queryKey' | 'queryFn'>;

/** One call outside React (bulk runs, loaders). A bulk run passes its `tags` (its batch) for the activity log. */
export function callInstance<K extends InstanceCallName>(instanceId: string, name: K, params: InstanceParams<K>, tags?: CallTags): Promise<CallOutput<K>> {
  return callApi(name, { ...params, instanceId } as CallInput<K>, tags);
}

/** Read instance data with one call. No instance, no call — whatever `enabled` says. */
export function useInstanceQuery<K extends InstanceCallName>(instanceId: string | undefined, name: K, params: InstanceParams<K>, options: QueryExtras<CallOutput<K>> = {}) {
  const { enabled = true, ...rest } = options;
  return useQuery({
    ...rest,
    queryKey: instanceKey(instanceId ?? '-', name, params),
    queryFn: () => callInstance(instanceId!, name, params),
    enabled: Boolean(instanceId) && enabled === true,
  });
}

/**
 * Read instance data that takes several calls (every page of a list). Keyed by the call
 * it is made of, so invalidating that call refreshes it too.
 */
export function useInstanceLoader<T>(
  instanceId: string | undefined,
  name: InstanceCallName,
  params: unknown,
  load: (instanceId: string, signal: AbortSignal) => Promise<T>,
  options: QueryExtras<T> = {},
) {
  const { enabled = true, ...rest } = options;
  return useQuery({
    ...rest,
    queryKey: instanceKey(instanceId ?? '-', name, params),
    // The signal aborts when no screen wants the data any more (e.g. a row scrolled away).
    queryFn: ({ signal }) => load(instanceId!, signal),
    enabled: Boolean(instanceId) && enabled === true,
  });
}

/** Marks the given calls' data of one instance stale (their screens refetch). */
export function invalidateCalls(client: QueryClient, instanceId: string, names: readonly CallName[]): Promise<void> {
  return Promise.all(names.map((name) => client.invalidateQueries({ queryKey: instanceKey(instanceId, name) }))).then(() => undefined);
}

export interface MutationOptions<O, P = unknown> {
  /** Calls whose data this change makes stale, refetched after success. */
  invalidates?: readonly CallName[];
  /** Calls whose data must not be fetched again (e.g. the details of what was deleted): dropped from the cache. */
  forgets?: readonly CallName[];
  onSuccess?: (output: O, params: P) => void;
}

/** A call that changes an instance. `mutateAsync(params)` takes the input without the instance id. */
export function useInstanceMutation<K extends InstanceCallName>(instanceId: string | undefined, name: K, options: MutationOptions<CallOutput<K>, InstanceParams<K>> = {}) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (params: InstanceParams<K>) => {
      if (!instanceId) return Promise.reject(new Error('No instance is selected.'));
      return callInstance(instanceId, name, params);
    },
    onSuccess: async (output, params) => {
      if (!instanceId) return;
      // The screen first lets go of what was changed (a closed panel, a row taken out), so no
      // observer is left to fetch a forgotten entry again.
      options.onSuccess?.(output, params);
      for (const forgotten of options.forgets ?? []) client.removeQueries({ queryKey: instanceKey(instanceId, forgotten) });
      await invalidateCalls(client, instanceId, options.invalidates ?? []);
    },
  });
}

/** One app call outside React Query (a connection test the window can cancel). */
export function callApp<K extends AppCallName>(name: K, input: CallInput<K>): Promise<CallOutput<K>> {
  return callApi(name, input);
}

export function useAppQuery<K extends AppCallName>(name: K, input: CallInput<K>, options: QueryExtras<CallOutput<K>> = {}) {
  // An input with fields is part of the key; invalidating appKey(name) still reaches every input.
  const keyed = typeof input === 'object' && input !== null && Object.keys(input).length > 0;
  return useQuery({ ...options, queryKey: keyed ? appKey(name, input) : appKey(name), queryFn: () => callApi(name, input) });
}

/** Drops every query of one instance (it was removed): none of them is fetched again. */
export function forgetInstance(client: QueryClient, instanceId: string): void {
  client.removeQueries({ queryKey: instanceScope(instanceId) });
}

/** A call that changes app data (instances, settings); refetches the given app calls after success. */
export function useAppMutation<K extends AppCallName>(
  name: K,
  options: { invalidates?: readonly AppCallName[]; onSuccess?: (output: CallOutput<K>, input: CallInput<K>) => void } = {},
) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: CallInput<K>) => callApi(name, input),
    onSuccess: async (output, input) => {
      options.onSuccess?.(output, input);
      await Promise.all((options.invalidates ?? []).map((call) => client.invalidateQueries({ queryKey: appKey(call) })));
    },
  });
}
