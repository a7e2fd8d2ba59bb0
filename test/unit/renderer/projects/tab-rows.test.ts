import { describe, expect, it } from 'vitest';
import type { ProjectRepository } from '../../../../shared/areas/projects/model';
import { ariaSort, nextSort, sortBy } from '../../../../renderer/areas/projects/sorting';
import { sortMembers, sortRepositories, type MemberRow } from '../../../../renderer/areas/projects/tab-rows';

const member = (kind: MemberRow['kind'], name: string, roles: string[]): MemberRow => ({ kind, name, roles, id: `${kind}/${name}` });
const members = [
  member('users', 'bob', ['Viewer']),
  member('groups', 'Admins', ['Project Admin']),
  member('users', 'alice', ['Developer', 'Viewer']),
  member('groups', 'bob', ['Contributor']),
];
const ids = (rows: readonly MemberRow[]) => rows.map((row) => row.id);

const status = (assigned_to?: string): ProjectRepository['status'] => ({
  resource_name: 'x',
  assigned_to,
  shared_with_projects: [],
  shared_with_all_projects: false,
  shared_read_only: false,
  environments: [],
});
const repos: ProjectRepository[] = [
  { key: 'npm-remote', type: 'REMOTE', packageType: 'npm', relation: 'shared', status: status('web') },
  { key: 'Docker-local', type: 'LOCAL', packageType: 'docker', relation: 'assigned', status: status('mobile') },
  { key: 'generic-local', type: 'LOCAL', packageType: 'generic', relation: 'unknown' },
  { key: 'maven-local', type: 'LOCAL', packageType: 'maven', relation: 'shared', status: status('api') },
];
const keys = (list: readonly ProjectRepository[]) => list.map((repo) => repo.key);

describe('sorting pieces', () => {
  it('sorts by value, breaks ties by the tie-break, and reverses the whole order when descending', () => {
    const items = [
      { v: 2, t: 'b' },
      { v: 1, t: 'z' },
      { v: 2, t: 'a' },
    ];
    expect(
      sortBy(
        items,
        (i) => i.v,
        (i) => i.t,
        false,
      ).map((i) => i.t),
    ).toEqual(['z', 'a', 'b']);
    expect(
      sortBy(
        items,
        (i) => i.v,
        (i) => i.t,
        true,
      ).map((i) => i.t),
    ).toEqual(['b', 'a', 'z']);
  });

  it('a click on the same column flips it, on another starts ascending; aria-sort follows', () => {
    const start = { key: 'member' as 'member' | 'roles', descending: false };
    const flipped = nextSort(start, 'member');
    expect(flipped).toEqual({ key: 'member', descending: true });
    expect(nextSort(flipped, 'roles')).toEqual({ key: 'roles', descending: false });
    expect(ariaSort(flipped, 'member')).toBe('descending');
    expect(ariaSort(flipped, 'roles')).toBe('none');
    expect(ariaSort(start, 'member')).toBe('ascending');
  });
});

describe('members tab order', () => {
  it('sorts by name (case-insensitive, groups before users on a tie) and by roles, both ways', () => {
    expect(ids(sortMembers(members, 'member', false))).toEqual(['groups/Admins', 'users/alice', 'groups/bob', 'users/bob']);
    expect(ids(sortMembers(members, 'member', true))).toEqual(['users/bob', 'groups/bob', 'users/alice', 'groups/Admins']);
    expect(ids(sortMembers(members, 'roles', false))).toEqual(['groups/bob', 'users/alice', 'groups/Admins', 'users/bob']);
  });
});

describe('repositories tab order', () => {
  it('sorts by key (case-insensitive), kind, and status (assigned, shared by origin, unknown), both ways', () => {
    expect(keys(sortRepositories(repos, 'repository', false))).toEqual(['Docker-local', 'generic-local', 'maven-local', 'npm-remote']);
    expect(keys(sortRepositories(repos, 'repository', true))).toEqual(['npm-remote', 'maven-local', 'generic-local', 'Docker-local']);
    expect(keys(sortRepositories(repos, 'kind', false))).toEqual(['Docker-local', 'generic-local', 'maven-local', 'npm-remote']);
    expect(keys(sortRepositories(repos, 'status', false))).toEqual(['Docker-local', 'maven-local', 'npm-remote', 'generic-local']);
    expect(keys(sortRepositories(repos, 'status', true))).toEqual(['generic-local', 'npm-remote', 'maven-local', 'Docker-local']);
  });
});
