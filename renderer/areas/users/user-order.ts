// Sorting 100,000 rows without sorting strings on each click. The rows are put in name
// order once per set of users (one native string sort); every column's order is then a
// counting sort over that name order by a small key (realm, status, admin), so it is
// linear, and ties stay in name order. Only e-mail, known for the rows whose details were
// read, sorts its (few) known values with a comparator.

export type SortKey = 'username' | 'realm' | 'status' | 'admin' | 'email';

/**
 * Rows in lower-case name order (ties, names that differ only in case, by row). `rowOf`
 * maps a name back to its row. Usernames are lower case on the platform, so the fast
 * path sorts the strings natively and maps them back; other tables fall back to a
 * comparator over row numbers.
 */
export function nameOrder(lower: readonly string[], names: readonly string[], rowOf: (name: string) => number): Int32Array {
  const count = lower.length;
  const order = new Int32Array(count);
  let sorted = true;
  let plain = true;
  for (let i = 0; i < count; i++) {
    if (i > 0 && lower[i - 1] > lower[i]) sorted = false;
    if (lower[i] !== names[i]) plain = false;
  }
  // Pages usually arrive in name order [unsure: Access's order is not documented]: then
  // there is nothing to sort.
  if (sorted && plain) {
    for (let i = 0; i < count; i++) order[i] = i;
    return order;
  }
  if (plain) {
    const strings = lower.slice().sort();
    for (let k = 0; k < count; k++) order[k] = rowOf(strings[k]);
    return order;
  }
  const rows = Array.from({ length: count }, (_, i) => i);
  rows.sort((a, b) => (lower[a] < lower[b] ? -1 : lower[a] > lower[b] ? 1 : a - b));
  order.set(rows);
  return order;
}

/**
 * A stable counting sort: rows grouped by `rankOf(row)` (0 … groups − 1), each group in
 * the order `byName` gives. Two passes over the rows, no comparisons.
 */
export function groupByRank(byName: Int32Array, rankOf: (row: number) => number, groups: number): Int32Array {
  const ranks = new Int32Array(byName.length);
  const starts = new Int32Array(groups + 1);
  for (let k = 0; k < byName.length; k++) {
    const rank = rankOf(byName[k]);
    ranks[k] = rank;
    starts[rank + 1]++;
  }
  for (let g = 0; g < groups; g++) starts[g + 1] += starts[g];
  const out = new Int32Array(byName.length);
  for (let k = 0; k < byName.length; k++) out[starts[ranks[k]]++] = byName[k];
  return out;
}

/** Rank of each label code when the labels are in alphabetical order (descending: reversed). */
export function labelRanks(labels: readonly string[], descending: boolean): Int32Array {
  const codes = labels.map((_, code) => code).sort((a, b) => (labels[a] < labels[b] ? -1 : labels[a] > labels[b] ? 1 : 0));
  const ranks = new Int32Array(labels.length);
  codes.forEach((code, position) => {
    ranks[code] = descending ? labels.length - 1 - position : position;
  });
  return ranks;
}

export function reversed(order: Int32Array): Int32Array {
  return order.slice().reverse();
}

/**
 * Rows with a known string value (`values`: row → value, usually a few hundred) first, by
 * that value case-insensitively, then by name; the rows without one after them, in name
 * order, in either direction.
 */
export function byKnownString(byName: Int32Array, values: ReadonlyMap<number, string>, descending: boolean): Int32Array {
  const out = new Int32Array(byName.length);
  const position = new Int32Array(byName.length);
  for (let k = 0; k < byName.length; k++) position[byName[k]] = k;
  const known = [...values.keys()];
  const keys = new Map(known.map((row) => [row, (values.get(row) ?? '').toLowerCase()]));
  const sign = descending ? -1 : 1;
  known.sort((a, b) => {
    const ka = keys.get(a) ?? '';
    const kb = keys.get(b) ?? '';
    return ka < kb ? -sign : ka > kb ? sign : position[a] - position[b];
  });
  out.set(known);
  const isKnown = new Uint8Array(byName.length);
  for (const row of known) isKnown[row] = 1;
  let n = known.length;
  for (let k = 0; k < byName.length; k++) if (!isKnown[byName[k]]) out[n++] = byName[k];
  return out;
}
