// Users area: the streaming all-users loader (one columnar table per instance, not a
// query entry per user), detail/locked queries and the actions bulk runs call.
import { useSyncExternalStore } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { CallInput, CallOutput } from '../../shared/api/contract';
import type { UserSummary } from '../../shared/areas/users/model';
import { callApi } from './bridge';
import { useInstanceQuery } from './hooks';
import { instanceKey } from './keys';

/** Big pages: 100,000 users arrive in ten round trips. */
export const USER_PAGE_SIZE = 10_000;

/**
 * All users of an instance as parallel arrays. Lower-case names are precomputed once so
 * filtering 100,000 names per keystroke is a plain substring scan. Realm and status are
 * small codes into label lists. Listeners are told of every change through `version`.
 */
export class UserTable {
  names: string[] = [];
  lower: string[] = [];
  realmCodes: number[] = [];
  statusCodes: number[] = [];
  readonly realms: string[] = [];
  readonly statuses: string[] = [];
  /** Admin flag, known only for users whose details were fetched. */
  readonly admin = new Map<string, boolean>();
  private readonly index = new Map<string, number>();
  version = 0;
  pages = 0;
  done = false;
  error: unknown = null;
  startedAt = performance.now();
  private readonly listeners = new Set<() => void>();
  readonly abort = new AbortController();

  get count(): number {
    return this.names.length;
  }

  has(username: string): boolean {
    return this.index.has(username);
  }

  realmOf(i: number): string {
    return this.realms[this.realmCodes[i]];
  }

  statusOf(i: number): string {
    return this.statuses[this.statusCodes[i]];
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getVersion = (): number => this.version;

  append(users: readonly UserSummary[]): void {
    for (const user of users) this.put(user);
    this.changed();
  }

  /** Adds or replaces one user (after create, or when details show a newer status). */
  upsert(user: UserSummary, admin?: boolean): void {
    this.put(user);
    if (admin !== undefined) this.admin.set(user.username, admin);
    this.changed();
  }

  setAdmin(username: string, admin: boolean): void {
    if (this.admin.get(username) === admin) return;
    this.admin.set(username, admin);
    this.changed();
  }

  /** Drops users in one pass over the arrays (bulk delete of thousands stays linear). */
  removeMany(usernames: Iterable<string>): void {
    const gone = new Set(usernames);
    if (gone.size === 0) return;
    const keep = (_: unknown, i: number) => !gone.has(this.names[i]);
    this.lower = this.lower.filter(keep);
    this.realmCodes = this.realmCodes.filter(keep);
    this.statusCodes = this.statusCodes.filter(keep);
    this.names = this.names.filter((name) => !gone.has(name));
    this.index.clear();
    this.names.forEach((name, i) => this.index.set(name, i));
    this.changed();
  }

  finish(error: unknown = null): void {
    this.done = true;
    this.error = error;
    this.changed();
  }

  private put(user: UserSummary): void {
    const realm = codeOf(this.realms, user.realm ?? '');
    const status = codeOf(this.statuses, user.status ?? '');
    const at = this.index.get(user.username);
    if (at !== undefined) {
      this.realmCodes[at] = realm;
      this.statusCodes[at] = status;
      return;
    }
    this.index.set(user.username, this.names.length);
    this.names.push(user.username);
    this.lower.push(user.username.toLowerCase());
    this.realmCodes.push(realm);
    this.statusCodes.push(status);
  }

  private changed(): void {
    this.version++;
    for (const listener of this.listeners) listener();
  }
}

function codeOf(labels: string[], label: string): number {
  const at = labels.indexOf(label);
  if (at >= 0) return at;
  labels.push(label);
  return labels.length - 1;
}

async function streamRest(instanceId: string, table: UserTable, cursor: string | undefined): Promise<void> {
  const fetchPage = (at: string) => callApi('users.page', { instanceId, cursor: at, limit: USER_PAGE_SIZE });
  try {
    // Pipelined: the next page is requested as soon as its cursor is known, so the table
    // grows and the screen renders while that page is on its way.
    let pending = cursor ? fetchPage(cursor) : null;
    while (pending && !table.abort.signal.aborted) {
      const page = await pending;
      const next = page.cursor || undefined;
      pending = next && !table.abort.signal.aborted ? fetchPage(next) : null;
      table.pages++;
      table.append(page.users);
    }
    table.finish();
  } catch (error) {
    table.finish(error);
  }
}

export const allUsersKey = (instanceId: string) => instanceKey(instanceId, 'users.page', { all: true });

/**
 * The first page is awaited (so a 403 becomes the query's error and the screen can say
 * "needs admin"); the rest streams into the same table while the first rows are shown.
 */
export function useUserTable(instanceId: string | undefined) {
  const client = useQueryClient();
  const query = useQuery({
    queryKey: allUsersKey(instanceId ?? '-'),
    enabled: Boolean(instanceId),
    staleTime: Infinity,
    gcTime: 10 * 60_000,
    retry: false,
    refetchOnWindowFocus: false,
    queryFn: async () => {
      // A reload replaces the table: stop the old one streaming.
      client.getQueryData<UserTable>(allUsersKey(instanceId!))?.abort.abort();
      const table = new UserTable();
      const first = await callApi('users.page', { instanceId: instanceId!, limit: USER_PAGE_SIZE });
      table.pages = 1;
      table.append(first.users);
      if (first.cursor) void streamRest(instanceId!, table, first.cursor);
      else table.finish();
      return table;
    },
  });
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

type Params<K extends keyof UserCalls> = Omit<CallInput<K>, 'instanceId'>;
type UserCalls = {
  'users.create': 1; 'users.update': 1; 'users.delete': 1; 'users.updateGroups': 1;
  'users.setPassword': 1; 'users.expirePassword': 1; 'users.unlock': 1;
};

/** A user mutation as a plain function (dialogs and the bulk runner both use these). */
export function userCall<K extends keyof UserCalls>(instanceId: string, name: K, params: Params<K>): Promise<CallOutput<K>> {
  return callApi(name, { ...params, instanceId } as CallInput<K>);
}

/** After a change: refetch the user's details (all users' without a name), the locked list and group details; keep the big table. */
export function useRefreshUser(instanceId: string | undefined) {
  const client = useQueryClient();
  return (username?: string) => {
    if (!instanceId) return;
    void client.invalidateQueries({ queryKey: instanceKey(instanceId, 'users.locked') });
    void client.invalidateQueries({ queryKey: username ? instanceKey(instanceId, 'users.get', { username }) : instanceKey(instanceId, 'users.get') });
    // Group member lists may change with a user's groups.
    void client.invalidateQueries({ queryKey: instanceKey(instanceId, 'groups.get') });
  };
}
