// Tokens area hooks. The list is one query per instance; the calls that carry a token
// value (the create and refresh answers, a revoke by value's input) go through
// `useSecretMutation`, which never leaves a value in a cache.
import { useInstances } from '../../app/active-instance';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CallName, CallOutput } from '../../../shared/api/contract';
import { callApi } from '../../api/bridge';
import { takeEarly } from '../../api/early-call';
import { appKey } from '../../api/keys';
import { callInstance, invalidateCalls, useAppMutation, useAppQuery, useInstanceLoader, useInstanceMutation, type InstanceParams } from '../../api/hooks';

/** What a change to tokens makes stale. */
export const TOKENS_CHANGED: readonly CallName[] = ['tokens.list', 'tokens.get'];

export function useTokenList(instanceId: string | undefined) {
  // The list asked for while the screen's code loaded (area.ts) is taken once. No structural
  // sharing: comparing 20,000 tokens deeply with the previous list on every reload costs more
  // than the rows it would keep (the table re-sorts a new list anyway).
  return useInstanceLoader(instanceId, 'tokens.list', {}, (id) => takeEarly(id, 'tokens.list') ?? callInstance(id, 'tokens.list', {}), {
    staleTime: 30_000,
    retry: false,
    refetchOnWindowFocus: false,
    structuralSharing: false,
  });
}

export function useTokenRevoke(instanceId: string | undefined, onSuccess?: (output: CallOutput<'tokens.revoke'>) => void) {
  return useInstanceMutation(instanceId, 'tokens.revoke', { onSuccess, invalidates: TOKENS_CHANGED });
}

type SecretCall = 'tokens.create' | 'tokens.refresh' | 'tokens.revokeByValue';

/**
 * A call whose input or answer holds a token value (create, refresh, revoke by value).
 * `onDone` receives the answer once. The mutation is kept by nobody: gcTime 0, and the
 * caller resets it when it settles, so neither the mutation cache nor its state holds the
 * value (the answer, or the pasted input) afterwards.
 */
export function useSecretMutation<K extends SecretCall>(instanceId: string | undefined, name: K, onDone: (output: CallOutput<K>) => void) {
  const client = useQueryClient();
  return useMutation({
    gcTime: 0,
    mutationFn: (params: InstanceParams<K>) => {
      if (!instanceId) return Promise.reject(new Error('No instance is selected.'));
      return callInstance(instanceId, name, params);
    },
    onSuccess: (output) => {
      onDone(output);
      if (instanceId) void invalidateCalls(client, instanceId, TOKENS_CHANGED);
    },
  });
}

export function useTokenExpiry() {
  // With no saved instance there is nothing to watch: no call at all (the offline screens stay offline).
  const someInstance = (useInstances().data?.length ?? 0) > 0;
  return useAppQuery('tokens.expiry', {}, { refetchInterval: 15_000, staleTime: 5_000, enabled: someInstance });
}

export function useTokenExpiryRun() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => callApi('tokens.expiryRun', {}),
    // The answer now, then a read of main's state: a periodic read that was already under
    // way must not leave an older snapshot in place.
    onSuccess: async (view) => {
      client.setQueryData(appKey('tokens.expiry'), view);
      await client.invalidateQueries({ queryKey: appKey('tokens.expiry') });
    },
  });
}

export function useTokenExpirySettings() {
  return useAppMutation('tokens.expirySettings', { invalidates: ['tokens.expiry'] });
}
