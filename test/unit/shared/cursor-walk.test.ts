// The list walks of the users and groups screens: they stop at the last page and refuse,
// with a clear error, what would otherwise loop forever.
import { describe, expect, it } from 'vitest';
import { CursorWalk } from '../../../shared/api/paging';
import { ApiFailure } from '../../../shared/errors';

const walk = () => new CursorWalk('users', '/access/api/v2/users');

describe('CursorWalk', () => {
  it('follows new cursors and ends on a missing or empty one', () => {
    const w = walk();
    expect(w.next({ cursor: 'a' }, 10)).toBe('a');
    expect(w.next({ cursor: 'b' }, 10)).toBe('b');
    expect(w.next({}, 3)).toBeUndefined();
    expect(walk().next({ cursor: '' }, 0)).toBeUndefined();
  });

  it('refuses a cursor it has already followed', () => {
    const w = walk();
    w.next({ cursor: 'a' }, 10);
    w.next({ cursor: 'b' }, 10);
    const error = (() => {
      try {
        w.next({ cursor: 'a' }, 10);
      } catch (caught) {
        return caught;
      }
      return null;
    })();
    expect(error).toBeInstanceOf(ApiFailure);
    expect((error as ApiFailure).error).toMatchObject({ kind: 'http', method: 'GET', path: '/access/api/v2/users' });
    expect((error as ApiFailure).error.message).toContain('the same cursor twice');
  });

  it('refuses an empty page that still has a cursor', () => {
    expect(() => walk().next({ cursor: 'more' }, 0)).toThrow(/an empty page of users that still has a cursor/);
  });
});
