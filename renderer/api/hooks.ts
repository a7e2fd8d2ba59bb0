import { useMutation, useQuery, useQueryClient, type UseQueryOptions } from '@tanstack/react-query';
import type { AppCallName, CallInput, CallOutput, InstanceCallName } from '../../shared/api/contract';
import { callApi } from './bridge';
import { appKey, instanceKey } from './keys';

type InstanceParams<K extends InstanceCallName> = Omit<CallInput<K>, 'instanceId'>;
type QueryExtras<T> = Omit<UseQueryOptions<T, Error, T, readonly unknown[]>, 'queryKey' | 'queryFn'>;

/** Read instance data; the key leads with the instance id. */
export function useInstanceQuery<K extends InstanceCallName>(
  instanceId: string | undefined,
  name: K,
  params: InstanceParams<K>,
  options: QueryExtras<CallOutput<K>> = {},
) {
  return useQuery({
    queryKey: instanceKey(instanceId ?? '-', name, params),
    queryFn: () => callApi(name, { ...params, instanceId } as CallInput<K>),
    enabled: Boolean(instanceId) && (options.enabled ?? true),
    ...options,
  });
}

export function useAppQuery<K extends AppCallName>(name: K, input: CallInput<K>, options: QueryExtras<CallOutput<K>> = {}) {
  return useQuery({ queryKey: appKey(name), queryFn: () => callApi(name, input), ...options });
}

/** A call that changes something; on success, invalidates the given instance's queries (or app queries). */
export function useApiMutation<K extends AppCallName | InstanceCallName>(name: K, invalidate: readonly unknown[][] = []) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: CallInput<K>) => callApi(name, input),
    onSuccess: async () => {
      await Promise.all(invalidate.map((queryKey) => client.invalidateQueries({ queryKey })));
    },
  });
}
