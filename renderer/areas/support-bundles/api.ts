// Support bundles area: the list (polled while a bundle is being made), each in-progress
// bundle's metadata followed until it ends, create/delete, the archive downloads main
// streams to disk (their status polled), and Cloud's log collection switch.
import { useQueries, useQueryClient } from '@tanstack/react-query';
import type { DownloadJob } from '../../../shared/areas/support-bundles/model';
import { callInstance, invalidateCalls, useInstanceMutation, useInstanceQuery } from '../../api/hooks';
import { instanceKey } from '../../api/keys';

const FOLLOW_MS = 1500;

export function useBundles(instanceId: string | undefined, enabled = true) {
  return useInstanceQuery(instanceId, 'supportBundles.list', {}, { retry: false, refetchOnWindowFocus: false, enabled });
}

/**
 * Follows bundles still being made by polling their metadata; when one ends, the list is
 * refetched. Leaving the screen stops it; coming back picks the in-progress ones up again.
 */
export function useFollowBundles(instanceId: string | undefined, ids: readonly string[]) {
  const client = useQueryClient();
  return useQueries({
    queries: ids.map((id) => ({
      queryKey: instanceKey(instanceId ?? '-', 'supportBundles.get', { id, follow: true }),
      queryFn: async () => {
        const meta = await callInstance(instanceId!, 'supportBundles.get', { id });
        if (meta.status !== 'in-progress') await invalidateCalls(client, instanceId!, ['supportBundles.list']);
        return meta;
      },
      enabled: Boolean(instanceId),
      refetchInterval: FOLLOW_MS,
      retry: false,
    })),
  });
}

export function useBundleMetadata(instanceId: string | undefined, id: string | undefined) {
  return useInstanceQuery(instanceId, 'supportBundles.get', { id: id ?? '' }, { enabled: Boolean(id), retry: false });
}

export function useCreateBundle(instanceId: string | undefined) {
  return useInstanceMutation(instanceId, 'supportBundles.create', { invalidates: ['supportBundles.list'] });
}

export function useDeleteBundle(instanceId: string | undefined) {
  return useInstanceMutation(instanceId, 'supportBundles.delete', { invalidates: ['supportBundles.list'], forgets: ['supportBundles.get'] });
}

export function useStartDownload(instanceId: string | undefined) {
  return useInstanceMutation(instanceId, 'supportBundles.download');
}

/** A running download's bytes and rate, polled until it ends. */
export function useDownloadJob(instanceId: string | undefined, jobId: string | undefined) {
  return useInstanceQuery(
    instanceId,
    'supportBundles.downloadStatus',
    { jobId: jobId ?? '' },
    {
      enabled: Boolean(jobId),
      retry: false,
      refetchInterval: (query) => ((query.state.data as DownloadJob | undefined)?.state === 'running' || !query.state.data ? 500 : false),
    },
  );
}

export function useCancelDownload(instanceId: string | undefined) {
  return useInstanceMutation(instanceId, 'supportBundles.cancelDownload', { invalidates: ['supportBundles.downloadStatus'] });
}

export function useLogCollection(instanceId: string | undefined) {
  return useInstanceMutation(instanceId, 'supportBundles.logCollection');
}
