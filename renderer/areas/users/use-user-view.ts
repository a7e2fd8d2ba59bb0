// The rows the table shows: indices into the UserTable after filter and sort. The sort
// order is cached per table version so a keystroke only rescans, never re-sorts.
import { useDeferredValue, useMemo } from 'react';
import type { UserTable } from './api';

export type SortKey = 'username' | 'realm' | 'status' | 'admin';
export interface UserFilters {
  text: string;
  realm: string;
  status: string;
  sort: SortKey | null;
  descending: boolean;
}

export const effectiveStatus = (table: UserTable, i: number, locked: ReadonlySet<string>): string =>
  locked.has(table.names[i]) ? 'locked' : table.statusOf(i);

function sortedOrder(table: UserTable, key: SortKey | null, descending: boolean, locked: ReadonlySet<string>): Int32Array {
  const order = new Int32Array(table.count);
  for (let i = 0; i < order.length; i++) order[i] = i;
  if (!key) return order;
  const { lower } = table;
  const byName = (a: number, b: number) => (lower[a] < lower[b] ? -1 : lower[a] > lower[b] ? 1 : 0);
  const keyOf = (i: number): string =>
    key === 'realm' ? table.realmOf(i) : key === 'status' ? effectiveStatus(table, i, locked) : key === 'admin' ? adminKey(table, i) : '';
  const compare =
    key === 'username'
      ? byName
      : (a: number, b: number) => {
          const ka = keyOf(a);
          const kb = keyOf(b);
          return ka < kb ? -1 : ka > kb ? 1 : byName(a, b);
        };
  order.sort(descending ? (a, b) => compare(b, a) : compare);
  return order;
}

const adminKey = (table: UserTable, i: number) => {
  const known = table.admin.get(table.names[i]);
  return known === undefined ? '2' : known ? '0' : '1';
};

export function useUserView(table: UserTable | undefined, version: number, filters: UserFilters, locked: ReadonlySet<string>) {
  // Typing stays responsive: the scan runs on the deferred text, in a background render.
  const text = useDeferredValue(filters.text.trim().toLowerCase());
  const order = useMemo(
    () => (table ? sortedOrder(table, filters.sort, filters.descending, locked) : new Int32Array(0)),
    // version: the table is mutable; a new version means new rows.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [table, version, filters.sort, filters.descending, locked],
  );
  const rows = useMemo(() => {
    if (!table) return order;
    if (!text && !filters.realm && !filters.status) return order;
    const out = new Int32Array(order.length);
    let n = 0;
    const { lower } = table;
    const realmCode = filters.realm ? table.realms.indexOf(filters.realm) : -1;
    for (let k = 0; k < order.length; k++) {
      const i = order[k];
      if (text && !lower[i].includes(text)) continue;
      if (filters.realm && table.realmCodes[i] !== realmCode) continue;
      if (filters.status && effectiveStatus(table, i, locked) !== filters.status) continue;
      out[n++] = i;
    }
    return out.subarray(0, n);
  }, [table, order, text, filters.realm, filters.status, locked]);
  // applied: the filter text these rows reflect (the page exposes it for measuring).
  return { rows, applied: text, pending: text !== filters.text.trim().toLowerCase() };
}
