import { describe, expect, it } from 'vitest';
import { memberPatchBody, PATCH_OP_SCHEMA, userPatchBody, type MemberChanges, type UserChanges } from '../../../../shared/areas/scim/patch-op';

describe('userPatchBody', () => {
  it.each<[string, UserChanges, unknown[]]>([
    ['deactivate', { active: false }, [{ op: 'Replace', path: 'active', value: false }]],
    ['activate', { active: true }, [{ op: 'Replace', path: 'active', value: true }]],
    ['e-mail', { email: 'a@b.example' }, [{ op: 'Replace', path: 'emails', value: [{ value: 'a@b.example', primary: true }] }]],
    ['add groups in one op, duplicates once', { addGroups: ['a', 'b', 'a'] }, [{ op: 'Add', path: 'groups', value: [{ value: 'a' }, { value: 'b' }] }]],
    [
      'remove one op per group with a value filter',
      { removeGroups: ['x', 'y'] },
      [
        { op: 'Remove', path: 'groups[value eq "x"]' },
        { op: 'Remove', path: 'groups[value eq "y"]' },
      ],
    ],
    ['a quote in a group name stays inside the filter string', { removeGroups: ['we"ird'] }, [{ op: 'Remove', path: 'groups[value eq "we\\"ird"]' }]],
    [
      'everything, in a fixed order',
      { removeGroups: ['old'], addGroups: ['new'], email: 'e@x.example', active: false },
      [
        { op: 'Replace', path: 'active', value: false },
        { op: 'Replace', path: 'emails', value: [{ value: 'e@x.example', primary: true }] },
        { op: 'Add', path: 'groups', value: [{ value: 'new' }] },
        { op: 'Remove', path: 'groups[value eq "old"]' },
      ],
    ],
    ['empty lists add nothing', { addGroups: [], removeGroups: [] }, []],
  ])('%s', (_name, changes, operations) => {
    expect(userPatchBody(changes)).toEqual({ schemas: [PATCH_OP_SCHEMA], Operations: operations });
  });
});

describe('memberPatchBody', () => {
  it.each<[string, MemberChanges, unknown[]]>([
    ['add', { add: ['bob'] }, [{ op: 'Add', path: 'members', value: [{ $ref: null, value: 'bob' }] }]],
    [
      'add several once each',
      { add: ['bob', 'amy', 'bob'] },
      [
        {
          op: 'Add',
          path: 'members',
          value: [
            { $ref: null, value: 'bob' },
            { $ref: null, value: 'amy' },
          ],
        },
      ],
    ],
    ['remove', { remove: ['bob'] }, [{ op: 'Remove', path: 'members[value eq "bob"]' }]],
    [
      'add and remove',
      { add: ['a'], remove: ['b', 'c'] },
      [
        { op: 'Add', path: 'members', value: [{ $ref: null, value: 'a' }] },
        { op: 'Remove', path: 'members[value eq "b"]' },
        { op: 'Remove', path: 'members[value eq "c"]' },
      ],
    ],
    ['nothing', {}, []],
  ])('%s', (_name, changes, operations) => {
    expect(memberPatchBody(changes)).toEqual({ schemas: [PATCH_OP_SCHEMA], Operations: operations });
  });
});
