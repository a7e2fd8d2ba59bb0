// Groups area: every group name through the cursor (a few thousand: one array in one
// query entry), details with members, and the mutations as plain functions.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { CallInput, CallOutput } from '../../shared/api/contract';
import { callApi } from './bridge';
import { useInstanceQuery } from './hooks';
import { instanceKey } from './keys';

const GROUP_PAGE_SIZE = 10_000;

export const allGroupsKey = (instanceId: string) => instanceKey(instanceId, 'groups.page', { all: true });

export function useGroupNames(instanceId: string | undefined) {
  return useQuery({
    queryKey: allGroupsKey(instanceId ?? '-'),
    enabled: Boolean(instanceId),
    retry: false,
    staleTime: 60_000,
    queryFn: async () => {
      const names: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await callApi('groups.page', { instanceId: instanceId!, cursor, limit: GROUP_PAGE_SIZE });
        for (const group of page.groups) names.push(group.group_name);
        cursor = page.cursor || undefined;
      } while (cursor);
      return names;
    },
  });
}

export function useGroupDetails(instanceId: string | undefined, name: string | undefined) {
  return useInstanceQuery(instanceId, 'groups.get', { name: name ?? '' }, { enabled: Boolean(name), retry: false });
}

type GroupCalls = { 'groups.create': 1; 'groups.update': 1; 'groups.delete': 1; 'groups.updateMembers': 1 };
type Params<K extends keyof GroupCalls> = Omit<CallInput<K>, 'instanceId'>;

export function groupCall<K extends keyof GroupCalls>(instanceId: string, name: K, params: Params<K>): Promise<CallOutput<K>> {
  return callApi(name, { ...params, instanceId } as CallInput<K>);
}

/** After a group change: the list, its details, and users' details (their groups moved). */
export function useRefreshGroups(instanceId: string | undefined) {
  const client = useQueryClient();
  return (options: { list?: boolean } = {}) => {
    if (!instanceId) return;
    if (options.list) void client.invalidateQueries({ queryKey: allGroupsKey(instanceId) });
    void client.invalidateQueries({ queryKey: instanceKey(instanceId, 'groups.get') });
    void client.invalidateQueries({ queryKey: instanceKey(instanceId, 'users.get') });
  };
}

/** One group's details outside a hook (the bulk runner reads members once before a run). */
export function fetchGroup(instanceId: string, name: string): Promise<CallOutput<'groups.get'>> {
  return callApi('groups.get', { instanceId, name });
}
