// Paging at 100,000 users: a full walk returns every user exactly once, and the fake
// serves each page from its sorted index (its speed is a bench figure).
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

/** A Map that counts whole-map iterations and single reads. */
class CountingMap<K, V> extends Map<K, V> {
  scans = 0;
  reads = 0;
  override get(key: K): V | undefined {
    this.reads++;
    return super.get(key);
  }
  override keys(): MapIterator<K> {
    this.scans++;
    return super.keys();
  }
  override values(): MapIterator<V> {
    this.scans++;
    return super.values();
  }
  override entries(): MapIterator<[K, V]> {
    this.scans++;
    return super.entries();
  }
  override forEach(callback: (value: V, key: K, map: Map<K, V>) => void): void {
    this.scans++;
    super.forEach(callback);
  }
  override [Symbol.iterator](): MapIterator<[K, V]> {
    this.scans++;
    return super[Symbol.iterator]();
  }
}

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
  const saved = (await services.dispatch('instances.save', {
    name: 'Scale',
    baseUrl: fake.url,
    authKind: 'token',
    secret: fake.principals.admin.token,
  })) as CallResult<InstanceView>;
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

  it('pages server-side from its index: a full walk reads each user once and never scans the map', () => {
    // Counts, not time (the time is a bench figure): a page that scanned or re-sorted the
    // whole map would iterate it, and one that re-read users would read more than one each.
    const users = new CountingMap(fake.state.users);
    pageOf(users, { limit: '1' }); // builds the index once, as the first request would
    users.scans = 0;
    users.reads = 0;
    let cursor: string | undefined;
    let count = 0;
    let pages = 0;
    do {
      const result = pageOf(users, { limit: '1000', ...(cursor ? { cursor } : {}) });
      count += result.items.length;
      cursor = result.cursor;
      pages++;
    } while (cursor);
    expect(count).toBe(users.size);
    expect(pages).toBe(Math.ceil(users.size / 1000));
    expect(users.scans).toBe(0);
    expect(users.reads).toBe(users.size);
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
