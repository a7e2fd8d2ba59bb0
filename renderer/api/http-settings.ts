// React Query hooks for the HTTP settings screen. Keys lead with the instance id
// (renderer/api/keys.ts), so switching instance never shows another's settings.
import type { WebServerSettings } from '../../shared/areas/http-settings/model';
import { useApiMutation, useInstanceQuery } from './hooks';
import { instanceKey } from './keys';

/** Settings change rarely; do not refetch under the user's hands while they edit. */
const calm = { staleTime: 5 * 60_000, refetchOnWindowFocus: false, retry: false } as const;

export function useHttpSettings(instanceId: string | undefined, enabled = true) {
  return useInstanceQuery(instanceId, 'httpSettings.get', {}, { ...calm, enabled });
}

export function useDockerRepos(instanceId: string | undefined, enabled = true) {
  return useInstanceQuery(instanceId, 'httpSettings.dockerRepos', {}, { ...calm, enabled });
}

export function usePlatformSnippet(instanceId: string | undefined, enabled = true) {
  return useInstanceQuery(instanceId, 'httpSettings.platformSnippet', {}, { ...calm, enabled });
}

/** Saving changes the platform's snippet too, so both are refetched afterwards. */
export function useSaveHttpSettings(instanceId: string | undefined) {
  const id = instanceId ?? '-';
  const mutation = useApiMutation('httpSettings.save', [
    [...instanceKey(id, 'httpSettings.get')],
    [...instanceKey(id, 'httpSettings.platformSnippet')],
  ]);
  return {
    ...mutation,
    save: (settings: WebServerSettings) => mutation.mutateAsync({ instanceId: id, settings }),
  };
}
