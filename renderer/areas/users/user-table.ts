// All users of an instance as a columnar table that grows while pages stream in. Pure
// (no React, no bridge), so the filter and sort logic around it can be unit-tested.
import type { UserSummary } from '../../../shared/areas/users/model';
import { NameSearch } from './name-search';

/** What a user's details told us that the list does not say (GET of one user). */
export interface KnownDetails {
  email?: string;
  admin: boolean;
}

/**
 * All users of an instance as parallel arrays. Lower-case names are precomputed once, and
 * a search index over them is kept in step, so filtering 100,000 names per keystroke is
 * one string search. Realm and status are small codes into label lists.
 *
 * Three counters say what changed, so a view recomputes only what depends on it:
 * `rowsVersion` (users added or removed), `fieldsVersion` (a realm or status changed) and
 * `detailsVersion` (an e-mail or admin flag became known). `version` moves with any of them.
 */
export class UserTable {
  names: string[] = [];
  lower: string[] = [];
  realmCodes: number[] = [];
  statusCodes: number[] = [];
  readonly realms: string[] = [];
  readonly statuses: string[] = [];
  /** E-mail and admin flag, known only for users whose details were fetched. */
  readonly details = new Map<string, KnownDetails>();
  private readonly index = new Map<string, number>();
  private readonly search = new NameSearch();
  version = 0;
  rowsVersion = 0;
  fieldsVersion = 0;
  detailsVersion = 0;
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

  /** The row of a user, or -1. */
  rowOf(username: string): number {
    return this.index.get(username) ?? -1;
  }

  realmOf(i: number): string {
    return this.realms[this.realmCodes[i]];
  }

  statusOf(i: number): string {
    return this.statuses[this.statusCodes[i]];
  }

  /** The search index over the lower-case names, brought up to date first. */
  nameSearch(): NameSearch {
    this.search.sync(this.lower);
    return this.search;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getVersion = (): number => this.version;

  append(users: readonly UserSummary[]): void {
    let added = false;
    let changed = false;
    for (const user of users) {
      const outcome = this.put(user);
      added ||= outcome === 'added';
      changed ||= outcome === 'changed';
    }
    this.changed(added, changed);
  }

  /** Adds or replaces one user (after create, or when details show a newer status). */
  upsert(user: UserSummary, details?: KnownDetails): void {
    const outcome = this.put(user);
    const detailsChanged = details !== undefined && this.storeDetails(user.username, details);
    this.changed(outcome === 'added', outcome === 'changed', detailsChanged);
  }

  /** What a user's details said; unknown users are ignored (deleted meanwhile). */
  setDetails(username: string, details: KnownDetails): void {
    if (!this.index.has(username)) return;
    if (this.storeDetails(username, details)) this.changed(false, false, true);
  }

  /** Drops users in one pass over the arrays (bulk delete of thousands stays linear). */
  removeMany(usernames: Iterable<string>): void {
    const gone = new Set([...usernames].filter((name) => this.index.has(name)));
    if (gone.size === 0) return;
    const keep = (_: unknown, i: number) => !gone.has(this.names[i]);
    this.lower = this.lower.filter(keep);
    this.realmCodes = this.realmCodes.filter(keep);
    this.statusCodes = this.statusCodes.filter(keep);
    this.names = this.names.filter((name) => !gone.has(name));
    for (const name of gone) this.details.delete(name);
    this.index.clear();
    this.names.forEach((name, i) => this.index.set(name, i));
    this.search.reset();
    this.changed(true, false);
  }

  finish(error: unknown = null): void {
    this.done = true;
    this.error = error;
    this.changed(false, false);
  }

  private storeDetails(username: string, details: KnownDetails): boolean {
    const before = this.details.get(username);
    if (before && before.admin === details.admin && before.email === details.email) return false;
    this.details.set(username, { admin: details.admin, ...(details.email !== undefined ? { email: details.email } : {}) });
    return true;
  }

  private put(user: UserSummary): 'added' | 'changed' | 'same' {
    const realm = codeOf(this.realms, user.realm ?? '');
    const status = codeOf(this.statuses, user.status ?? '');
    const at = this.index.get(user.username);
    if (at !== undefined) {
      if (this.realmCodes[at] === realm && this.statusCodes[at] === status) return 'same';
      this.realmCodes[at] = realm;
      this.statusCodes[at] = status;
      return 'changed';
    }
    this.index.set(user.username, this.names.length);
    this.names.push(user.username);
    this.lower.push(user.username.toLowerCase());
    this.realmCodes.push(realm);
    this.statusCodes.push(status);
    return 'added';
  }

  private changed(rows: boolean, fields: boolean, details = false): void {
    if (rows) this.rowsVersion++;
    if (fields) this.fieldsVersion++;
    if (details) this.detailsVersion++;
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
