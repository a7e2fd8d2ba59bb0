// Crash safety of the fleet history: a child process writes cycles and is killed with
// SIGKILL mid-write; reopened, the file passes SQLite's integrity check, every cycle is
// whole (all instances or none), the last cycle the child reported is there, and a
// restarted fleet shows each instance's last good sample.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FleetService } from '../../electron/services/fleet/fleet-service';
import { HistoryStore } from '../../electron/services/fleet/history-store';
import { ScanScheduler } from '../../electron/services/scans/scan-scheduler';
import { instanceProfileSchema } from '../../shared/areas/instances/model';

const INSTANCES = 50;
const dir = mkdtempSync(join(tmpdir(), 'lilypad-fleet-crash-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Starts the writer, kills it once it has reported `cycles` commits; answers the last one it reported. */
function writeThenKill(path: string, cycles: number): Promise<{ cycle: number; at: number }> {
  const root = process.cwd();
  // Node itself runs the writer (tsx as a loader, not its CLI, which would put the writer in a
  // grandchild that SIGKILL does not reach).
  const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'test', 'integration', 'support', 'fleet-writer.ts'), path, String(INSTANCES)], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let last = { cycle: -1, at: 0 };
  let errors = '';
  child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  return new Promise((resolve, reject) => {
    let buffer = '';
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const line of lines) {
        const [, cycle, at] = line.split(' ');
        last = { cycle: Number(cycle), at: Number(at) };
      }
      if (last.cycle >= cycles && child.exitCode === null) child.kill('SIGKILL');
    });
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') resolve(last);
      else reject(new Error(`the writer exited by itself (${code}): ${errors}`));
    });
  });
}

describe('fleet history after a crash', () => {
  it('loads whole cycles up to the last committed one, and the fleet restarts on it', async () => {
    const path = join(dir, 'fleet-history.sqlite');
    const last = await writeThenKill(path, 200);
    expect(last.cycle).toBeGreaterThanOrEqual(200);

    const store = await HistoryStore.open(path);
    expect(store.integrityCheck()).toBe('ok');
    const counts = new Map<number, number>();
    for (let i = 0; i < INSTANCES; i++) for (const sample of store.samples(`i${i}`, 0, Number.MAX_SAFE_INTEGER)) counts.set(sample.at, (counts.get(sample.at) ?? 0) + 1);
    // Every cycle in the file is whole: a transaction is all or nothing.
    expect([...counts.values()].every((count) => count === INSTANCES)).toBe(true);
    // What the child reported as committed is there (a cycle after it may be too).
    expect(Math.max(...counts.keys())).toBeGreaterThanOrEqual(last.at);
    const newest = Math.max(...counts.keys());
    store.close();

    // A restarted fleet (paused by the writer, so it checks nothing) shows the last good samples.
    const profiles = Array.from({ length: INSTANCES }, (_, i) =>
      instanceProfileSchema.parse({ id: `i${i}`, name: `edge-${i}`, baseUrl: `https://edge-${i}.example.test`, authKind: 'token' }),
    );
    const scans = new ScanScheduler({ instances: () => profiles, connect: async () => Promise.reject(new Error('no network in this test')) });
    const fleet = new FleetService({ scans, instances: () => profiles, dataDir: dir, now: () => newest + 30_000 });
    const overview = await fleet.overview();
    expect(overview.paused).toBe(true);
    expect(overview.rows).toHaveLength(INSTANCES);
    for (const row of overview.rows) expect(row).toMatchObject({ state: 'healthy', lastSuccessAt: newest, version: expect.stringMatching(/^7\.\d+\.0$/) });
    fleet.close();
    scans.close();
  });
});
