// The rows the users list shows: row numbers of the UserTable after sort and filters.
// Pure, and built to answer within a frame at 100,000 users:
// - the sort order is computed once per (users, column, direction) and kept;
// - realm, status and group filters are applied once per combination ("the base");
// - the text filter searches the joined names (NameSearch) and keeps its last answers, so
//   a longer needle searches only the matches of a shorter one, and deleting a character
//   goes back to an answer already known.
import { byKnownString, groupByRank, labelRanks, nameOrder, reversed, type SortKey } from './user-order';
import type { UserTable } from './user-table';

export type { SortKey } from './user-order';

export interface UserFilters {
  text: string;
  realm: string;
  status: string;
  /** Only members of this group; null: every user. */
  group: string | null;
  sort: SortKey | null;
  descending: boolean;
}

export const NO_FILTERS: UserFilters = { text: '', realm: '', status: '', group: null, sort: null, descending: false };

/** The status a row shows: locked when the platform lists it as locked, else the list's status. */
export function effectiveStatus(table: UserTable, row: number, locked: ReadonlySet<string>): string {
  return locked.has(table.names[row]) ? 'locked' : table.statusOf(row);
}

/** The text filter as applied: trimmed, lower case. */
export const needleOf = (text: string): string => text.trim().toLowerCase();

/** How many answers to recent needles are kept (typing and deleting a word stays inside). */
const KEPT_NEEDLES = 32;
/** A known answer smaller than this share of all users is scanned row by row instead of searched. */
const SUBSET_SHARE = 8;

const ids = new WeakMap<object, number>();
let nextId = 1;
/** A number per object identity, to key caches on "the same Set / array as before". */
function idOf(value: object | null): number {
  if (value === null) return 0;
  let id = ids.get(value);
  if (id === undefined) {
    id = nextId++;
    ids.set(value, id);
  }
  return id;
}

interface Cached<T> {
  key: string;
  value: T;
}

export class UserView {
  private byName: Cached<Int32Array> | null = null;
  private lockedMarks: Cached<Uint8Array> | null = null;
  private memberMarks: Cached<Uint8Array> | null = null;
  private order: Cached<Int32Array> | null = null;
  private base: Cached<Int32Array> | null = null;
  /** Answers for needles over the current base, oldest first. */
  private readonly answers = new Map<string, Int32Array>();
  private scratch = new Uint8Array(0);
  /** The current order when it is every row in row order (no sort, no other filter), else null. */
  private unfiltered: Int32Array | null = null;

  constructor(readonly table: UserTable) {}

  /**
   * The rows to show. `locked`: usernames the platform lists as locked; `members`: the
   * members of `filters.group` (null while no group filter is set).
   */
  rows(filters: UserFilters, locked: ReadonlySet<string>, members: readonly string[] | null): Int32Array {
    const base = this.baseRows(filters, locked, members);
    const needle = needleOf(filters.text);
    if (!needle) return base;
    const known = this.answers.get(needle);
    if (known) {
      // Most recent last: it is kept longest.
      this.answers.delete(needle);
      this.answers.set(needle, known);
      return known;
    }
    const answer = this.search(needle, base);
    this.answers.set(needle, answer);
    if (this.answers.size > KEPT_NEEDLES) this.answers.delete(this.answers.keys().next().value as string);
    return answer;
  }

  /**
   * Builds what the first keystroke or sort click would otherwise wait for (the search
   * index and the name order), for a moment when the screen is idle.
   */
  prepare(): void {
    this.table.nameSearch();
    this.namesInOrder();
  }

  /** Rows in the chosen sort order, computed once per users, column and direction. */
  sorted(sort: SortKey | null, descending: boolean, locked: ReadonlySet<string>): Int32Array {
    const t = this.table;
    // Which changes this order depends on: status on the locked list, admin and e-mail on details.
    const depends = sort === 'status' ? `${t.fieldsVersion}:${idOf(locked)}` : sort === 'realm' ? t.fieldsVersion : sort === 'admin' || sort === 'email' ? t.detailsVersion : '';
    const key = `${t.rowsVersion}|${sort}|${descending}|${depends}`;
    if (this.order?.key !== key) this.order = { key, value: this.computeOrder(sort, descending, locked) };
    return this.order.value;
  }

  /** Row → 1 when the platform lists that user as locked. */
  locks(locked: ReadonlySet<string>): Uint8Array {
    const key = `${this.table.rowsVersion}|${idOf(locked)}`;
    if (this.lockedMarks?.key !== key) this.lockedMarks = { key, value: this.marksOf(locked) };
    return this.lockedMarks.value;
  }

  private baseRows(filters: UserFilters, locked: ReadonlySet<string>, members: readonly string[] | null): Int32Array {
    const t = this.table;
    const order = this.sorted(filters.sort, filters.descending, locked);
    const fields = filters.realm || filters.status ? t.fieldsVersion : '';
    const key = `${idOf(order)}|${fields}|${filters.realm}|${filters.status}|${filters.status ? idOf(locked) : 0}|${idOf(members)}`;
    if (this.base?.key === key) return this.base.value;
    this.answers.clear();
    let rows = order;
    if (filters.realm || filters.status || members) {
      const realm = filters.realm ? t.realms.indexOf(filters.realm) : -1;
      const status = filters.status ? t.statuses.indexOf(filters.status) : -1;
      const locks = filters.status ? this.locks(locked) : null;
      const inGroup = members ? this.groupMarks(members) : null;
      const out = new Int32Array(order.length);
      let n = 0;
      for (let k = 0; k < order.length; k++) {
        const row = order[k];
        if (filters.realm && t.realmCodes[row] !== realm) continue;
        if (locks && (filters.status === 'locked' ? !locks[row] && t.statusCodes[row] !== status : locks[row] || t.statusCodes[row] !== status)) continue;
        if (inGroup && !inGroup[row]) continue;
        out[n++] = row;
      }
      rows = out.slice(0, n);
    }
    this.base = { key, value: rows };
    this.unfiltered = rows === order && !filters.sort ? rows : null;
    return rows;
  }

  private search(needle: string, base: Int32Array): Int32Array {
    // The smallest known answer whose needle this one contains holds every match.
    let within = base;
    for (const [known, answer] of this.answers) if (answer.length < within.length && needle.includes(known)) within = answer;
    const out = new Int32Array(within.length);
    let n = 0;
    if (within.length * SUBSET_SHARE <= this.table.count) {
      const { lower } = this.table;
      for (let k = 0; k < within.length; k++) if (lower[within[k]].includes(needle)) out[n++] = within[k];
    } else if (within === this.unfiltered) {
      // Every row in row order: the search's own order is the answer's.
      n = this.table.nameSearch().collect(needle, out);
    } else {
      const marks = this.clearedScratch();
      this.table.nameSearch().mark(needle, marks);
      for (let k = 0; k < within.length; k++) if (marks[within[k]]) out[n++] = within[k];
    }
    // Kept answers hold their own buffer only when it is much smaller than the scan's.
    return n * 2 < out.length ? out.slice(0, n) : out.subarray(0, n);
  }

  private computeOrder(sort: SortKey | null, descending: boolean, locked: ReadonlySet<string>): Int32Array {
    const t = this.table;
    if (!sort) return identity(t.count);
    const byName = this.namesInOrder();
    switch (sort) {
      case 'username':
        return descending ? reversed(byName) : byName;
      case 'realm': {
        const ranks = labelRanks(t.realms, descending);
        return groupByRank(byName, (row) => ranks[t.realmCodes[row]], t.realms.length);
      }
      case 'status': {
        // "locked" (from the locked list) sorts among the platform's statuses.
        const labels = t.statuses.includes('locked') ? t.statuses : [...t.statuses, 'locked'];
        const ranks = labelRanks(labels, descending);
        const lockedRank = ranks[labels.indexOf('locked')];
        const locks = this.locks(locked);
        return groupByRank(byName, (row) => (locks[row] ? lockedRank : ranks[t.statusCodes[row]]), labels.length);
      }
      case 'admin': {
        // Administrators, then the others, then rows whose details were not read (always
        // last). Only the known rows are looked up: a few hundred, not 100,000.
        const ranks = new Uint8Array(t.count).fill(2);
        for (const [name, known] of t.details) {
          const row = t.rowOf(name);
          if (row >= 0) ranks[row] = known.admin === !descending ? 0 : 1;
        }
        return groupByRank(byName, (row) => ranks[row], 3);
      }
      case 'email': {
        const emails = new Map<number, string>();
        for (const [name, known] of t.details) {
          const row = t.rowOf(name);
          if (row >= 0 && known.email !== undefined) emails.set(row, known.email);
        }
        return byKnownString(byName, emails, descending);
      }
    }
  }

  private namesInOrder(): Int32Array {
    const t = this.table;
    const key = String(t.rowsVersion);
    if (this.byName?.key !== key) this.byName = { key, value: nameOrder(t.lower, t.names, (name) => t.rowOf(name)) };
    return this.byName.value;
  }

  private groupMarks(members: readonly string[]): Uint8Array {
    const key = `${this.table.rowsVersion}|${idOf(members)}`;
    if (this.memberMarks?.key !== key) this.memberMarks = { key, value: this.marksOf(members) };
    return this.memberMarks.value;
  }

  /** Row → 1 for each of these usernames that is in the table. */
  private marksOf(usernames: Iterable<string>): Uint8Array {
    const marks = new Uint8Array(this.table.count);
    for (const name of usernames) {
      const row = this.table.rowOf(name);
      if (row >= 0) marks[row] = 1;
    }
    return marks;
  }

  private clearedScratch(): Uint8Array {
    if (this.scratch.length < this.table.count) this.scratch = new Uint8Array(this.table.count);
    else this.scratch.fill(0);
    return this.scratch;
  }
}

function identity(count: number): Int32Array {
  const order = new Int32Array(count);
  for (let i = 0; i < count; i++) order[i] = i;
  return order;
}
