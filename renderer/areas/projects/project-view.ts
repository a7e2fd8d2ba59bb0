// The rows the projects table shows: filtered as the admin types, sorted by a column.
// Pure, so 1,000 projects are checked in tests without a browser. The sort is computed
// once per list and column; a keystroke only rescans the sorted rows.
import type { Project } from '../../../shared/areas/projects/model';
import type { KnownCounts } from './api';
import { sortBy } from './sorting';

export type ProjectSortKey = 'key' | 'name' | 'quota' | 'members' | 'repositories';

export interface ProjectRow {
  project: Project;
  /** Lower-case key, name and description, searched by the filter. */
  haystack: string;
}

export const toRows = (projects: readonly Project[]): ProjectRow[] =>
  projects.map((project) => ({ project, haystack: `${project.project_key}\n${project.display_name}\n${project.description}`.toLowerCase() }));

/** Unlimited quotas sort after every limit; unknown counts after every known one. */
function sortValue(row: ProjectRow, key: ProjectSortKey, counts: ReadonlyMap<string, KnownCounts>): number | string {
  const { project } = row;
  switch (key) {
    case 'key':
      return project.project_key;
    case 'name':
      return project.display_name.toLowerCase();
    case 'quota':
      return project.storage_quota_bytes < 0 ? Number.MAX_SAFE_INTEGER : project.storage_quota_bytes;
    case 'members':
      return counts.get(project.project_key)?.members ?? Number.MAX_SAFE_INTEGER;
    case 'repositories':
      return counts.get(project.project_key)?.repositories ?? Number.MAX_SAFE_INTEGER;
  }
}

export function sortRows(rows: readonly ProjectRow[], key: ProjectSortKey, descending: boolean, counts: ReadonlyMap<string, KnownCounts>): ProjectRow[] {
  return sortBy(
    rows,
    (row) => sortValue(row, key, counts),
    (row) => row.project.project_key,
    descending,
  );
}

/** Rows whose key, display name or description hold every word of `text`. */
export function filterRows(rows: readonly ProjectRow[], text: string): readonly ProjectRow[] {
  const words = text.trim().toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return rows;
  return rows.filter((row) => words.every((word) => row.haystack.includes(word)));
}

/** At most one decimal, thousands grouped as en-US does ("1,024", "1.5"), without an Intl formatter. */
function oneDecimal(value: number): string {
  const [whole, fraction] = (Math.round(value * 10) / 10).toString().split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction ? `${grouped}.${fraction}` : grouped;
}

/** "unlimited", "100 GiB", "1.5 TiB", or bytes when smaller than a GiB. */
export function formatQuota(bytes: number): string {
  if (bytes < 0) return 'unlimited';
  const units: [string, number][] = [
    ['TiB', 1024 ** 4],
    ['GiB', 1024 ** 3],
    ['MiB', 1024 ** 2],
    ['KiB', 1024],
  ];
  for (const [unit, size] of units) if (bytes >= size) return `${oneDecimal(bytes / size)} ${unit}`;
  return `${bytes} B`;
}
