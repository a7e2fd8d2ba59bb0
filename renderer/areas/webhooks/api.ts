// Webhooks area hooks. Calls that carry a typed secret (save, test) go through callInstance
// rather than a mutation hook, so the secret is not kept in the mutation cache once sent.
import { useQueryClient } from '@tanstack/react-query';
import type { CallName } from '../../../shared/api/contract';
import type { SubscriptionInput } from '../../../shared/areas/webhooks/model';
import { takeEarly } from '../../api/early-call';
import { callInstance, invalidateCalls, useInstanceLoader, useInstanceMutation, useInstanceQuery } from '../../api/hooks';

export const WEBHOOK_CHANGED: readonly CallName[] = ['webhooks.list', 'webhooks.get'];

export function useWebhooks(instanceId: string | undefined) {
  // Keyed like useInstanceQuery(instanceId, 'webhooks.list', {}), so the mutations' invalidations reach it.
  return useInstanceLoader(instanceId, 'webhooks.list', {}, (id) => takeEarly(id, 'webhooks.list') ?? callInstance(id, 'webhooks.list', {}), { retry: false, staleTime: 30_000 });
}

export function useRepositories(instanceId: string | undefined) {
  return useInstanceQuery(instanceId, 'webhooks.repositories', {}, { retry: false, staleTime: 60_000 });
}

export function useSetEnabled(instanceId: string | undefined) {
  return useInstanceMutation(instanceId, 'webhooks.setEnabled', { invalidates: WEBHOOK_CHANGED });
}

export function useDeleteWebhook(instanceId: string | undefined) {
  return useInstanceMutation(instanceId, 'webhooks.delete', { invalidates: ['webhooks.list'], forgets: ['webhooks.get'] });
}

/** Create (no `key`) or update (`key`): answers as soon as the platform did; the lists refresh behind. */
export function useSaveWebhook(instanceId: string) {
  const client = useQueryClient();
  return async (subscription: SubscriptionInput, key?: string) => {
    const saved = key ? await callInstance(instanceId, 'webhooks.update', { key, subscription }) : await callInstance(instanceId, 'webhooks.create', { subscription });
    void invalidateCalls(client, instanceId, WEBHOOK_CHANGED);
    return saved;
  };
}

export const testWebhook = (instanceId: string, subscription: SubscriptionInput, existingKey?: string) =>
  callInstance(instanceId, 'webhooks.test', existingKey ? { subscription, existingKey } : { subscription });

/** Import into `targetId` from `sourceId`; the target's list is refreshed. */
export function useImportWebhooks(targetId: string | undefined) {
  return useInstanceMutation(targetId, 'webhooks.import', { invalidates: WEBHOOK_CHANGED });
}
