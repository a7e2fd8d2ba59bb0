// The rows of a project's members and repositories tabs, sorted by the column the admin
// clicked (the same sorting pieces as the projects table). Pure, checked in unit tests.
import type { MemberKind, ProjectRepository, RepositorySummary } from '../../../shared/areas/projects/model';
import { sortBy, type SortValue } from './sorting';

export type MemberSortKey = 'member' | 'roles';
export type RepositorySortKey = 'repository' | 'kind' | 'status';

export interface MemberRow {
  kind: MemberKind;
  name: string;
  roles: string[];
  id: string;
}

/** A member's roles as one text, in the order shown: members without a role come first. */
const rolesText = (row: MemberRow) => row.roles.join(', ').toLowerCase();

export function sortMembers<R extends MemberRow>(rows: readonly R[], key: MemberSortKey, descending: boolean): R[] {
  return sortBy(
    rows,
    (row) => (key === 'member' ? row.name.toLowerCase() : rolesText(row)),
    (row) => row.id,
    descending,
  );
}

export const repoKind = (repo: Pick<RepositorySummary, 'type' | 'packageType'>) => `${repo.type.toLowerCase()} · ${repo.packageType}`;

const RELATION_ORDER: Record<ProjectRepository['relation'], number> = { assigned: 0, shared: 1, unknown: 2 };

/** Assigned first, then shared (by the project they come from), then those whose status is unknown. */
const statusValue = (repo: ProjectRepository) => `${RELATION_ORDER[repo.relation]} ${repo.status?.assigned_to ?? ''}`;

export function sortRepositories(repos: readonly ProjectRepository[], key: RepositorySortKey, descending: boolean): ProjectRepository[] {
  const valueOf = (repo: ProjectRepository): SortValue => (key === 'repository' ? repo.key.toLowerCase() : key === 'kind' ? repoKind(repo).toLowerCase() : statusValue(repo));
  return sortBy(repos, valueOf, (repo) => repo.key, descending);
}
