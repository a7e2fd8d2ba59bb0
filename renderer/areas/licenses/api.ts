// Licenses area: the node's license, the cluster's, installing and deleting, and the
// licenses.expiry scan across instances (an app call: it spans every saved instance).
import { useInstances } from '../../app/active-instance';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { callApi } from '../../api/bridge';
import { appKey } from '../../api/keys';
import { useState } from 'react';
import type { InstallForm, InstallResult } from '../../../shared/areas/licenses/model';
import { callInstance, invalidateCalls, useInstanceMutation, useInstanceQuery } from '../../api/hooks';

const calm = { staleTime: 60_000, retry: false, refetchOnWindowFocus: false } as const;

export function useLicense(instanceId: string | undefined) {
  return useInstanceQuery(instanceId, 'licenses.get', {}, calm);
}

export function useClusterLicenses(instanceId: string | undefined) {
  return useInstanceQuery(instanceId, 'licenses.cluster', {}, calm);
}

/** Installing and deleting change both views. */
const CHANGED = ['licenses.get', 'licenses.cluster', 'system.overview'] as const;

/**
 * Installing keys. Not a query-library mutation on purpose: that keeps its variables (the
 * keys) in its cache for minutes; this holds them only while the call is under way.
 */
export function useInstallLicenses(instanceId: string | undefined) {
  const client = useQueryClient();
  const [state, setState] = useState<{ pending: boolean; error: unknown }>({ pending: false, error: null });
  const install = async (licenseKeys: string[], form: InstallForm): Promise<InstallResult | undefined> => {
    if (!instanceId) return undefined;
    setState({ pending: true, error: null });
    try {
      const result = await callInstance(instanceId, 'licenses.install', { licenseKeys, form });
      setState({ pending: false, error: null });
      await invalidateCalls(client, instanceId, CHANGED);
      return result;
    } catch (error) {
      setState({ pending: false, error });
      return undefined;
    }
  };
  return { install, isPending: state.pending, error: state.error };
}

export function useDeleteLicenses(instanceId: string | undefined) {
  return useInstanceMutation(instanceId, 'licenses.delete', { invalidates: CHANGED });
}

/** The scan's snapshot; polled while a cycle runs so rows fill in as instances answer. */
export function useLicenseFleet() {
  // With no saved instance there is nothing to watch: no call at all (the offline screens stay offline).
  const someInstance = (useInstances().data?.length ?? 0) > 0;
  return useQuery({
    enabled: someInstance,
    queryKey: appKey('licenses.fleet'),
    queryFn: () => callApi('licenses.fleet', {}),
    refetchInterval: (query) => (query.state.data?.running || query.state.data?.instances.some((i) => i.status === 'pending') ? 1000 : 60_000),
    retry: false,
  });
}

export function useRefreshLicenseFleet() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => callApi('licenses.fleetRefresh', {}),
    onSuccess: (snapshot) => client.setQueryData(appKey('licenses.fleet'), snapshot),
  });
}
