// Instances area: the saved profiles change through these; every change refetches the
// instance list (the top bar, the navigation and this screen read it).
import { useQueryClient } from '@tanstack/react-query';
import { forgetInstance, useAppMutation, useAppQuery } from '../../api/hooks';

const LIST = ['instances.list'] as const;

export const useSaveInstance = () => useAppMutation('instances.save', { invalidates: LIST });
/** Removing an instance also drops every query of it, so nothing of it is fetched again. */
export function useRemoveInstance() {
  const client = useQueryClient();
  return useAppMutation('instances.remove', { invalidates: LIST, onSuccess: (_output, { id }) => forgetInstance(client, id) });
}
export const useDuplicateInstance = () => useAppMutation('instances.duplicate', { invalidates: LIST });
export const useImportInstances = () => useAppMutation('instances.import', { invalidates: LIST });
export const useExportInstances = () => useAppMutation('instances.export');
export { useConnectionTest } from './use-connection-test';

export const useSecretStoreStatus = () => useAppQuery('secrets.status', {});
export const useAllowWeakStorage = () => useAppMutation('secrets.allowWeakStorage', { invalidates: ['secrets.status'] });
