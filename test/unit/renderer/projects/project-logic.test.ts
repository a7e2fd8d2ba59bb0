// Role actions, environments, pasted names and a user's projects: the pure pieces behind
// the project panel.
import { describe, expect, it } from 'vitest';
import { ROLE_ACTIONS } from '../../../../shared/areas/projects/model';
import { ACTION_GROUPS, actionLabel, groupState, toggleGroup, unknownActions } from '../../../../renderer/areas/projects/role-actions';
import { environmentProblem, environmentRows, localPart } from '../../../../renderer/areas/projects/environments';
import { checkPasted, parseNames } from '../../../../renderer/areas/projects/paste-members';
import { membershipIn } from '../../../../renderer/areas/projects/user-projects';
import { matchNames } from '../../../../renderer/areas/projects/MemberPicker';

describe('role actions', () => {
  it('puts every one of the platform’s actions in exactly one domain', () => {
    const grouped = ACTION_GROUPS.flatMap((group) => group.actions);
    expect(grouped.sort()).toEqual([...ROLE_ACTIONS].sort());
    expect(ACTION_GROUPS.map((group) => group.id)).toEqual(['repositories', 'release-bundles', 'builds', 'pipelines', 'security', 'members-resources']);
  });

  it('toggles a whole group and keeps actions it does not know', () => {
    const builds = ACTION_GROUPS.find((group) => group.id === 'builds')!;
    const chosen = toggleGroup(builds, ['READ_REPOSITORY', 'FUTURE_ACTION']);
    expect(chosen).toEqual(['READ_REPOSITORY', ...builds.actions, 'FUTURE_ACTION']);
    expect(groupState(builds, new Set(chosen))).toBe('all');
    expect(toggleGroup(builds, chosen)).toEqual(['READ_REPOSITORY', 'FUTURE_ACTION']);
    expect(groupState(builds, new Set(['READ_BUILD']))).toBe('some');
    expect(unknownActions(chosen)).toEqual(['FUTURE_ACTION']);
  });

  it('reads names a person understands', () => {
    expect(actionLabel('DELETE_OVERWRITE_REPOSITORY')).toBe('Delete / overwrite');
    expect(actionLabel('MANAGE_XRAY_MD_RELEASE_BUNDLE')).toBe('Manage Xray metadata');
    expect(actionLabel('MANAGE_MEMBERS')).toBe('Manage members');
  });
});

describe('environments', () => {
  it('lists globals first, then the project’s own, each once', () => {
    expect(environmentRows(['DEV', 'PROD'], ['web-qa', 'DEV'])).toEqual([
      { name: 'DEV', scope: 'global' },
      { name: 'PROD', scope: 'global' },
      { name: 'web-qa', scope: 'project' },
    ]);
    expect(localPart('web', 'web-qa')).toBe('qa');
  });

  it('checks the naming rule with the key in front (32 characters at most)', () => {
    expect(environmentProblem('web', 'qa')).toBeNull();
    expect(environmentProblem('web', '1qa')).toBe('An environment name starts with a letter');
    expect(environmentProblem('web', 'q_a')).toMatch(/only letters, digits and hyphens/);
    expect(environmentProblem('web', 'a'.repeat(29))).toMatch(/at most 32/);
    expect(environmentProblem('web', 'a'.repeat(28))).toBeNull();
  });
});

describe('pasted members', () => {
  it('splits on lines, commas, semicolons and spaces, once each', () => {
    expect(parseNames('alice\nbob, carol;dave  alice\n\n')).toEqual(['alice', 'bob', 'carol', 'dave']);
  });

  it('reports unknown names and existing members before anything is sent', () => {
    const known = new Set(['alice', 'bob', 'carol']);
    expect(checkPasted('alice bob nobody carol', (name) => known.has(name), new Set(['carol']))).toEqual({ toAdd: ['alice', 'bob'], unknown: ['nobody'], already: ['carol'] });
  });
});

describe('a user’s projects', () => {
  it('directly and through groups, with every role', () => {
    expect(
      membershipIn(
        'web',
        'alice',
        ['devs', 'ops'],
        [{ name: 'alice', roles: ['Viewer'] }],
        [
          { name: 'devs', roles: ['Developer', 'Viewer'] },
          { name: 'qa', roles: ['x'] },
        ],
      ),
    ).toEqual({
      projectKey: 'web',
      roles: ['Viewer', 'Developer'],
      via: ['directly', 'group devs'],
    });
    expect(membershipIn('web', 'bob', [], [{ name: 'alice', roles: ['Viewer'] }], [])).toBeNull();
  });
});

describe('picker search', () => {
  it('matches substrings case-insensitively, skips excluded names, caps the list', () => {
    const names = ['Alice', 'alina', 'bob', 'malik'];
    const lower = names.map((name) => name.toLowerCase());
    expect(matchNames(names, lower, 'LI', new Set(['alina']))).toEqual(['Alice', 'malik']);
    expect(matchNames(names, lower, 'li', new Set(), 1)).toEqual(['Alice']);
    expect(matchNames(names, lower, '  ', new Set())).toEqual([]);
  });
});
