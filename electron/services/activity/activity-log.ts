// The activity log on disk: JSON lines in the app data folder, appended one call at a
// time, read once into memory and kept there (reads never touch the disk again). Bounded:
// reads show at most `maxEntries` entries, none older than `maxAgeDays`; the file is
// rewritten without the surplus (a temporary file, then a rename) once it grows a tenth
// past the count, past `maxBytes`, or holds entries a day past the age. A line that does
// not parse (a crash mid-write, a hand edit) is skipped, never fatal.
import { randomUUID } from 'node:crypto';
import { appendFile, mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { ACTIVITY_RETENTION, activityEntrySchema, type ActivityEntry } from '../../../shared/areas/activity/model';
import type { AreaService } from '../areas/types';

export const ACTIVITY_FILE = 'activity-log.jsonl';
const DAY_MS = 24 * 60 * 60 * 1000;

export interface ActivityLogOptions {
  /** The folder of the file (the app data folder). */
  dir: string;
  maxEntries?: number;
  maxAgeDays?: number;
  maxBytes?: number;
  now?: () => number;
}

export type NewActivityEntry = Omit<ActivityEntry, 'v' | 'id' | 'at'> & { at?: string };

export class ActivityLog implements AreaService {
  readonly file: string;
  private readonly maxEntries: number;
  private readonly maxAgeMs: number;
  private readonly maxBytes: number;
  private readonly now: () => number;
  /** Oldest first, with each entry's line length, once loaded. */
  private entries: { entry: ActivityEntry; bytes: number }[] = [];
  private bytes = 0;
  private loading: Promise<void> | null = null;
  /** Every write goes through this chain, so lines never interleave. */
  private writes: Promise<void> = Promise.resolve();
  /** Lines the last load skipped (did not parse). */
  skippedLines = 0;

  constructor(options: ActivityLogOptions) {
    this.file = join(options.dir, ACTIVITY_FILE);
    this.maxEntries = options.maxEntries ?? ACTIVITY_RETENTION.maxEntries;
    this.maxAgeMs = (options.maxAgeDays ?? ACTIVITY_RETENTION.maxAgeDays) * DAY_MS;
    this.maxBytes = options.maxBytes ?? ACTIVITY_RETENTION.maxBytes;
    this.now = options.now ?? Date.now;
  }

  /**
   * Appends one entry and resolves once it is on disk. Memory follows the disk (the entry
   * is listed once its line is written), so a rewrite never repeats or loses a line.
   */
  async record(fresh: NewActivityEntry): Promise<ActivityEntry> {
    await this.load();
    const entry = activityEntrySchema.parse({ ...fresh, v: 1, id: randomUUID(), at: fresh.at ?? new Date(this.now()).toISOString() });
    const line = `${JSON.stringify(entry)}\n`;
    await this.enqueue(async () => {
      await mkdir(dirname(this.file), { recursive: true });
      await appendFile(this.file, line, { encoding: 'utf8', mode: 0o600 });
      const bytes = Buffer.byteLength(line);
      this.entries.push({ entry, bytes });
      this.bytes += bytes;
      if (this.needsCompaction()) await this.compact();
    });
    return entry;
  }

  /** Entries within the retention, oldest first. */
  async list(): Promise<ActivityEntry[]> {
    await this.load();
    const cutoff = this.now() - this.maxAgeMs;
    const kept = this.entries.slice(-this.maxEntries).map(({ entry }) => entry);
    const firstYoung = kept.findIndex((entry) => Date.parse(entry.at) >= cutoff);
    return firstYoung < 0 ? [] : kept.slice(firstYoung);
  }

  async close(): Promise<void> {
    await this.writes;
  }

  private load(): Promise<void> {
    this.loading ??= this.readFile();
    return this.loading;
  }

  private async readFile(): Promise<void> {
    let text: string;
    try {
      text = await readFile(this.file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw error;
    }
    const loaded: { entry: ActivityEntry; bytes: number }[] = [];
    let skipped = 0;
    for (const line of text.split('\n')) {
      if (!line.trim()) continue;
      const entry = parseLine(line);
      if (entry) loaded.push({ entry, bytes: Buffer.byteLength(line) + 1 });
      else skipped++;
    }
    this.skippedLines = skipped;
    this.entries = loaded;
    this.bytes = loaded.reduce((sum, item) => sum + item.bytes, 0);
    // A torn last line (no newline) or skipped lines: rewrite so the next append starts clean.
    if (skipped > 0 || !text.endsWith('\n') || this.needsCompaction()) await this.enqueue(() => this.compact());
  }

  private needsCompaction(): boolean {
    const slack = Math.max(1, Math.floor(this.maxEntries / 10));
    const oldest = this.entries[0]?.entry.at;
    return this.entries.length > this.maxEntries + slack || this.bytes > this.maxBytes || (oldest !== undefined && Date.parse(oldest) < this.now() - this.maxAgeMs - DAY_MS);
  }

  /** Keeps the newest entries within count, age and size, and rewrites the file with them. */
  private async compact(): Promise<void> {
    const cutoff = this.now() - this.maxAgeMs;
    let kept = this.entries.filter(({ entry }) => Date.parse(entry.at) >= cutoff).slice(-this.maxEntries);
    // Leave room under the byte bound so the next appends do not rewrite again at once.
    const budget = Math.floor(this.maxBytes * 0.9);
    let bytes = kept.reduce((sum, item) => sum + item.bytes, 0);
    let drop = 0;
    while (bytes > budget && drop < kept.length) bytes -= kept[drop++].bytes;
    kept = kept.slice(drop);
    this.entries = kept;
    this.bytes = bytes;
    const temp = `${this.file}.${process.pid}.tmp`;
    await mkdir(dirname(this.file), { recursive: true });
    await writeFile(temp, kept.map(({ entry }) => `${JSON.stringify(entry)}\n`).join(''), { encoding: 'utf8', mode: 0o600 });
    await rename(temp, this.file);
  }

  private enqueue(task: () => Promise<void>): Promise<void> {
    const run = this.writes.then(task);
    // The chain goes on after a failure; the caller still sees it.
    this.writes = run.catch(() => undefined);
    return run;
  }
}

function parseLine(line: string): ActivityEntry | null {
  try {
    const parsed = activityEntrySchema.safeParse(JSON.parse(line));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
