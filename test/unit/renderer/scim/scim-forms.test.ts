import { describe, expect, it } from 'vitest';
import { emptyUserPatch, memberChangesOf, memberChangesProblem, parseNames, userChangesOf, userChangesProblem } from '../../../../renderer/areas/scim/scim-forms';
import { driftSummary, visibleRows, withRow } from '../../../../renderer/areas/scim/drift-view';
import type { DriftRow } from '../../../../shared/areas/scim/drift';

describe('parseNames', () => {
  it.each([
    ['alice', ['alice']],
    ['alice, bob;carol\n dave\t', ['alice', 'bob', 'carol', 'dave']],
    ['bob bob  bob', ['bob']],
    ['  ', []],
    ['a@b.example,\n\nc+d', ['a@b.example', 'c+d']],
  ])('%j → %j', (text, names) => expect(parseNames(text)).toEqual(names));
});

describe('userChangesOf', () => {
  const current = { emails: [{ value: 'a@x.example', primary: true }] };
  it.each([
    ['nothing', {}, {}],
    ['deactivate', { active: 'inactive' as const }, { active: false }],
    ['activate', { active: 'active' as const }, { active: true }],
    ['the same e-mail is no change', { email: 'a@x.example' }, {}],
    ['a new e-mail, trimmed', { email: ' b@x.example ' }, { email: 'b@x.example' }],
    ['groups from text', { addGroups: 'a, b', removeGroups: 'c' }, { addGroups: ['a', 'b'], removeGroups: ['c'] }],
  ])('%s', (_name, form, changes) => expect(userChangesOf({ ...emptyUserPatch(), ...form }, current)).toEqual(changes));

  it('the contract schema names what is wrong before anything is sent', () => {
    expect(userChangesProblem({})).toMatch(/at least one change/);
    expect(userChangesProblem({ email: 'nope' })).toBe('E-mail is not valid');
    expect(userChangesProblem({ addGroups: ['g'], removeGroups: ['g'] })).toMatch(/both added and removed/);
    expect(userChangesProblem({ active: false })).toBeUndefined();
  });
});

describe('member changes', () => {
  it('parses both lists and refuses an empty or contradictory change', () => {
    expect(memberChangesOf({ add: 'a b', remove: 'c' })).toEqual({ add: ['a', 'b'], remove: ['c'] });
    expect(memberChangesProblem({ add: [], remove: [] })).toMatch(/at least one member/);
    expect(memberChangesProblem({ add: ['a'], remove: ['a'] })).toMatch(/both added and removed/);
    expect(memberChangesProblem({ add: ['a'], remove: [] })).toBeUndefined();
  });
});

describe('drift view', () => {
  const row = (userName: string, state: DriftRow['state'], differences = 0): DriftRow => ({
    userName,
    state,
    differences: Array.from({ length: differences }, () => ({ field: 'email' as const, scim: 'x', access: 'y' })),
  });
  const rows = [row('carol', 'clean'), row('alice', 'drift', 2), row('bob', 'error'), row('dave', 'drift', 1)];

  it('filters as you type, hides clean rows on demand, sorts problems first or by name', () => {
    expect(visibleRows(rows, '', false, 'state').map((r) => r.userName)).toEqual(['bob', 'alice', 'dave', 'carol']);
    expect(visibleRows(rows, '', false, 'name').map((r) => r.userName)).toEqual(['alice', 'bob', 'carol', 'dave']);
    expect(visibleRows(rows, '', true, 'name').map((r) => r.userName)).toEqual(['alice', 'bob', 'dave']);
    expect(visibleRows(rows, ' A', false, 'name').map((r) => r.userName)).toEqual(['alice', 'carol', 'dave']);
  });

  it('counts states and differences, and swaps in a re-checked row', () => {
    expect(driftSummary(rows)).toEqual({ clean: 1, drift: 2, error: 1, differences: 3 });
    const report = withRow({ source: 's', rows }, row('alice', 'clean'));
    expect(report.rows.find((r) => r.userName === 'alice')?.state).toBe('clean');
    expect(report.rows).toHaveLength(4);
  });
});
