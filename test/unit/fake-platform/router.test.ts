import { describe, expect, it } from 'vitest';
import { Router } from '../../fake-platform/core/router';
import { empty } from '../../fake-platform/core/responses';

const handler = () => empty(204);

describe('fake platform router', () => {
  it('decodes parameters and prefers literal segments over parameters', () => {
    const router = new Router();
    const byName = () => empty(200);
    const me = () => empty(201);
    router.add('GET', '/access/api/v2/users/:name', byName);
    router.add('GET', '/access/api/v1/tokens/me', me);
    router.add('GET', '/access/api/v1/tokens/:id', byName);

    const user = router.match('GET', '/access/api/v2/users/jane%40example.com');
    expect(user).toMatchObject({ kind: 'found', params: { name: 'jane@example.com' } });
    const token = router.match('GET', '/access/api/v1/tokens/me');
    expect(token.kind === 'found' && token.handler).toBe(me);
    expect(router.match('GET', '/access/api/v2/users/jane/groups').kind).toBe('none');
  });

  it('matches a trailing wildcard, serves HEAD from GET and tells a wrong method from a missing path', () => {
    const router = new Router();
    router.add('GET', '/artifactory/api/storage/*', handler);
    expect(router.match('GET', '/artifactory/api/storage/repo/a/b.txt')).toMatchObject({ kind: 'found', params: { '*': 'repo/a/b.txt' } });
    expect(router.match('HEAD', '/artifactory/api/storage/repo').kind).toBe('found');
    expect(router.match('POST', '/artifactory/api/storage/repo').kind).toBe('wrong-method');
    expect(router.match('GET', '/artifactory/api/other').kind).toBe('none');
  });

  it('refuses the same route twice', () => {
    const router = new Router();
    router.add('GET', '/a/:x', handler);
    expect(() => router.add('GET', '/a/:x', handler)).toThrow(/registered twice/);
  });
});
