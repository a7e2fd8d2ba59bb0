// HTTP settings area: the webServer settings, the platform's snippet and the Docker
// repositories, and saving. Keys lead with the instance id, so switching instance never
// shows another's settings.
import type { WebServerSettings } from '../../../shared/areas/http-settings/model';
import { useInstanceMutation, useInstanceQuery } from '../../api/hooks';

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
  const mutation = useInstanceMutation(instanceId, 'httpSettings.save', { invalidates: ['httpSettings.get', 'httpSettings.platformSnippet'] });
  return { ...mutation, save: (settings: WebServerSettings) => mutation.mutateAsync({ settings }) };
}
