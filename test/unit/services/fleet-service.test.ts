// The fleet poller on the scheduler's fake clock: each cycle becomes samples, incidents and
// notifications; OS notifications are rate-limited and muted per instance; the schedule
// and the last known state survive a restart. No network: a scripted client per instance.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FleetService } from '../../../electron/services/fleet/fleet-service';
import { ScanScheduler } from '../../../electron/services/scans/scan-scheduler';
import type { PlatformHttp, PlatformRequest } from '../../../electron/services/http/types';
import { instanceProfileSchema, type InstanceProfile } from '../../../shared/areas/instances/model';
import { ApiFailure } from '../../../shared/errors';

const START = Date.UTC(2026, 10, 30, 23, 50);
const INTERVAL = 60_000;
const TIMEOUT = 5_000;

interface Scripted {
  mode: 'up' | 'hang' | 'refuse';
  /** Service states by prefix, e.g. { jfac: ['UNHEALTHY', 'db down'] }. */
  services: Record<string, [string, string]>;
  version: string;
}

const profile = (id: string): InstanceProfile =>
  instanceProfileSchema.parse({ id, name: `Instance ${id}`, baseUrl: `https://${id}.example.test`, authKind: 'token', environment: id === 'a' ? 'PROD' : 'DEV' });

function world(ids: string[], storePath = ':memory:') {
  const scripts = new Map<string, Scripted>(ids.map((id) => [id, { mode: 'up', services: {}, version: '7.111.4' }]));
  const sent: PlatformRequest[] = [];
  const httpOf = (id: string): PlatformHttp => {
    const answer = async (req: PlatformRequest) => {
      sent.push(req);
      const script = scripts.get(id)!;
      if (script.mode === 'hang') return new Promise<never>(() => undefined);
      if (script.mode === 'refuse') throw new ApiFailure({ kind: 'network', message: `Could not connect to ${id}.example.test: connection refused` });
      if (req.path === '/router/api/v1/system/health') {
        const services = ['jfrt', 'jfac'].map((prefix) => {
          const [state, message] = script.services[prefix] ?? ['HEALTHY', 'OK'];
          return { service_id: `${prefix}@n1`, node_id: 'n1', state, message };
        });
        const healthy = services.every((service) => service.state === 'HEALTHY');
        return { status: healthy ? 200 : 503, headers: {}, text: JSON.stringify({ router: { node_id: 'n1', state: 'HEALTHY', message: 'OK' }, services }) };
      }
      if (req.path === '/artifactory/api/system/version') return { status: 200, headers: {}, text: JSON.stringify({ version: script.version, revision: '1', addons: [] }) };
      return { status: 200, headers: {}, text: 'OK' };
    };
    return {
      request: answer,
      json: async <T>(req: PlatformRequest) => JSON.parse((await answer(req)).text) as T,
      download: async () => {
        throw new Error('no downloads in the fleet scan');
      },
    };
  };
  const instances = ids.map(profile);
  const scans = new ScanScheduler({ instances: () => instances, connect: async (id) => httpOf(id), now: () => Date.now() });
  const shown: { title: string; body: string }[] = [];
  const service = new FleetService({ scans, instances: () => instances, dataDir: '', storePath, notifier: { notify: (n) => void shown.push(n) }, timeoutMs: TIMEOUT });
  return { scripts, sent, scans, service, shown };
}

describe('FleetService', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: START });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('records each change once: unhealthy → unreachable → recovered, with the incident, its messages and duration', async () => {
    const { scripts, scans, service, shown } = world(['a', 'b']);
    await service.ready;
    await vi.advanceTimersByTimeAsync(0);
    let overview = await service.overview();
    expect(overview.rows.map((row) => [row.name, row.state])).toEqual([
      ['Instance a', 'healthy'],
      ['Instance b', 'healthy'],
    ]);
    expect(overview.worst).toBe('healthy');
    expect((await service.notifications()).items).toEqual([]);

    scripts.get('b')!.services.jfac = ['UNHEALTHY', 'Access cannot reach its database'];
    await vi.advanceTimersByTimeAsync(INTERVAL);
    overview = await service.overview();
    expect(overview.rows[0]).toMatchObject({ name: 'Instance b', state: 'unhealthy', unhealthyCount: 1 });
    expect(overview.worst).toBe('unhealthy');
    expect(shown).toEqual([{ title: 'Instance b is unhealthy', body: 'jfac@n1: Access cannot reach its database' }]);

    await vi.advanceTimersByTimeAsync(INTERVAL); // still unhealthy: no news
    expect((await service.notifications()).items).toHaveLength(1);

    scripts.get('b')!.mode = 'hang';
    await vi.advanceTimersByTimeAsync(INTERVAL + TIMEOUT);
    overview = await service.overview();
    expect(overview.rows[0]).toMatchObject({ name: 'Instance b', state: 'unreachable', error: expect.stringContaining('did not answer within 5 s') });
    // 125 s after the last OS notification for b: shown.
    expect(shown.map((n) => n.title)).toEqual(['Instance b is unhealthy', 'Instance b is unreachable']);

    scripts.get('b')!.mode = 'up';
    scripts.get('b')!.services = {};
    const recoveredAt = Date.now() + INTERVAL;
    await vi.advanceTimersByTimeAsync(INTERVAL);
    const notes = await service.notifications();
    // Recovered 60 s after the last OS notification for b: held back (at most one per 2 min), but listed.
    expect(notes.items.map((n) => [n.instanceName, n.kind, n.shown])).toEqual([
      ['Instance b', 'recovered', false],
      ['Instance b', 'unreachable', true],
      ['Instance b', 'unhealthy', true],
    ]);
    expect(shown).toHaveLength(2);
    expect(notes.unread).toBe(3);

    await vi.advanceTimersByTimeAsync(1_000);
    const history = await service.history('b', '24h');
    expect(history.incidents).toHaveLength(1);
    const [incident] = history.incidents;
    expect(incident.startedAt).toBe(START + INTERVAL);
    expect(incident.endedAt).toBeGreaterThanOrEqual(recoveredAt);
    expect(incident.worst).toBe('unreachable');
    expect(incident.messages).toEqual(['jfac@n1: Access cannot reach its database', expect.stringMatching(/^Instance b did not answer within 5 s/)]);
    expect(history.timelines.find((t) => t.serviceId === 'jfac@n1')?.segments.map((seg) => seg.state)).toEqual(['HEALTHY', 'UNHEALTHY', 'UNREACHABLE', 'HEALTHY']);
    expect(history.uptime.d1).toBeLessThan(100);
    service.close();
    scans.close();
  });

  it('a muted instance is listed but not shown; a flood across the fleet is capped', async () => {
    const ids = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
    const { scripts, scans, service, shown } = world(ids);
    await service.ready;
    await service.setMuted('a', true);
    await vi.advanceTimersByTimeAsync(0);
    for (const id of ids) scripts.get(id)!.mode = 'refuse';
    await vi.advanceTimersByTimeAsync(INTERVAL);
    const notes = await service.notifications();
    expect(notes.items).toHaveLength(7);
    expect(notes.items.find((n) => n.instanceId === 'a')?.shown).toBe(false);
    // At most 5 OS notifications a minute across the fleet.
    expect(shown).toHaveLength(5);
    expect(shown.some((n) => n.title.startsWith('Instance a'))).toBe(false);
    expect(notes.muted).toEqual(['a']);
    expect((await service.overview()).rows.find((row) => row.instanceId === 'a')?.muted).toBe(true);
    service.close();
    scans.close();
  });

  it('sends only reads, flags a version that differs from the fleet, and never counts a backed-off instance twice', async () => {
    const { scripts, sent, scans, service } = world(['a', 'b', 'c']);
    scripts.get('c')!.version = '7.98.2';
    await service.ready;
    await vi.advanceTimersByTimeAsync(0);
    const overview = await service.overview();
    expect(overview.commonVersion).toBe('7.111.4');
    expect(overview.rows.map((row) => [row.name, row.versionDiffers])).toEqual([
      ['Instance a', false],
      ['Instance b', false],
      ['Instance c', true],
    ]);
    expect(new Set(sent.map((req) => req.method))).toEqual(new Set(['GET']));

    scripts.get('a')!.mode = 'refuse';
    await vi.advanceTimersByTimeAsync(INTERVAL * 4);
    const row = (await service.overview()).rows.find((candidate) => candidate.instanceId === 'a')!;
    // Failures 1 and 2 on consecutive cycles, then a back-off of two intervals: 3 checks in 4 cycles.
    expect(row.consecutiveFailures).toBe(3);
    expect(row.nextCheckAt).toBeGreaterThan(Date.now());
    const history = await service.history('a', '24h');
    expect(history.points.filter((point) => point.state === 'unreachable')).toHaveLength(3);
    service.close();
    scans.close();
  });

  it('keeps the schedule, the mute list and the last known state across a restart', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lilypad-fleet-unit-'));
    try {
      const path = join(dir, 'fleet-history.sqlite');
      const first = world(['a'], path);
      await first.service.ready;
      await vi.advanceTimersByTimeAsync(0);
      await first.service.setSchedule({ intervalSeconds: 300, paused: true });
      await first.service.setMuted('a', true);
      first.service.close();
      first.scans.close();

      await vi.advanceTimersByTimeAsync(INTERVAL * 3);
      const second = world(['a'], path);
      let checks = 0;
      second.scripts.get('a')!.mode = 'up';
      await second.service.ready;
      const overview = await second.service.overview();
      expect(overview).toMatchObject({ intervalMs: 300_000, paused: true });
      expect(overview.rows[0]).toMatchObject({ state: 'healthy', version: '7.111.4', lastSuccessAt: START, muted: true });
      // Paused: nothing is checked however long we wait.
      await vi.advanceTimersByTimeAsync(INTERVAL * 10);
      checks = second.sent.length;
      expect(checks).toBe(0);
      second.service.close();
      second.scans.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
