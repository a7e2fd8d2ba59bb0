// Sorting the area's tables share: one comparison (values, then a tie-break so the order is
// stable and the same for everyone) and the header click rule (same column flips, another
// column starts ascending). Pure, so the orders are checked in unit tests.

export type SortValue = number | string;

export interface SortState<K extends string> {
  key: K;
  descending: boolean;
}

/** Sorted copy of `items` by `valueOf`, ties broken by `tieBreak` (ascending); `descending` reverses the whole order. */
export function sortBy<T>(items: readonly T[], valueOf: (item: T) => SortValue, tieBreak: (item: T) => string, descending: boolean): T[] {
  // Each value computed once, not once per comparison.
  const keyed = items.map((item) => ({ item, value: valueOf(item), tie: tieBreak(item) }));
  keyed.sort((a, b) => (a.value < b.value ? -1 : a.value > b.value ? 1 : a.tie < b.tie ? -1 : a.tie > b.tie ? 1 : 0));
  const sorted = keyed.map((entry) => entry.item);
  return descending ? sorted.reverse() : sorted;
}

/** A click on the header of `key`: the same column flips its direction, another one starts ascending. */
export const nextSort = <K extends string>(current: SortState<K>, key: K): SortState<K> => ({ key, descending: current.key === key ? !current.descending : false });

/** The `aria-sort` of a column header. */
export const ariaSort = <K extends string>(current: SortState<K>, key: K): 'ascending' | 'descending' | 'none' =>
  current.key === key ? (current.descending ? 'descending' : 'ascending') : 'none';
