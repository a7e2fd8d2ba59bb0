// All users of an instance as a columnar table that grows while pages stream in. Pure
// (no React, no bridge), so the filter and sort logic around it can be unit-tested.
import type { UserSummary } from '../../../shared/areas/users/model';

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
