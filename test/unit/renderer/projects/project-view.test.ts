import { describe, expect, it } from 'vitest';
import type { Project } from '../../../../shared/areas/projects/model';
import { filterRows, formatQuota, sortRows, toRows } from '../../../../renderer/areas/projects/project-view';

const GIB = 1024 ** 3;
const project = (key: string, display_name: string, description: string, storage_quota_bytes = -1): Project => ({
  project_key: key,
  display_name,
  description,
  admin_privileges: {},
  storage_quota_bytes,
  soft_limit: true,
  storage_quota_email_notification: false,
  other: {},
});
const rows = toRows([
  project('web', 'Web store', 'Shop front', 50 * GIB),
  project('api', 'Partner API', 'For integrators'),
  project('mobile', 'mobile apps', 'iOS and Android', 5 * GIB),
]);
const keys = (list: readonly { project: Project }[]) => list.map((row) => row.project.project_key);

describe('projects table rows', () => {
  it('filters on key, display name and description, case-insensitively, every word', () => {
    expect(keys(filterRows(rows, 'ANDROID'))).toEqual(['mobile']);
    expect(keys(filterRows(rows, 'partner integr'))).toEqual(['api']);
    expect(keys(filterRows(rows, 'web android'))).toEqual([]);
    expect(keys(filterRows(rows, '   '))).toEqual(['web', 'api', 'mobile']);
  });

  it('sorts by key, name, quota (unlimited last) and known counts (unknown last), both ways', () => {
    const none = new Map();
    expect(keys(sortRows(rows, 'key', false, none))).toEqual(['api', 'mobile', 'web']);
    expect(keys(sortRows(rows, 'name', false, none))).toEqual(['mobile', 'api', 'web']);
    expect(keys(sortRows(rows, 'quota', false, none))).toEqual(['mobile', 'web', 'api']);
    expect(keys(sortRows(rows, 'quota', true, none))).toEqual(['api', 'web', 'mobile']);
    const counts = new Map([
      ['web', { members: 3, repositories: 9 }],
      ['api', { members: 12 }],
    ]);
    expect(keys(sortRows(rows, 'members', false, counts))).toEqual(['web', 'api', 'mobile']);
    expect(keys(sortRows(rows, 'repositories', false, counts))).toEqual(['web', 'api', 'mobile']);
  });

  it('filters 1,000 projects on the sorted rows without losing the order', () => {
    const many = toRows(Array.from({ length: 1000 }, (_, i) => project(`p-${String(999 - i).padStart(4, '0')}`, `Team ${i}`, i % 10 === 0 ? 'payments' : 'other')));
    const sorted = sortRows(many, 'key', false, new Map());
    const shown = filterRows(sorted, 'payments');
    expect(shown).toHaveLength(100);
    expect(keys(shown)).toEqual([...keys(shown)].sort());
  });

  it('formats quotas', () => {
    expect(formatQuota(-1)).toBe('unlimited');
    expect(formatQuota(100 * GIB)).toBe('100 GiB');
    expect(formatQuota(1.5 * 1024 * GIB)).toBe('1.5 TiB');
    expect(formatQuota(512)).toBe('512 B');
    expect(formatQuota(5000.25 * 1024 * GIB)).toBe('5,000.3 TiB');
    expect(formatQuota(1023.96 * 1024 ** 2)).toBe('1,024 MiB');
  });
});
