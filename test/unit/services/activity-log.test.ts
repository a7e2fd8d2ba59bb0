// The activity log on disk: append-only JSON lines, read back once, bounded by count,
// age and size, and tolerant of a corrupt or torn line.
import { appendFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ACTIVITY_FILE, ActivityLog, type NewActivityEntry } from '../../../electron/services/activity/activity-log';
import { ACTIVITY_RETENTION } from '../../../shared/areas/activity/model';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lilypad-activity-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const DAY = 24 * 60 * 60 * 1000;
const T0 = Date.parse('2030-01-01T00:00:00.000Z');
const entry = (target: string, extra: Partial<NewActivityEntry> = {}): NewActivityEntry => ({
  call: 'users.delete',
  instance: { id: 'i1', name: 'Acme', environment: 'PROD' },
  target,
  ok: true,
  ms: 3,
  ...extra,
});
const fileLines = async () => (await readFile(join(dir, ACTIVITY_FILE), 'utf8')).split('\n').filter(Boolean);
const targets = async (log: ActivityLog) => (await log.list()).map((e) => e.target);

describe('ActivityLog', () => {
  it('states the retention the README promises: 10,000 entries, 90 days', () => {
    expect(ACTIVITY_RETENTION).toMatchObject({ maxEntries: 10_000, maxAgeDays: 90 });
  });

  it('appends one JSON line per entry and reads them back, oldest first, in a new log on the same folder', async () => {
    const log = new ActivityLog({ dir });
    await log.record(entry('alice'));
    await log.record(entry('bob', { ok: false, status: 404, kind: 'http', message: "User 'bob' not found" }));
    await log.close();
    const lines = await fileLines();
    expect(lines).toHaveLength(2);
    expect(JSON.parse(lines[1])).toMatchObject({ v: 1, call: 'users.delete', target: 'bob', ok: false, status: 404 });

    const again = new ActivityLog({ dir });
    const listed = await again.list();
    expect(listed.map((e) => [e.target, e.ok])).toEqual([
      ['alice', true],
      ['bob', false],
    ]);
    expect(listed[0].id).not.toBe(listed[1].id);
    expect(Date.parse(listed[0].at)).not.toBeNaN();
  });

  it('keeps at most maxEntries: the newest are listed and the file is rewritten once it grows a tenth past the bound', async () => {
    const log = new ActivityLog({ dir, maxEntries: 20 });
    for (let i = 0; i < 50; i++) await log.record(entry(`u${i}`));
    expect(await targets(log)).toEqual(Array.from({ length: 20 }, (_, i) => `u${i + 30}`));
    // 20 + 2 slack at most, whatever the history.
    expect((await fileLines()).length).toBeLessThanOrEqual(22);
    const reread = new ActivityLog({ dir, maxEntries: 20 });
    expect(await targets(reread)).toEqual(Array.from({ length: 20 }, (_, i) => `u${i + 30}`));
  });

  it('lists nothing older than maxAgeDays and drops aged lines from the file', async () => {
    let now = T0;
    const log = new ActivityLog({ dir, maxAgeDays: 90, now: () => now });
    await log.record(entry('old', { at: new Date(T0 - 120 * DAY).toISOString() }));
    await log.record(entry('edge', { at: new Date(T0 - 89 * DAY).toISOString() }));
    await log.record(entry('new'));
    expect(await targets(log)).toEqual(['edge', 'new']);
    // The 120-day-old line was more than a day past the age: the file no longer holds it.
    expect((await fileLines()).map((line) => JSON.parse(line).target)).toEqual(['edge', 'new']);
    now = T0 + 2 * DAY;
    expect(await targets(log)).toEqual(['new']);
  });

  it('stays under maxBytes, keeping the newest lines', async () => {
    const log = new ActivityLog({ dir, maxBytes: 4000 });
    for (let i = 0; i < 60; i++) await log.record(entry(`user-${i}-${'x'.repeat(40)}`));
    const size = Buffer.byteLength(await readFile(join(dir, ACTIVITY_FILE), 'utf8'));
    expect(size).toBeLessThanOrEqual(4000);
    const listed = await targets(log);
    expect(listed.at(-1)).toBe(`user-59-${'x'.repeat(40)}`);
    expect(listed.length).toBeGreaterThan(5);
    expect(listed.length).toBeLessThan(60);
  });

  it('skips a corrupt line and a torn last line, and the next entry starts on a line of its own', async () => {
    const first = new ActivityLog({ dir });
    await first.record(entry('alice'));
    await first.record(entry('bob'));
    await first.close();
    const file = join(dir, ACTIVITY_FILE);
    const [a, b] = await fileLines();
    await writeFile(file, `${a}\nnot json at all\n{"v":1,"id":"x","call":"users.delete"}\n${b}\n`);
    await appendFile(file, '{"v":1,"id":"torn","at":"2030-');

    const log = new ActivityLog({ dir });
    expect(await targets(log)).toEqual(['alice', 'bob']);
    expect(log.skippedLines).toBe(3);
    await log.record(entry('carol'));
    const lines = await fileLines();
    expect(lines.map((line) => JSON.parse(line).target)).toEqual(['alice', 'bob', 'carol']);
  });

  it('never interleaves or repeats lines when many calls record at once across a rewrite', async () => {
    const log = new ActivityLog({ dir, maxEntries: 30 });
    await Promise.all(Array.from({ length: 100 }, (_, i) => log.record(entry(`c${i}`))));
    await log.close();
    const lines = (await fileLines()).map((line) => JSON.parse(line).target as string);
    expect(new Set(lines).size).toBe(lines.length);
    const listed = await targets(new ActivityLog({ dir, maxEntries: 30 }));
    expect(listed).toHaveLength(30);
    expect(new Set(listed).size).toBe(30);
  });

  it('starts empty when the file does not exist, and refuses an entry that breaks the schema', async () => {
    const log = new ActivityLog({ dir: join(dir, 'not-yet') });
    expect(await log.list()).toEqual([]);
    await expect(log.record({ ...entry('x'), call: '' })).rejects.toThrow();
    expect(await log.list()).toEqual([]);
  });
});
