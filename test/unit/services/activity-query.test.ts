// Listing and exporting the log: filters, bulk runs folded into one row, CSV that a
// spreadsheet reads as data (never as a formula), JSON as stored.
import { describe, expect, it } from 'vitest';
import { activityCsv, activityExport, csvCell } from '../../../electron/services/activity/activity-export';
import { activityFacets, activityRows, filterEntries } from '../../../electron/services/activity/activity-query';
import type { ActivityEntry } from '../../../shared/areas/activity/model';

let n = 0;
const e = (call: string, target: string, extra: Partial<ActivityEntry> = {}): ActivityEntry => ({
  v: 1,
  id: `id-${++n}`,
  at: new Date(Date.UTC(2030, 0, 1, 0, 0, n)).toISOString(),
  call,
  instance: { id: 'prod', name: 'Acme', environment: 'PROD' },
  target,
  ok: true,
  ms: 5,
  ...extra,
});

const dev = { id: 'dev', name: 'Sandbox', environment: 'DEV' };
const run = { id: 'batch-000000001', label: 'Add to group developers' };
const log: ActivityEntry[] = [
  e('users.create', 'erin'),
  e('users.updateGroups', 'a', { batch: run }),
  e('users.delete', 'ghost', { ok: false, status: 404, kind: 'http', message: "User 'ghost' not found" }),
  e('users.updateGroups', 'b', { batch: run, ok: false, status: 404, kind: 'http', message: "User 'b' not found" }),
  e('groups.delete', 'old-team', { instance: dev }),
];

describe('activity rows', () => {
  it('lists newest first and folds a bulk run into one row at its newest call, with every item and the counts', () => {
    const rows = activityRows(log, { result: 'all' });
    expect(rows.map((row) => (row.kind === 'single' ? row.entry.target : `batch:${row.batch.label}`))).toEqual(['old-team', 'batch:Add to group developers', 'ghost', 'erin']);
    const batch = rows[1];
    expect(batch).toMatchObject({ kind: 'batch', total: 2, failed: 1, calls: ['users.updateGroups'], at: log[3].at, instance: { id: 'prod' } });
    expect(batch.kind === 'batch' && batch.items.map((item) => item.target)).toEqual(['a', 'b']);
  });

  it('filters by instance, exact call or area prefix, result and target; a run shows when any item matches', () => {
    const targetsOf = (filter: Parameters<typeof activityRows>[1]) => activityRows(log, filter).map((row) => (row.kind === 'single' ? row.entry.target : row.batch.id));
    expect(targetsOf({ instanceId: 'dev' })).toEqual(['old-team']);
    expect(targetsOf({ call: 'users.delete' })).toEqual(['ghost']);
    expect(targetsOf({ call: 'users.' })).toEqual([run.id, 'ghost', 'erin']);
    expect(targetsOf({ call: 'users' })).toEqual([]);
    expect(targetsOf({ result: 'failed' })).toEqual([run.id, 'ghost']);
    expect(targetsOf({ result: 'ok', call: 'users.' })).toEqual([run.id, 'erin']);
    expect(targetsOf({ search: 'GHO' })).toEqual(['ghost']);
    expect(targetsOf({ search: 'developers' })).toEqual([run.id]);
    expect(filterEntries(log, { result: 'failed' }).map((entry) => entry.target)).toEqual(['ghost', 'b']);
  });

  it('offers every instance and call in the log as facets', () => {
    expect(activityFacets(log)).toEqual({
      instances: [{ id: 'prod', name: 'Acme', environment: 'PROD' }, dev],
      calls: ['groups.delete', 'users.create', 'users.delete', 'users.updateGroups'],
    });
  });
});

describe('activity export', () => {
  it('writes CSV with a header, one row per call, and the failure status and message', () => {
    const lines = activityCsv(log).trimEnd().split('\r\n');
    expect(lines[0]).toBe('time,instance_id,instance,environment,call,target,result,status,message,batch_id,batch_label,duration_ms');
    expect(lines).toHaveLength(6);
    expect(lines[3]).toBe(`${log[2].at},prod,Acme,PROD,users.delete,ghost,failed,404,User 'ghost' not found,,,5`);
    expect(lines[2]).toContain(`,${run.id},Add to group developers,`);
  });

  it('quotes separators and defuses formulas', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-cmd')).toBe("'-cmd");
    expect(csvCell('@sum')).toBe("'@sum");
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(404)).toBe('404');
  });

  it('writes JSON as stored, in a named envelope, with a file name per format', () => {
    const now = new Date('2030-02-03T04:05:06.000Z');
    const json = activityExport(log, 'json', now);
    expect(json).toMatchObject({ fileName: 'lilypad-activity-2030-02-03-04-05-06.json', mimeType: 'application/json', count: 5 });
    expect(JSON.parse(json.text)).toEqual({ format: 'lilypad-activity', version: 1, exportedAt: now.toISOString(), entries: log });
    expect(activityExport(log, 'csv', now)).toMatchObject({ fileName: 'lilypad-activity-2030-02-03-04-05-06.csv', mimeType: 'text/csv', count: 5 });
  });
});
