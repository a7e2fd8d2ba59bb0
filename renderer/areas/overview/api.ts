// Overview area: one instance's version, license, probes and router health.
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { InstanceView } from '../../../shared/areas/instances/model';
import { useInstanceQuery } from '../../api/hooks';
import { appKey } from '../../api/keys';

export function useSystemOverview(instance: InstanceView | undefined) {
  const overview = useInstanceQuery(instance?.id, 'system.overview', {});
  // The services record the platform kind the overview found out; refresh the instance
  // list so the navigation hides self-hosted-only screens on Cloud.
  const queryClient = useQueryClient();
  const detected = overview.data?.platform;
  useEffect(() => {
    if (instance && detected && detected !== 'unknown' && detected !== instance.platform) {
      void queryClient.invalidateQueries({ queryKey: appKey('instances.list') });
    }
  }, [detected, instance, queryClient]);
  return overview;
}

/** Router health, polled every `seconds` unless paused. */
export function useRouterHealth(instanceId: string | undefined, seconds: number, paused: boolean) {
  return useInstanceQuery(instanceId, 'system.routerHealth', {}, { refetchInterval: paused ? false : seconds * 1000, staleTime: 0 });
}
