// Access and trust area: ping, root certificate, Access backups, federation targets (of
// the active instance and of every saved one, for the circle of trust), pairing.
import { useQueries } from '@tanstack/react-query';
import type { InstanceView } from '../../../shared/areas/instances/model';
import { callInstance, useInstanceMutation, useInstanceQuery } from '../../api/hooks';
import { instanceKey } from '../../api/keys';

const calm = { staleTime: 60_000, refetchOnWindowFocus: false, retry: false } as const;

export const useAccessPing = (instanceId: string | undefined) => useInstanceQuery(instanceId, 'trust.ping', {}, calm);
export const useRootCertificate = (instanceId: string | undefined) => useInstanceQuery(instanceId, 'trust.rootCert', {}, { ...calm, staleTime: 10 * 60_000 });
export const useFederations = (instanceId: string | undefined) => useInstanceQuery(instanceId, 'trust.federations', {}, calm);
export const usePairings = (instanceId: string | undefined, useCase: string, enabled: boolean) => useInstanceQuery(instanceId, 'trust.pairings', { useCase }, { ...calm, enabled });

/** Every saved instance's federation targets (same keys as useFederations, so a change refreshes both). */
export function useAllFederations(instances: InstanceView[]) {
  return useQueries({
    queries: instances.map((instance) => ({
      queryKey: instanceKey(instance.id, 'trust.federations', {}),
      queryFn: () => callInstance(instance.id, 'trust.federations', {}),
      ...calm,
    })),
  });
}

export const useExportAccess = (instanceId: string | undefined) => useInstanceMutation(instanceId, 'trust.exportAccess');
export const useImportAccess = (instanceId: string | undefined) => useInstanceMutation(instanceId, 'trust.importAccess');
export const useCreateFederation = (instanceId: string | undefined) => useInstanceMutation(instanceId, 'trust.federationCreate', { invalidates: ['trust.federations'] });
export const useUpdateFederation = (instanceId: string | undefined) => useInstanceMutation(instanceId, 'trust.federationUpdate', { invalidates: ['trust.federations'] });
export const useDeleteFederation = (instanceId: string | undefined) => useInstanceMutation(instanceId, 'trust.federationDelete', { invalidates: ['trust.federations'] });
export const useValidateFederation = (instanceId: string | undefined) => useInstanceMutation(instanceId, 'trust.federationValidate');
export const useBroadcastFederation = (instanceId: string | undefined) => useInstanceMutation(instanceId, 'trust.federationBroadcast');
export const usePair = (instanceId: string | undefined) => useInstanceMutation(instanceId, 'trust.pair', { invalidates: ['trust.pairings'] });
export const useSetLogCollection = (instanceId: string | undefined) => useInstanceMutation(instanceId, 'trust.setLogCollection');
