import { describe, expect, it } from 'vitest';
import { startFakePlatform } from '../../fake-platform';
import { createEmptyState, type FakeState } from '../../fake-platform/core/state';
import { applySeed, type SeedOption } from '../../fake-platform/support/seed';
import { basic, rawRequest } from '../../support/raw-http';

function seeded(seed: SeedOption): FakeState {
  const state = createEmptyState('self-hosted', 'node-a');
  applySeed(state, seed);
  return state;
}

/** Every user's groups list its members and vice versa. */
function expectConsistentMemberships(state: FakeState) {
  let links = 0;
  for (const user of state.users.values()) {
    for (const name of user.groups) {
      expect(state.groups.get(name)?.members.includes(user.username)).toBe(true);
      links++;
    }
  }
  const memberLinks = [...state.groups.values()].reduce((sum, group) => sum + group.members.length, 0);
  expect(memberLinks).toBe(links);
}

const snapshot = (state: FakeState) => ({
  users: [...state.users.values()],
  groups: [...state.groups.values()],
  locked: [...state.lockedUsers],
  webServer: state.webServer,
  repositories: state.repositories,
});

describe('fake platform seeds', () => {
  it('minimal: both principals, readers with auto_join holding every user', () => {
    const state = seeded('minimal');
    expect(state.users.get('admin')?.admin).toBe(true);
    expect(state.users.get('reader')?.admin).toBe(false);
    const readers = state.groups.get('readers')!;
    expect(readers.auto_join).toBe(true);
    expect([...readers.members].sort()).toEqual([...state.users.keys()].sort());
    expect(state.system.license).not.toBeNull();
    expectConsistentMemberships(state);
  });

  it('demo: a believable organisation, the same every time', () => {
    const state = seeded('demo');
    expect(state.users.size).toBe(250);
    expect(state.groups.size).toBe(25);
    const realms = new Set([...state.users.values()].map((u) => u.realm));
    expect(realms).toEqual(new Set(['internal', 'saml', 'ldap']));
    const statuses = [...state.users.values()].map((u) => u.status);
    expect(statuses.filter((s) => s === 'disabled').length).toBeGreaterThan(0);
    expect(state.lockedUsers.size).toBeGreaterThan(0);
    expect([...state.lockedUsers].every((name) => state.users.get(name)?.status === 'locked')).toBe(true);
    expect([...state.groups.values()].filter((g) => g.members.length > 0).length).toBeGreaterThanOrEqual(20);
    expect(state.webServer.webServerType).toBe('NGINX');
    expect(state.repositories.filter((r) => r.packageType === 'docker').length).toBeGreaterThanOrEqual(2);
    expect(state.system.licenses).toHaveLength(1);
    expect(state.system.health.services.every((s) => s.state === 'HEALTHY')).toBe(true);
    expect([...state.groups.values()].some((g) => g.auto_join && g.admin_privileges)).toBe(false);
    expectConsistentMemberships(state);
    expect(snapshot(seeded('demo'))).toEqual(snapshot(state));
  });

  it('scale: exactly the asked size, and deterministic', () => {
    // How long it takes is a bench figure (test/bench/fake-platform.bench.ts).
    const state = seeded({ users: 100_000, groups: 2_000 });
    expect(state.users.size).toBe(100_000);
    expect(state.groups.size).toBe(2_000);
    expect(state.groups.get('readers')!.members).toHaveLength(100_000);
    const internal = [...state.users.values()].filter((u) => u.realm === 'internal').length;
    expect(internal / state.users.size).toBeGreaterThan(0.4);
    expect(internal / state.users.size).toBeLessThan(0.7);
    for (const name of [...state.users.keys()].slice(2, 50)) expect(name).toMatch(/^[a-z]+\.[a-z]+\d*$/);

    const again = seeded({ users: 100_000, groups: 2_000 });
    expect([...again.users.keys()]).toEqual([...state.users.keys()]);
    expect(again.users.get([...state.users.keys()][77_777])).toEqual(state.users.get([...state.users.keys()][77_777]));
  });

  it('scale: memberships agree on both sides', () => {
    expectConsistentMemberships(seeded({ users: 3_000, groups: 40 }));
  });

  it('lets a seeded internal user log in over HTTP', async () => {
    const platform = await startFakePlatform({ seed: { users: 200, groups: 10 } });
    try {
      const user = [...platform.state.users.values()].find((u) => u.realm === 'internal' && u.status === 'enabled' && u.username !== 'admin' && u.username !== 'reader')!;
      const res = await rawRequest(`${platform.url}/artifactory/api/system/version`, { headers: basic(user.username, user.password) });
      expect(res.status).toBe(200);
    } finally {
      await platform.close();
    }
  });
});
