import { describe, expect, it } from 'vitest';
import { NameSearch } from '../../../../renderer/areas/users/name-search';

const rowsFor = (search: NameSearch, needle: string, count: number): number[] => {
  const out = new Int32Array(count);
  return Array.from(out.subarray(0, search.collect(needle, out)));
};

describe('NameSearch', () => {
  it('finds every row holding the needle, once per row, in row order', () => {
    const lower = ['anna', 'bob', 'hannah', 'nan', 'zed'];
    const search = new NameSearch();
    search.sync(lower);
    expect(rowsFor(search, 'an', 5)).toEqual([0, 2, 3]);
    expect(rowsFor(search, 'n', 5)).toEqual([0, 2, 3]);
    expect(rowsFor(search, 'zed', 5)).toEqual([4]);
    expect(rowsFor(search, 'q', 5)).toEqual([]);
    const marks = new Uint8Array(5);
    expect(search.mark('b', marks)).toBe(1);
    expect(Array.from(marks)).toEqual([0, 1, 0, 0, 0]);
  });

  it('never matches across two names, whatever the needle holds', () => {
    const search = new NameSearch();
    search.sync(['ab', 'cd']);
    expect(rowsFor(search, 'bc', 2)).toEqual([]);
    expect(rowsFor(search, 'b\nc', 2)).toEqual([]);
    expect(rowsFor(search, '', 2)).toEqual([]);
  });

  it('takes appended rows on, and starts again after a reset', () => {
    const lower = ['alpha'];
    const search = new NameSearch();
    search.sync(lower);
    lower.push('beta', 'alphabet');
    search.sync(lower);
    expect(search.size).toBe(3);
    expect(rowsFor(search, 'alpha', 3)).toEqual([0, 2]);
    expect(rowsFor(search, 'bet', 3)).toEqual([1, 2]);
    search.reset();
    search.sync(['beta']);
    expect(rowsFor(search, 'alpha', 1)).toEqual([]);
    expect(rowsFor(search, 'beta', 1)).toEqual([0]);
  });

  it('grows past its first allocation (pages of thousands)', () => {
    const lower = Array.from({ length: 5_000 }, (_, i) => `user-${i}`);
    const search = new NameSearch();
    search.sync(lower.slice(0, 1_000));
    search.sync(lower);
    expect(rowsFor(search, 'user-4999', lower.length)).toEqual([4999]);
    expect(rowsFor(search, '-49', lower.length)).toHaveLength(111);
  });
});
