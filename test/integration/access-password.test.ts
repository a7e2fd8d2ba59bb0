// An instance that signs in with a password, on a platform whose Access refuses passwords
// (the fake's switch): every Access call says so and names the fix; Artifactory calls and
// token instances are unaffected.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ACCESS_PASSWORD_MAYBE_REFUSED, ACCESS_PASSWORD_REFUSED } from '../../shared/areas/instances/access-password';
import type { FakePlatform } from '../fake-platform';
import { servicesWorld } from './support/services-world';

const world = servicesWorld('access-password');
const { ok, failure } = world;
let fake: FakePlatform;
let withPassword: string;
let withToken: string;

beforeAll(async () => {
  ({ fake, admin: withToken } = world.state());
  const saved = await world.state().services.dispatch('instances.save', {
    name: 'Password admin',
    baseUrl: fake.url,
    authKind: 'basic-password',
    username: fake.principals.admin.username,
    secret: fake.principals.admin.password,
  });
  if (!saved.ok) throw new Error(saved.error.message);
  withPassword = (saved.value as { id: string }).id;
});
afterEach(() => {
  fake.state.accessPasswordPolicy = 'accept';
});

describe('Access refusing Basic with a password', () => {
  it('a 401 on any Access call says the instance wants a token, and keeps status, method and path', async () => {
    fake.state.accessPasswordPolicy = 'refuse-401';
    for (const [name, input, path] of [
      ['users.page', { limit: 10 }, '/access/api/v2/users'],
      ['groups.get', { name: 'readers' }, '/access/api/v2/groups/readers'],
      ['users.create', { user: { username: 'new.one', email: 'n@example.com', password: 'pw-123456' } }, '/access/api/v2/users'],
    ] as const) {
      const error = await failure(name, input, withPassword);
      expect(error).toMatchObject({ kind: 'http', status: 401, path, code: ACCESS_PASSWORD_REFUSED });
      expect(error.message).toMatch(/access token/);
      expect(error.platformMessage).toBe('Bad credentials');
    }
    expect(fake.state.users.has('new.one')).toBe(false);
  });

  it('Artifactory calls with the same password and Access calls with a token still work', async () => {
    fake.state.accessPasswordPolicy = 'refuse-401';
    await expect(ok('system.version', {}, withPassword)).resolves.toMatchObject({ version: fake.state.system.version });
    await expect(ok('users.page', { limit: 10 }, withToken)).resolves.toMatchObject({ users: expect.any(Array) });
  });

  it('a 403 says both possibilities: not an admin, or a refused password', async () => {
    fake.state.accessPasswordPolicy = 'refuse-403';
    const error = await failure('users.page', { limit: 10 }, withPassword);
    expect(error).toMatchObject({ status: 403, code: ACCESS_PASSWORD_MAYBE_REFUSED });
    expect(error.message).toMatch(/not an administrator/);
    expect(error.message).toMatch(/access token/);
  });

  it('a token instance\u2019s 401 is left as it is', async () => {
    fake.state.accessPasswordPolicy = 'refuse-401';
    const bad = await world.saveInstance(fake, 'Stale token', { ...fake.principals.admin, token: 'no-such-token' });
    const error = await failure('users.page', { limit: 10 }, bad);
    expect(error.status).toBe(401);
    expect(error.code).toBeUndefined();
  });
});
