// Users area: the streaming all-users loader (one columnar table per instance, not a
// query entry per user), detail/locked queries, and the user mutations.
import { useSyncExternalStore } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { CallName, CallOutput } from '../../../shared/api/contract';
import { CursorWalk } from '../../../shared/api/paging';
import { USERS_PATH } from '../../../shared/areas/users/calls';
import { takeFirstPage, USER_PAGE_SIZE } from './first-page';
import { callInstance, invalidateCalls, useInstanceLoader, useInstanceMutation, useInstanceQuery } from '../../api/hooks';
import { instanceKey } from '../../api/keys';
import { UserTable } from './user-table';

export { UserTable } from './user-table';

/** What a change to a user makes stale: details, the locked list, group member lists. The big table is updated in place. */
export const USER_CHANGED: readonly CallName[] = ['users.get', 'users.locked', 'groups.get'];

async function streamRest(instanceId: string, table: UserTable, walk: CursorWalk, cursor: string | undefined): Promise<void> {
  const fetchPage = (at: string) => callInstance(instanceId, 'users.page', { cursor: at, limit: USER_PAGE_SIZE });
  try {
    // Pipelined: the next page is requested as soon as its cursor is known, so the table
    // grows and the screen renders while that page is on its way. The walk refuses a
    // repeated cursor or an empty page with one, so a confused platform cannot loop us.
    let pending = cursor ? fetchPage(cursor) : null;
    while (pending && !table.abort.signal.aborted) {
      const page = await pending;
      const next = walk.next(page, page.users.length);
      pending = next && !table.abort.signal.aborted ? fetchPage(next) : null;
      table.pages++;
      table.append(page.users);
    }
    table.finish();
  } catch (error) {
    table.finish(error);
  }
}

const ALL = { all: true } as const;
export const allUsersKey = (instanceId: string) => instanceKey(instanceId, 'users.page', ALL);

/**
 * The first page is awaited (so a 403 becomes the query's error and the screen can say
 * "needs admin"); the rest streams into the same table while the first rows are shown.
 */
export function useUserTable(instanceId: string | undefined) {
  const client = useQueryClient();
  const query = useInstanceLoader(
    instanceId,
    'users.page',
    ALL,
    async (id) => {
      // A reload replaces the table: stop the old one streaming.
      client.getQueryData<UserTable>(allUsersKey(id))?.abort.abort();
      const table = new UserTable();
      const first = await takeFirstPage(id);
      const walk = new CursorWalk('users', USERS_PATH);
      const next = walk.next(first, first.users.length);
      table.pages = 1;
      table.append(first.users);
      if (next) void streamRest(id, table, walk, next);
      else table.finish();
      return table;
    },
    { staleTime: Infinity, gcTime: 10 * 60_000, retry: false, refetchOnWindowFocus: false },
  );
  const table = query.data;
  const version = useSyncExternalStore(table?.subscribe ?? noSubscribe, table?.getVersion ?? zero);
  return { query, table, version };
}

const noSubscribe = () => () => undefined;
const zero = () => 0;

export function useLockedUsers(instanceId: string | undefined) {
  return useInstanceQuery(instanceId, 'users.locked', {}, { staleTime: 30_000, retry: false });
}

export function useUserDetails(instanceId: string | undefined, username: string | undefined) {
  return useInstanceQuery(instanceId, 'users.get', { username: username ?? '' }, { enabled: Boolean(username), retry: false });
}

type UserMutation = 'users.create' | 'users.update' | 'users.delete' | 'users.updateGroups' | 'users.setPassword' | 'users.expirePassword' | 'users.unlock';

/** A change to users; refetches what it makes stale. A deleted user's details are dropped, never refetched. */
export function useUserMutation<K extends UserMutation>(instanceId: string | undefined, name: K, onSuccess?: (output: CallOutput<K>) => void) {
  return useInstanceMutation(instanceId, name, {
    onSuccess,
    invalidates: name === 'users.delete' ? USERS_DELETED : USER_CHANGED,
    forgets: name === 'users.delete' ? ['users.get'] : [],
  });
}

/** What deleting users makes stale: the locked list and group member lists (never the deleted users' details). */
const USERS_DELETED: readonly CallName[] = ['users.locked', 'groups.get'];

/**
 * After changes made outside a mutation hook (a bulk run): refetch what they made stale.
 * Deleted users' details are dropped from the cache first, so nothing fetches them again.
 */
export function useRefreshUser(instanceId: string | undefined) {
  const client = useQueryClient();
  return (deleted: readonly string[] = []) => {
    if (!instanceId) return;
    for (const username of deleted) client.removeQueries({ queryKey: instanceKey(instanceId, 'users.get', { username }), exact: true });
    void invalidateCalls(client, instanceId, deleted.length > 0 ? USERS_DELETED : USER_CHANGED);
  };
}
