// The bundle list's pure logic: filter as you type, sort, elapsed time, sizes, log range.
import { describe, expect, it } from 'vitest';
import type { SupportBundle } from '../../../../shared/areas/support-bundles/model';
import { bundleCreateSchema } from '../../../../shared/areas/support-bundles/model';
import { defaultLogRange, elapsed, filterBundles, formatBytes, sortBundles } from '../../../../renderer/areas/support-bundles/bundle-view';

const bundle = (over: Partial<SupportBundle>): SupportBundle => ({
  id: 'x-1',
  name: 'x',
  description: '',
  created: '2026-11-30T10:00:00+00:00',
  status: 'success',
  rawStatus: 'success',
  ...over,
});
const list = [
  bundle({ id: 'b-2', name: 'beta', description: 'Slow UI', created: '2026-11-30T12:00:00+02:00', status: 'failed' }),
  bundle({ id: 'a-1', name: 'alpha', description: 'Case 4711', created: '2026-11-30T09:00:00+00:00' }),
  bundle({ id: 'c-3', name: 'gamma', created: '2026-11-30T11:00:00+00:00', status: 'in-progress' }),
];

describe('bundle list', () => {
  it('filters on name, description, id and status words', () => {
    expect(filterBundles(list, 'case').map((b) => b.name)).toEqual(['alpha']);
    expect(filterBundles(list, 'IN PROGRESS').map((b) => b.name)).toEqual(['gamma']);
    expect(filterBundles(list, ' ').length).toBe(3);
  });

  it('sorts by created (offsets respected), name and status, both ways', () => {
    expect(sortBundles(list, { key: 'created', descending: false }).map((b) => b.name)).toEqual(['alpha', 'beta', 'gamma']);
    expect(sortBundles(list, { key: 'name', descending: true }).map((b) => b.name)).toEqual(['gamma', 'beta', 'alpha']);
    expect(sortBundles(list, { key: 'status', descending: false }).map((b) => b.status)).toEqual(['failed', 'in-progress', 'success']);
  });

  it('says how long a bundle has been in progress, and sizes', () => {
    const from = '2026-11-30T10:00:00+00:00';
    expect(elapsed(from, Date.parse(from) + 42_000)).toBe('42 s');
    expect(elapsed(from, Date.parse(from) + 185_000)).toBe('3 min 5 s');
    expect(elapsed(from, Date.parse(from) + 3_720_000)).toBe('1 h 2 min');
    expect(formatBytes(1536)).toBe('1.5 KB');
    expect(formatBytes(1024 ** 3)).toBe('1.0 GB');
  });

  it('defaults the log range to the last seven days, in a form the schema takes', () => {
    const range = defaultLogRange(new Date('2026-11-30T12:00:00Z'));
    expect(range).toEqual({ start_date: '2026-11-24', end_date: '2026-11-30' });
    expect(bundleCreateSchema.safeParse({ name: 'n', parameters: { logs: { include: true, ...range } } }).success).toBe(true);
    expect(bundleCreateSchema.safeParse({ name: 'n', parameters: { logs: { include: true, start_date: '2026-02-30' } } }).success).toBe(false);
    expect(bundleCreateSchema.safeParse({ name: 'n x' }).success).toBe(false);
    expect(bundleCreateSchema.safeParse({ name: 'n', parameters: { thread_dump: { count: 101, interval: 0 } } }).success).toBe(false);
  });
});
