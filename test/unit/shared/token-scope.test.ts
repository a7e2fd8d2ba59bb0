import { describe, expect, it } from 'vitest';
import { buildScope, EMPTY_SCOPE, parseScope, quoteName, scopeProblem, SCOPE_MAX, splitNames, splitScope } from '../../../shared/areas/tokens/scope';
import { scopeSchema, tokenCreateSchema } from '../../../shared/areas/tokens/model';

describe('token scope syntax', () => {
  it('builds user, admin, groups (quoted when needed), project roles and raw text in a stable order', () => {
    const scope = buildScope({
      user: true,
      admin: false,
      groups: ['readers', 'team a'],
      roles: [{ project: 'proj1', roles: ['Developer', 'Release Manager'] }],
      extra: ' system:metrics:r ',
    });
    expect(scope).toBe('applied-permissions/user applied-permissions/groups:readers,"team a" applied-permissions/roles:proj1:Developer,"Release Manager" system:metrics:r');
    expect(buildScope(EMPTY_SCOPE)).toBe('');
    // A project without roles, or roles without a project, add nothing.
    expect(
      buildScope({
        ...EMPTY_SCOPE,
        roles: [
          { project: 'p1', roles: [] },
          { project: '', roles: ['Viewer'] },
        ],
      }),
    ).toBe('');
  });

  it('quotes names with spaces or commas only', () => {
    expect(quoteName('readers')).toBe('readers');
    expect(quoteName('a.b-c_d@e+f')).toBe('a.b-c_d@e+f');
    expect(quoteName('team a')).toBe('"team a"');
    expect(quoteName('x,y')).toBe('"x,y"');
  });

  it('splits on spaces outside quotes and reads name lists back', () => {
    expect(splitScope('a "b c" d')).toEqual(['a', '"b c"', 'd']);
    expect(splitScope('applied-permissions/groups:"a b",c')).toEqual(['applied-permissions/groups:"a b",c']);
    expect(splitScope('a "open')).toBeNull();
    expect(splitNames('"a b",c')).toEqual(['a b', 'c']);
    expect(splitNames('a,,b')).toBeNull();
    expect(splitNames('a,')).toBeNull();
    expect(splitNames('a"b')).toBeNull();
  });

  it('parses a raw scope into builder parts and builds it again', () => {
    const raw = 'applied-permissions/admin applied-permissions/groups:"team a",readers applied-permissions/roles:proj1:Viewer artifact:libs:r';
    const parts = parseScope(raw);
    expect(parts).toEqual({ user: false, admin: true, groups: ['team a', 'readers'], roles: [{ project: 'proj1', roles: ['Viewer'] }], extra: 'artifact:libs:r' });
    expect(buildScope(parts)).toBe(raw);
  });

  it('refuses more than 500 characters and an open quote, with a message', () => {
    expect(scopeProblem('x'.repeat(SCOPE_MAX))).toBeNull();
    expect(scopeProblem('x'.repeat(SCOPE_MAX + 1))).toContain('at most 500');
    expect(scopeProblem('applied-permissions/groups:"a')).toContain('never closed');
    const result = scopeSchema.safeParse('x'.repeat(501));
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].message).toBe('The scope is at most 500 characters');
  });

  it('the create input checks audience, username and expiry', () => {
    expect(tokenCreateSchema.safeParse({ scope: 'applied-permissions/user', audience: 'jfrt@* jfxr@*' }).success).toBe(true);
    expect(tokenCreateSchema.safeParse({ scope: 'applied-permissions/user', audience: 'artifactory' }).success).toBe(false);
    expect(tokenCreateSchema.safeParse({ scope: 'applied-permissions/user', username: 'a b' }).success).toBe(false);
    expect(tokenCreateSchema.safeParse({ scope: 'applied-permissions/user', expires_in: -1 }).success).toBe(false);
    expect(tokenCreateSchema.safeParse({ scope: 'applied-permissions/user', expires_in: 0 }).success).toBe(true);
    expect(tokenCreateSchema.safeParse({ scope: 'applied-permissions/user', bogus: 1 }).success).toBe(false);
  });
});
