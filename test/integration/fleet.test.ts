// The fleet poller against 10 fake platforms over real HTTP: one unhealthy, one hanging, one
// refusing connections, one whose TLS breaks and recovers. The scheduler runs on a manual
// clock, so "the hanging one costs its timeout and no more" is asserted on that clock.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createPlatformHttp } from '../../electron/services/http/client';
import { FleetService } from '../../electron/services/fleet/fleet-service';
import { FLEET_SCAN_ID, type FleetCheck } from '../../electron/services/fleet/health-scan';
import { HistoryStore } from '../../electron/services/fleet/history-store';
import { ScanScheduler } from '../../electron/services/scans/scan-scheduler';
import { instanceProfileSchema, type InstanceProfile } from '../../shared/areas/instances/model';
import { startFakeFleet, memberOf, type FakeFleet, type FleetMember } from '../fake-platform/fleet';
import { startFakePlatform } from '../fake-platform';
import { ManualClock } from '../support/manual-clock';
import { makeTestPki, type TestPki } from '../support/tls';

const TIMEOUT_MS = 4_000;
const T0 = Date.UTC(2026, 10, 30, 9);

let fleet: FakeFleet;
let tlsMember: FleetMember;
let pki: TestPki;
let otherPki: TestPki;
let dir: string;
let profiles: InstanceProfile[];

beforeAll(async () => {
  [pki, otherPki] = await Promise.all([makeTestPki(), makeTestPki()]);
  fleet = await startFakeFleet(Array.from({ length: 9 }, (_, i) => `edge-${i + 1}`));
  const own = { keyPem: pki.keyPem, certPem: pki.certPem };
  tlsMember = memberOf('secure', await startFakePlatform({ seed: 'minimal', tls: own }), own);
  fleet.members.push(tlsMember);
  dir = mkdtempSync(join(tmpdir(), 'lilypad-fleet-int-'));
  profiles = fleet.members.map((member, index) =>
    instanceProfileSchema.parse({
      id: `i${index}`,
      name: member.name,
      baseUrl: member.platform.url,
      authKind: 'basic-password',
      username: member.platform.principals.admin.username,
      environment: index < 5 ? 'PROD' : 'DEV',
      timeoutMs: 60_000,
      ...(member === tlsMember ? { tls: { caCertPem: pki.caPem, skipVerify: false } } : {}),
    }),
  );
});

afterAll(async () => {
  await fleet?.close();
  rmSync(dir, { recursive: true, force: true });
});

function setup() {
  const clock = new ManualClock(T0);
  const secrets = new Map(fleet.members.map((member, index) => [`i${index}`, member.platform.principals.admin.password]));
  const scans = new ScanScheduler({
    instances: () => profiles,
    connect: async (id) => createPlatformHttp({ profile: profiles.find((p) => p.id === id)!, secret: secrets.get(id), retryDelayMs: 10 }),
    now: clock.now,
    timers: clock,
  });
  const service = new FleetService({ scans, instances: () => profiles, dataDir: dir, now: clock.now, timeoutMs: TIMEOUT_MS });
  return { clock, scans, service };
}

/** Runs one cycle: waits (on real I/O) until only the hanging instance is left, then moves the clock to its deadline. */
async function cycle({ clock, scans }: ReturnType<typeof setup>, hanging: string[]) {
  // Cycles are a second apart at least, as on any real clock.
  if (clock.now() > T0) clock.advanceTo(clock.now() + 1_000);
  const started = clock.now();
  const done = scans.runNow<FleetCheck>(FLEET_SCAN_ID);
  await vi.waitFor(
    () => {
      const states = scans.snapshot<FleetCheck>(FLEET_SCAN_ID).instances;
      const open = states.filter((state) => state.checking).map((state) => state.instanceName);
      expect(open.sort()).toEqual([...hanging].sort());
    },
    { timeout: 30_000, interval: 20 },
  );
  // Nothing is left to wait for but the hanging instances' deadlines.
  expect(clock.dueTimes().filter((at) => at <= started + TIMEOUT_MS)).toEqual(hanging.map(() => started + TIMEOUT_MS));
  clock.advanceTo(started + TIMEOUT_MS);
  const snapshot = await done;
  return { snapshot, started };
}

describe('fleet poller over real HTTP', () => {
  it('one cycle reports each instance right; the hanging one costs its timeout and no more; history is written', async () => {
    const world = setup();
    const [healthy, unhealthy, hanging, refusing] = fleet.members;
    unhealthy.unhealthy('jfac', 'Access cannot reach its database');
    hanging.hang();
    await refusing.refuse();
    await world.service.ready;
    // The service's first cycle started when it registered its scan: that is the one measured.
    const { snapshot, started } = await cycle(world, [hanging.name]);
    expect(started).toBe(T0);
    const byName = new Map(snapshot.instances.map((state) => [state.instanceName, state]));
    // On the scheduler's clock the cycle took exactly the hanging instance's deadline.
    expect(Date.parse(snapshot.lastCycleAt!) - started).toBe(TIMEOUT_MS);
    expect(byName.get(hanging.name)).toMatchObject({ status: 'failed', durationMs: TIMEOUT_MS, error: { kind: 'timeout' } });
    for (const state of snapshot.instances) if (state.instanceName !== hanging.name) expect(state.durationMs).toBe(0);

    expect(byName.get(healthy.name)).toMatchObject({ status: 'ok', value: { state: 'healthy', httpStatus: 200, version: healthy.platform.state.system.version } });
    expect(byName.get(unhealthy.name)).toMatchObject({
      status: 'ok',
      value: {
        state: 'unhealthy',
        httpStatus: 503,
        problems: expect.arrayContaining([{ serviceId: 'jfac@node-2', state: 'UNHEALTHY', message: 'Access cannot reach its database' }]),
      },
    });
    expect(byName.get(refusing.name)).toMatchObject({ status: 'failed', error: { kind: 'network', code: 'ECONNREFUSED' } });
    expect(snapshot.instances.filter((state) => state.status === 'ok' && state.value?.state === 'healthy')).toHaveLength(7);

    const overview = await world.service.overview();
    expect(overview.rows.slice(0, 3).map((row) => row.state)).toEqual(['unreachable', 'unreachable', 'unhealthy']);
    expect(overview.rows[2]).toMatchObject({ name: unhealthy.name, unhealthyCount: 1 });
    expect(overview.worst).toBe('unreachable');

    // Only reads reached the platforms.
    for (const member of fleet.members) expect(member.platform.requests.every((r) => r.method === 'GET')).toBe(true);
    // History written: the sample of this cycle is in the store for every instance.
    const history = await world.service.history('i1', '24h');
    expect(history.points.at(-1)).toMatchObject({ state: 'unhealthy' });
    expect(history.incidents[0]).toMatchObject({ worst: 'unhealthy', messages: ['jfac@node-2: Access cannot reach its database'] });

    // TLS breaks: unreachable with the certificate sentence; then everything recovers.
    tlsMember.breakTls({ keyPem: otherPki.keyPem, certPem: otherPki.certPem });
    const broken = await cycle(world, [hanging.name]);
    expect(broken.snapshot.instances.find((s) => s.instanceName === 'secure')).toMatchObject({ status: 'failed', error: { kind: 'tls' } });

    for (const member of [unhealthy, hanging, refusing, tlsMember]) await member.recover();
    const recovered = await cycle(world, []);
    expect(recovered.snapshot.instances.every((state) => state.status === 'ok' && state.value?.state === 'healthy')).toBe(true);
    const incidents = (await world.service.history('i9', '24h')).incidents;
    expect(incidents).toHaveLength(1);
    expect(incidents[0].endedAt).toBeDefined();
    expect(incidents[0].messages[0]).toMatch(/certificate/);
    world.service.close();
    world.scans.close();

    // Reopened, the store still holds every instance's samples.
    const store = await HistoryStore.open(join(dir, 'fleet-history.sqlite'));
    for (const profile of profiles) expect(store.samples(profile.id, 0, Number.MAX_SAFE_INTEGER).length).toBeGreaterThanOrEqual(3);
    store.close();
  });
});
