// The fleet screen's pure logic: worst first, the environment filter, durations and CSV cells.
import { describe, expect, it } from 'vitest';
import type { FleetRow, FleetState } from '../../../../shared/areas/fleet/model';
import { environmentsOf, filterByEnvironment, formatDuration, sortRows } from '../../../../renderer/areas/fleet/fleet-view';
import { csvCell, toCsv } from '../../../../electron/services/fleet/csv';

const row = (name: string, state: FleetState, extra: Partial<FleetRow> = {}): FleetRow => ({
  instanceId: name,
  name,
  color: '#000000',
  environment: '',
  state,
  unhealthyCount: 0,
  problems: [],
  versionDiffers: false,
  consecutiveFailures: 0,
  checking: false,
  statusBar: [],
  muted: false,
  ...extra,
});

describe('sortRows worst first', () => {
  it('orders by state, then more unhealthy services, then lower uptime, then name', () => {
    const rows = [
      row('h-b', 'healthy', { uptime24h: 100 }),
      row('h-a', 'healthy', { uptime24h: 99.5 }),
      row('pending', 'pending'),
      row('u-1', 'unhealthy', { unhealthyCount: 1 }),
      row('down', 'unreachable'),
      row('u-3', 'unhealthy', { unhealthyCount: 3 }),
      row('peer', 'degraded', { unhealthyCount: 1 }),
    ];
    expect(sortRows(rows, 'worst').map((r) => r.name)).toEqual(['down', 'u-3', 'u-1', 'peer', 'pending', 'h-a', 'h-b']);
    expect(sortRows(rows, 'name').map((r) => r.name)[0]).toBe('down');
  });
});

describe('environment filter', () => {
  const rows = [row('a', 'healthy', { environment: 'prod' }), row('b', 'healthy', { environment: 'PROD ' }), row('c', 'healthy', { environment: 'dev' }), row('d', 'healthy')];
  it.each([
    ['', ['a', 'b', 'c', 'd']],
    ['PROD', ['a', 'b']],
    ['DEV', ['c']],
    ['—', ['d']],
  ])('%j keeps %j', (environment, names) => {
    expect(filterByEnvironment(rows, environment).map((r) => r.name)).toEqual(names);
  });
  it('offers each label once, upper case', () => {
    expect(environmentsOf(rows)).toEqual(['DEV', 'PROD']);
  });
});

describe('formatDuration', () => {
  it.each([
    [0, '0 s'],
    [59_400, '59 s'],
    [60_000, '1 min'],
    [3_600_000, '1 h'],
    [3_900_000, '1 h 5 min'],
    [86_400_000 * 2 + 3_600_000 * 4, '2 d 4 h'],
  ])('%i ms reads %s', (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });
});

describe('CSV export cells', () => {
  it('quotes commas, quotes and newlines, and defuses formulas', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell(-5)).toBe('-5');
    expect(toCsv(['a', 'b'], [['x', undefined]])).toBe('a,b\r\nx,\r\n');
  });
});
