// Projects area: the project list (one array: 1,000 projects are one answer), one project's
// members, roles, environments and repositories, and the changes with what each makes stale.
import { useQueryClient } from '@tanstack/react-query';
import { useMemo, useSyncExternalStore } from 'react';
import type { CallName, CallOutput } from '../../../shared/api/contract';
import type { MemberKind, ProjectMember, ProjectRepository } from '../../../shared/areas/projects/model';
import { callInstance, useInstanceLoader, useInstanceMutation, useInstanceQuery } from '../../api/hooks';
import { instanceKey } from '../../api/keys';
import { takeEarly } from '../../api/early-call';

const STALE = 30_000;

/**
 * Every project, in one answer. Not structurally shared: a refetch of 1,000 projects would be
 * deep-compared with the last one for nothing (the screen rebuilds its rows from a new list anyway).
 */
export function useProjects(instanceId: string | undefined) {
  return useInstanceLoader(instanceId, 'projects.list', {}, (id) => takeEarly(id, 'projects.list') ?? callInstance(id, 'projects.list', {}), {
    retry: false,
    staleTime: STALE,
    structuralSharing: false,
  });
}

export function useProject(instanceId: string | undefined, key: string | undefined) {
  return useInstanceQuery(instanceId, 'projects.get', { key: key ?? '' }, { enabled: Boolean(key), retry: false });
}

export function useMembers(instanceId: string | undefined, key: string, kind: MemberKind) {
  return useInstanceQuery(instanceId, 'projects.members', { key, kind }, { retry: false, staleTime: STALE });
}

export function useRoles(instanceId: string | undefined, key: string) {
  return useInstanceQuery(instanceId, 'projects.roles', { key }, { retry: false, staleTime: STALE });
}

export function useGlobalEnvironments(instanceId: string | undefined) {
  return useInstanceQuery(instanceId, 'projects.globalEnvironments', {}, { retry: false, staleTime: 5 * 60_000 });
}

export function useProjectEnvironments(instanceId: string | undefined, key: string) {
  return useInstanceQuery(instanceId, 'projects.environments', { key }, { retry: false, staleTime: STALE });
}

export function useProjectRepositories(instanceId: string | undefined, key: string) {
  return useInstanceQuery(instanceId, 'projects.projectRepositories', { key }, { retry: false, staleTime: STALE });
}

export function useAllRepositories(instanceId: string | undefined, enabled = true) {
  return useInstanceQuery(instanceId, 'projects.allRepositories', {}, { enabled, retry: false, staleTime: 60_000 });
}

export function useRepositoryStatus(instanceId: string | undefined, repo: string | null) {
  return useInstanceQuery(instanceId, 'projects.repositoryStatus', { repo: repo ?? '' }, { enabled: Boolean(repo), retry: false });
}

/** The instance's version (features such as "manage remote repositories" depend on it). */
export function usePlatformVersion(instanceId: string | undefined) {
  return useInstanceQuery(instanceId, 'system.version', {}, { retry: false, staleTime: 5 * 60_000 });
}

type ProjectMutation = Extract<
  CallName,
  | 'projects.create'
  | 'projects.update'
  | 'projects.delete'
  | 'projects.setMember'
  | 'projects.removeMember'
  | 'projects.createRole'
  | 'projects.updateRole'
  | 'projects.deleteRole'
  | 'projects.createEnvironment'
  | 'projects.renameEnvironment'
  | 'projects.deleteEnvironment'
  | 'projects.assignRepository'
  | 'projects.unassignRepository'
  | 'projects.shareRepository'
  | 'projects.unshareRepository'
  | 'projects.shareRepositoryWithAll'
  | 'projects.unshareRepositoryWithAll'
>;

const REPOSITORIES: readonly CallName[] = ['projects.projectRepositories', 'projects.repositoryStatus'];
const ENVIRONMENTS: readonly CallName[] = ['projects.environments', 'projects.roles', ...REPOSITORIES];

/** What each change makes stale. Removing a role takes it from members; renaming an environment changes roles and repositories. */
export const PROJECT_CHANGED: Record<ProjectMutation, readonly CallName[]> = {
  'projects.create': ['projects.list'],
  'projects.update': ['projects.list', 'projects.get'],
  'projects.delete': ['projects.list', ...REPOSITORIES],
  'projects.setMember': ['projects.members'],
  'projects.removeMember': ['projects.members'],
  'projects.createRole': ['projects.roles'],
  'projects.updateRole': ['projects.roles'],
  'projects.deleteRole': ['projects.roles', 'projects.members'],
  'projects.createEnvironment': ENVIRONMENTS,
  'projects.renameEnvironment': ENVIRONMENTS,
  'projects.deleteEnvironment': ENVIRONMENTS,
  'projects.assignRepository': REPOSITORIES,
  'projects.unassignRepository': REPOSITORIES,
  'projects.shareRepository': REPOSITORIES,
  'projects.unshareRepository': REPOSITORIES,
  'projects.shareRepositoryWithAll': REPOSITORIES,
  'projects.unshareRepositoryWithAll': REPOSITORIES,
};

export function useProjectMutation<K extends ProjectMutation>(instanceId: string | undefined, name: K, onSuccess?: (output: CallOutput<K>) => void) {
  return useInstanceMutation(instanceId, name, {
    onSuccess,
    invalidates: PROJECT_CHANGED[name],
    // A deleted project's details and lists must not be fetched again.
    forgets: name === 'projects.delete' ? ['projects.get', 'projects.members', 'projects.roles', 'projects.environments'] : [],
  });
}

export interface KnownCounts {
  members?: number;
  repositories?: number;
}

/**
 * Member and repository counts of the projects whose lists this session has read (the
 * project list itself carries none): read from the query cache, kept up to date with it.
 */
export function useKnownCounts(instanceId: string | undefined): ReadonlyMap<string, KnownCounts> {
  const client = useQueryClient();
  const cache = client.getQueryCache();
  const version = useSyncExternalStore(
    (listener) => cache.subscribe(listener),
    () =>
      cache
        .getAll()
        .filter((query) => query.state.status === 'success' && isCountQuery(query.queryKey))
        .reduce((sum, query) => sum + query.state.dataUpdatedAt, 0),
  );
  return useMemo(() => {
    const counts = new Map<string, KnownCounts & { users?: number; groups?: number }>();
    if (!instanceId) return counts;
    const entry = (key: string) => counts.get(key) ?? counts.set(key, {}).get(key)!;
    for (const [queryKey, data] of client.getQueriesData<ProjectMember[]>({ queryKey: instanceKey(instanceId, 'projects.members') })) {
      const params = queryKey[3] as { key: string; kind: MemberKind } | undefined;
      if (params && data) entry(params.key)[params.kind] = data.length;
    }
    for (const [queryKey, data] of client.getQueriesData<ProjectRepository[]>({ queryKey: instanceKey(instanceId, 'projects.projectRepositories') })) {
      const params = queryKey[3] as { key: string } | undefined;
      if (params && data) entry(params.key).repositories = data.length;
    }
    for (const count of counts.values()) if (count.users !== undefined && count.groups !== undefined) count.members = count.users + count.groups;
    return counts;
    // version: the cache changed; the counts are read from it again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [client, instanceId, version]);
}

const isCountQuery = (key: readonly unknown[]) => key[2] === 'projects.members' || key[2] === 'projects.projectRepositories';
