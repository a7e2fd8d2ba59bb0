// Paging at 100,000 users: a full walk returns every user exactly once, and the fake
// serves each page from its sorted index (well under a second server-side).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppServices } from '../../electron/services/app-services';
import type { AppServices } from '../../electron/services/app-services-types';
import type { InstanceView } from '../../shared/areas/instances/model';
import type { CallResult } from '../../shared/errors';
import type { GroupPage } from '../../shared/areas/groups/model';
import type { UserPage } from '../../shared/areas/users/model';
import { startFakePlatform, type FakePlatform } from '../fake-platform';
import { pageOf } from '../fake-platform/support/access-paging';

let fake: FakePlatform;
let services: AppServices;
let dataDir: string;
let instanceId: string;

async function page<T>(name: 'users.page' | 'groups.page', limit: number, cursor?: string): Promise<T> {
  const result = (await services.dispatch(name, { instanceId, limit, ...(cursor ? { cursor } : {}) })) as CallResult<T>;
  if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
  return result.value;
}

beforeAll(async () => {
  fake = await startFakePlatform({ seed: { users: 100_000, groups: 2000 } });
  dataDir = await mkdtemp(join(tmpdir(), 'lilypad-scale-'));
  services = createAppServices({ dataDir, runtime: 'browser-host' });
  const saved = (await services.dispatch('instances.save', { name: 'Scale', baseUrl: fake.url, authKind: 'token', secret: fake.principals.admin.token })) as CallResult<InstanceView>;
  if (!saved.ok) throw new Error(saved.error.message);
  instanceId = saved.value.id;
}, 120_000);

afterAll(async () => {
  await services?.close();
  await fake?.close();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

describe('users and groups at 100,000 users', () => {
  it('walks every user page with limit 99,999: all users, none twice', async () => {
    expect(fake.state.users.size).toBeGreaterThanOrEqual(100_000);
    const seen = new Set<string>();
    let count = 0;
    let cursor: string | undefined;
    let pages = 0;
    do {
      const result: UserPage = await page<UserPage>('users.page', 99_999, cursor);
      for (const user of result.users) seen.add(user.username);
      count += result.users.length;
      cursor = result.cursor;
      pages++;
    } while (cursor);
    expect(count).toBe(fake.state.users.size);
    expect(seen.size).toBe(count);
    expect(pages).toBe(Math.ceil(fake.state.users.size / 99_999));
  }, 60_000);

  it('walks the 2,000 groups at the default limit', async () => {
    const seen = new Set<string>();
    let cursor: string | undefined;
    do {
      const result: GroupPage = await page<GroupPage>('groups.page', 1000, cursor);
      for (const group of result.groups) seen.add(group.group_name);
      cursor = result.cursor;
    } while (cursor);
    expect(seen.size).toBe(fake.state.groups.size);
    expect(seen.size).toBeGreaterThanOrEqual(2000);
  });

  it('pages server-side from an index: a full walk takes well under a second', () => {
    pageOf(fake.state.users, { limit: '1' }); // builds the index once, as the first request would
    const started = performance.now();
    let cursor: string | undefined;
    let count = 0;
    do {
      const result = pageOf(fake.state.users, { limit: '99999', ...(cursor ? { cursor } : {}) });
      count += result.items.length;
      cursor = result.cursor;
    } while (cursor);
    expect(count).toBe(fake.state.users.size);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('answers 400 for a limit outside 1–99,999 and for a forged cursor', async () => {
    const get = (query: string) => fetch(`${fake.url}/access/api/v2/users?${query}`, { headers: { authorization: `Bearer ${fake.principals.admin.token}` } });
    for (const query of ['limit=0', 'limit=100000', 'limit=abc', 'cursor=not-a-cursor!']) {
      const res = await get(query);
      expect(res.status, query).toBe(400);
      expect(((await res.json()) as { errors: { code: string }[] }).errors[0].code).toBe('BAD_REQUEST');
    }
    const first = (await (await get('')).json()) as UserPage;
    expect(first.users).toHaveLength(1000);
    expect(first.cursor).toEqual(expect.any(String));
  });
});
