// Fleet history arithmetic, table by table: how long a check stands for (gaps), uptime over
// windows across day boundaries, hourly downsampling, incidents and the 24 h status bar.
import { describe, expect, it } from 'vitest';
import type { FleetSample, FleetState } from '../../../shared/areas/fleet/model';
import { HOUR_MS, downsample, holdMsFor, incidentsOf, percent, serviceTimelines, statusBar, uptimeOfRollups, uptimeOfSamples } from '../../../electron/services/fleet/history-math';

const MIN = 60_000;
// Midnight UTC between two days: windows and buckets cross it.
const MIDNIGHT = Date.UTC(2026, 10, 30);
const HOLD = 10 * MIN;

const s = (minute: number, state: FleetState, extra: Partial<FleetSample> = {}): FleetSample => ({ at: MIDNIGHT + minute * MIN, state, problems: [], ...extra });

describe('holdMsFor', () => {
  it.each([
    [15_000, 10 * MIN],
    [60_000, 10 * MIN],
    [5 * MIN, 45 * MIN],
  ])('interval %i ms → a check stands for at most %i ms', (interval, hold) => {
    expect(holdMsFor(interval)).toBe(hold);
  });
});

describe('uptimeOfSamples', () => {
  const cases: { name: string; samples: FleetSample[]; from: number; to: number; up: number; covered: number }[] = [
    { name: 'all healthy, every minute', samples: [s(0, 'healthy'), s(1, 'healthy'), s(2, 'healthy')], from: 0, to: 3, up: 3, covered: 3 },
    { name: 'one unhealthy minute of four', samples: [s(0, 'healthy'), s(1, 'unhealthy'), s(2, 'healthy'), s(3, 'healthy')], from: 0, to: 4, up: 3, covered: 4 },
    { name: 'a peer problem counts as up', samples: [s(0, 'degraded'), s(1, 'healthy')], from: 0, to: 2, up: 2, covered: 2 },
    { name: 'unreachable counts as down', samples: [s(0, 'unreachable'), s(5, 'healthy')], from: 0, to: 6, up: 1, covered: 6 },
    // App closed for an hour: the last check stands for 10 minutes, the rest is unknown.
    { name: 'a gap longer than the hold is left out', samples: [s(0, 'unhealthy'), s(70, 'healthy')], from: 0, to: 71, up: 1, covered: 11 },
    { name: 'a gap shorter than the hold keeps the state', samples: [s(0, 'unreachable'), s(8, 'healthy')], from: 0, to: 9, up: 1, covered: 9 },
    // The window starts at midnight: the check at 23:58 counts only from 00:00.
    { name: 'a window that starts mid-span (across midnight)', samples: [s(-2, 'unhealthy'), s(2, 'healthy')], from: 0, to: 4, up: 2, covered: 4 },
    { name: 'a window that ends mid-span', samples: [s(0, 'healthy'), s(4, 'unhealthy')], from: 0, to: 6, up: 4, covered: 6 },
    { name: 'no samples', samples: [], from: 0, to: 60, up: 0, covered: 0 },
    { name: 'samples only before the window', samples: [s(-100, 'healthy')], from: 0, to: 60, up: 0, covered: 0 },
  ];
  it.each(cases)('$name', ({ samples, from, to, up, covered }) => {
    const result = uptimeOfSamples(samples, MIDNIGHT + from * MIN, MIDNIGHT + to * MIN, HOLD);
    expect(result).toEqual({ upMs: up * MIN, coveredMs: covered * MIN });
  });

  it('percent is one decimal, and undefined with nothing checked', () => {
    expect(percent({ upMs: 2, coveredMs: 3 })).toBe(66.7);
    expect(percent({ upMs: 0, coveredMs: 0 })).toBeUndefined();
  });
});

describe('downsample', () => {
  it('splits a check across the hours it stands for and keeps each hour ≤ 60 min', () => {
    // 23:55 unhealthy until 00:05 (hold 10 min), then healthy every 10 minutes until 01:00.
    const samples = [
      s(-5, 'unhealthy', { responseMs: 100, problems: [{ serviceId: 'jfac@n1', state: 'UNHEALTHY', message: 'db down' }] }),
      ...[5, 15, 25, 35, 45, 55].map((m) => s(m, 'healthy', { responseMs: 50 })),
    ];
    const rollups = downsample(samples, HOLD, MIDNIGHT + 60 * MIN);
    expect(rollups.map((r) => r.bucketStart)).toEqual([MIDNIGHT - HOUR_MS, MIDNIGHT]);
    const [before, after] = rollups;
    expect(before).toMatchObject({ coveredMs: 5 * MIN, upMs: 0, checks: 1, worst: 'unhealthy', responseMax: 100 });
    expect(before.problems).toEqual([{ serviceId: 'jfac@n1', state: 'UNHEALTHY', message: 'db down' }]);
    expect(after).toMatchObject({ coveredMs: 60 * MIN, upMs: 55 * MIN, checks: 6, worst: 'healthy', responseSum: 300, responseCount: 6 });
    for (const rollup of rollups) expect(rollup.coveredMs).toBeLessThanOrEqual(HOUR_MS);
  });

  it('gives the same uptime as the raw samples it replaces', () => {
    const states: FleetState[] = ['healthy', 'unhealthy', 'unreachable', 'degraded'];
    const samples = Array.from({ length: 600 }, (_, i) => s(i * 1.5, states[(i * 7) % 11 === 0 ? 1 + (i % 3) : 0]));
    const to = MIDNIGHT + 15 * HOUR_MS;
    const raw = uptimeOfSamples(samples, MIDNIGHT - HOUR_MS, to, HOLD);
    const rolled = uptimeOfRollups(downsample(samples, HOLD, to), MIDNIGHT - HOUR_MS, to);
    expect(rolled).toEqual(raw);
  });

  it("keeps each service at its worst in the hour, with that problem's message", () => {
    const problem = (state: 'UNHEALTHY' | 'UNHEALTHY_PEER', message: string) => [{ serviceId: 'jfrt@n1', state, message }];
    const rollups = downsample(
      [
        s(0, 'degraded', { problems: problem('UNHEALTHY_PEER', 'peer') }),
        s(1, 'unhealthy', { problems: problem('UNHEALTHY', 'disk full') }),
        s(2, 'degraded', { problems: problem('UNHEALTHY_PEER', 'peer again') }),
      ],
      HOLD,
    );
    expect(rollups[0].problems).toEqual(problem('UNHEALTHY', 'disk full'));
    expect(rollups[0].worst).toBe('unhealthy');
  });
});

describe('incidentsOf', () => {
  const p = (message: string) => ({ problems: [{ serviceId: 'jfac@n1', state: 'UNHEALTHY' as const, message }] });
  const cases: { name: string; samples: FleetSample[]; expected: { start: number; end?: number; worst: FleetState; messages?: string[] }[] }[] = [
    { name: 'healthy throughout: none', samples: [s(0, 'healthy'), s(1, 'healthy')], expected: [] },
    {
      name: 'first failure to first recovery, messages in order seen',
      samples: [s(0, 'healthy'), s(1, 'unhealthy', p('db slow')), s(2, 'unhealthy', p('db down')), s(3, 'unhealthy', p('db slow')), s(4, 'healthy')],
      expected: [{ start: 1, end: 4, worst: 'unhealthy', messages: ['jfac@n1: db slow', 'jfac@n1: db down'] }],
    },
    { name: 'worst state wins', samples: [s(0, 'degraded'), s(1, 'unreachable'), s(2, 'unhealthy'), s(3, 'healthy')], expected: [{ start: 0, end: 3, worst: 'unreachable' }] },
    { name: 'still open at the end', samples: [s(0, 'healthy'), s(1, 'unreachable')], expected: [{ start: 1, worst: 'unreachable' }] },
    {
      name: 'two incidents',
      samples: [s(0, 'unhealthy'), s(1, 'healthy'), s(2, 'unhealthy'), s(3, 'healthy')],
      expected: [
        { start: 0, end: 1, worst: 'unhealthy' },
        { start: 2, end: 3, worst: 'unhealthy' },
      ],
    },
    // The app was closed for 3 hours across midnight while the instance was down: the
    // incident lasts until the first healthy check seen, gap included.
    { name: 'across a gap and midnight', samples: [s(-90, 'unhealthy'), s(90, 'healthy')], expected: [{ start: -90, end: 90, worst: 'unhealthy' }] },
    { name: 'pending checks change nothing', samples: [s(0, 'unhealthy'), s(1, 'pending'), s(2, 'healthy')], expected: [{ start: 0, end: 2, worst: 'unhealthy' }] },
  ];
  it.each(cases)('$name', ({ samples, expected }) => {
    const incidents = incidentsOf(samples);
    expect(incidents.map((i) => ({ start: (i.startedAt - MIDNIGHT) / MIN, end: i.endedAt === undefined ? undefined : (i.endedAt - MIDNIGHT) / MIN, worst: i.worst }))).toEqual(
      expected.map(({ start, end, worst }) => ({ start, end, worst })),
    );
    expected.forEach((e, index) => {
      if (e.messages) expect(incidents[index].messages).toEqual(e.messages);
    });
  });
});

describe('statusBar', () => {
  it('marks each slice with the worst state checked in it, and unchecked slices as none', () => {
    // 4 slices of 15 minutes over one hour.
    const samples = [s(0, 'healthy'), s(10, 'unhealthy'), s(12, 'healthy'), s(20, 'healthy'), s(40, 'unreachable')];
    const slices = statusBar(samples, MIDNIGHT, MIDNIGHT + 60 * MIN, 4, 5 * MIN);
    expect(slices.map((slice) => slice.state)).toEqual(['unhealthy', 'healthy', 'unreachable', 'none']);
  });

  it('a span that ends exactly on a boundary stays in its slice', () => {
    const slices = statusBar([s(0, 'unhealthy'), s(15, 'healthy')], MIDNIGHT, MIDNIGHT + 30 * MIN, 2, HOLD * 2);
    expect(slices.map((slice) => slice.state)).toEqual(['unhealthy', 'healthy']);
  });
});

describe('serviceTimelines', () => {
  it('one segment per stretch of the same state; unreachable covers every service', () => {
    const down = { problems: [{ serviceId: 'jfac@n1', state: 'UNHEALTHY' as const, message: 'db down' }] };
    const samples = [
      s(0, 'healthy'),
      s(1, 'unhealthy', down),
      s(2, 'unhealthy', down),
      s(3, 'unreachable', { problems: [{ serviceId: 'instance', state: 'FAILED', message: 'refused' }] }),
      s(4, 'healthy'),
    ];
    const timelines = serviceTimelines(samples, ['router', 'jfac@n1'], HOLD, MIDNIGHT + 5 * MIN);
    const read = (id: string) => timelines.get(id)!.map((seg) => [(seg.from - MIDNIGHT) / MIN, (seg.to - MIDNIGHT) / MIN, seg.state]);
    expect(read('jfac@n1')).toEqual([
      [0, 1, 'HEALTHY'],
      [1, 3, 'UNHEALTHY'],
      [3, 4, 'UNREACHABLE'],
      [4, 5, 'HEALTHY'],
    ]);
    expect(read('router')).toEqual([
      [0, 3, 'HEALTHY'],
      [3, 4, 'UNREACHABLE'],
      [4, 5, 'HEALTHY'],
    ]);
    expect(timelines.has('instance')).toBe(false);
  });
});
