// The one "needs admin" decision of every screen that needs an administrator.
import { describe, expect, it } from 'vitest';
import { ACCESS_PASSWORD_MAYBE_REFUSED } from '../../../shared/areas/instances/access-password';
import { BridgeCallError } from '../../../renderer/api/bridge';
import { adminNeedOf, isForbidden } from '../../../renderer/app/instance-access';

const failed = (status: number, code?: string) => new BridgeCallError('users.page', { kind: 'http', status, message: 'm', ...(code ? { code } : {}) });

describe('needs admin', () => {
  it('a 403 on the screen\u2019s read says what was refused', () => {
    expect(adminNeedOf({ error: failed(403), refused: 'list users' })).toEqual({ evidence: 'refuses to list users (HTTP 403)', maybePassword: false, maybeCloud: false });
    expect(isForbidden(failed(403))).toBe(true);
  });

  it('other failures and no failure are not "needs admin"', () => {
    for (const error of [failed(401), failed(404), failed(500), new Error('boom'), undefined, null]) {
      expect(adminNeedOf({ error, refused: 'list users' })).toBeNull();
    }
    expect(isForbidden(failed(401))).toBe(false);
  });

  it('a reduced view is "needs admin" even though the read succeeded', () => {
    expect(adminNeedOf({ refused: 'read its HTTP settings', reducedView: 'the ports' })).toEqual({ evidence: 'shows only the ports', maybePassword: false, maybeCloud: false });
  });

  it('says when a refused password or Cloud may be the reason', () => {
    expect(adminNeedOf({ error: failed(403, ACCESS_PASSWORD_MAYBE_REFUSED), refused: 'list groups' })?.maybePassword).toBe(true);
    expect(adminNeedOf({ error: failed(403), refused: 'read its HTTP settings', selfHostedOnlyOnUnknown: true })?.maybeCloud).toBe(true);
  });
});
