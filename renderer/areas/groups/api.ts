// Groups area: every group name through the cursor (a few thousand: one array in one
// query entry), details with members, and the group mutations.
import type { CallName, CallOutput } from '../../../shared/api/contract';
import { CursorWalk } from '../../../shared/api/paging';
import { GROUPS_PATH } from '../../../shared/areas/groups/calls';
import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { callInstance, useInstanceLoader, useInstanceMutation, useInstanceQuery } from '../../api/hooks';
import { instanceKey } from '../../api/keys';
import { summaryOf, type GroupSummaryRow } from './group-summary';
import { createLimiter } from './limit-concurrency';

const GROUP_PAGE_SIZE = 10_000;

/** Every page; a repeated cursor or an empty page with a cursor is an error, never an endless walk. */
async function allGroupNames(instanceId: string): Promise<string[]> {
  const names: string[] = [];
  const walk = new CursorWalk('groups', GROUPS_PATH);
  let cursor: string | undefined;
  do {
    const page = await callInstance(instanceId, 'groups.page', { cursor, limit: GROUP_PAGE_SIZE });
    for (const group of page.groups) names.push(group.group_name);
    cursor = walk.next(page, page.groups.length);
  } while (cursor);
  return names;
}

export function useGroupNames(instanceId: string | undefined) {
  return useInstanceLoader(instanceId, 'groups.page', { all: true }, allGroupNames, { retry: false, staleTime: 60_000 });
}

/** The list's lazy details: a few at a time, however fast the list scrolls. */
const detailsLimit = createLimiter(4);

/**
 * Description and member count of one group in the list. A page of groups names them only,
 * so each visible row reads its group's details; kept under groups.get, so a change to a
 * group (which invalidates groups.get) refreshes its row too.
 */
export function useGroupSummary(instanceId: string | undefined, name: string) {
  return useInstanceLoader<GroupSummaryRow>(
    instanceId,
    'groups.get',
    { name, summary: true },
    (id, signal) => detailsLimit(() => callInstance(id, 'groups.get', { name }), signal).then(summaryOf),
    { staleTime: 5 * 60_000, retry: false, refetchOnWindowFocus: false },
  );
}

export function useGroupDetails(instanceId: string | undefined, name: string | undefined) {
  return useInstanceQuery(instanceId, 'groups.get', { name: name ?? '' }, { enabled: Boolean(name), retry: false });
}

/** A group change makes stale: the list (create/delete), every group's details, users' details (their groups moved). */
const GROUP_CHANGED: Record<GroupMutation, readonly CallName[]> = {
  'groups.create': ['groups.page', 'groups.get', 'users.get'],
  'groups.update': ['groups.get'],
  'groups.delete': ['groups.page', 'users.get'],
  'groups.updateMembers': ['groups.get', 'users.get'],
};

type GroupMutation = 'groups.create' | 'groups.update' | 'groups.delete' | 'groups.updateMembers';

export function useGroupMutation<K extends GroupMutation>(instanceId: string | undefined, name: K, onSuccess?: (output: CallOutput<K>) => void) {
  const client = useQueryClient();
  return useInstanceMutation(instanceId, name, {
    onSuccess: (output, params) => {
      if (name === 'groups.delete' && instanceId) forgetDeletedGroup(client, instanceId, (params as unknown as { name: string }).name);
      onSuccess?.(output);
    },
    invalidates: GROUP_CHANGED[name],
  });
}

/**
 * A deleted group leaves the list at once (its row would read its details again) and its
 * details leave the cache; the other rows keep theirs.
 */
function forgetDeletedGroup(client: QueryClient, instanceId: string, group: string): void {
  client.setQueryData<string[]>(instanceKey(instanceId, 'groups.page', { all: true }), (names) => names?.filter((name) => name !== group));
  client.removeQueries({ queryKey: instanceKey(instanceId, 'groups.get', { name: group }), exact: true });
  client.removeQueries({ queryKey: instanceKey(instanceId, 'groups.get', { name: group, summary: true }), exact: true });
}
