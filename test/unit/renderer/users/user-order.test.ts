import { describe, expect, it } from 'vitest';
import { byKnownString, groupByRank, labelRanks, nameOrder } from '../../../../renderer/areas/users/user-order';

describe('user order', () => {
  const rowOfIn = (names: string[]) => (name: string) => names.indexOf(name);

  it('puts rows in name order whether the names came sorted, shuffled or in mixed case', () => {
    const sorted = ['a', 'b', 'c'];
    expect(Array.from(nameOrder(sorted, sorted, rowOfIn(sorted)))).toEqual([0, 1, 2]);
    const shuffled = ['c', 'a', 'b'];
    expect(Array.from(nameOrder(shuffled, shuffled, rowOfIn(shuffled)))).toEqual([1, 2, 0]);
    // Names differing only in case: both kept, by row.
    const names = ['Bob', 'alice', 'bob'];
    expect(
      Array.from(
        nameOrder(
          names.map((n) => n.toLowerCase()),
          names,
          rowOfIn(names),
        ),
      ),
    ).toEqual([1, 0, 2]);
  });

  it('groups rows by rank in one stable pass', () => {
    const byName = Int32Array.from([4, 2, 0, 3, 1]);
    const rank = [1, 0, 1, 2, 0];
    expect(Array.from(groupByRank(byName, (row) => rank[row], 3))).toEqual([4, 1, 2, 0, 3]);
  });

  it('ranks labels alphabetically, or reversed', () => {
    expect(Array.from(labelRanks(['saml', 'internal', 'ldap'], false))).toEqual([2, 0, 1]);
    expect(Array.from(labelRanks(['saml', 'internal', 'ldap'], true))).toEqual([0, 2, 1]);
  });

  it('sorts the known strings case-insensitively (ties by name), the unknown rows after them in name order', () => {
    const byName = Int32Array.from([3, 0, 2, 1]);
    const values = new Map([
      [2, 'b@x'],
      [1, 'A@x'],
      [0, 'b@x'],
    ]);
    expect(Array.from(byKnownString(byName, values, false))).toEqual([1, 0, 2, 3]);
    expect(Array.from(byKnownString(byName, values, true))).toEqual([0, 2, 1, 3]);
    expect(Array.from(byKnownString(byName, new Map(), false))).toEqual([3, 0, 2, 1]);
  });
});
