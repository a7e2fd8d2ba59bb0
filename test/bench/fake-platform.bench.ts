// The fake platform at scale, the figures its tests used to bound in wall time: seeding
// 100,000 users, and a full cursor walk over them from the sorted index.
// Alone: `npx tsx test/bench/fake-platform.bench.ts`.
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { createEmptyState } from '../fake-platform/core/state';
import { pageOf } from '../fake-platform/support/access-paging';
import { applySeed } from '../fake-platform/support/seed';
import { median } from './timing';

const USERS = 100_000;
const RUNS = 5;
const SEED_TARGET_MS = 2_000;
const WALK_TARGET_MS = 1_000;

function seeded() {
  const state = createEmptyState('self-hosted', 'bench-node');
  applySeed(state, { users: USERS, groups: 2_000 });
  return state;
}

/** CPU milliseconds of this process for one run (the build machine's cores are shared). */
function cpuMs(run: () => unknown): number {
  const started = process.cpuUsage();
  run();
  const used = process.cpuUsage(started);
  return (used.user + used.system) / 1000;
}

function walk(users: Map<string, unknown>, limit: number): number {
  let cursor: string | undefined;
  let count = 0;
  do {
    const page = pageOf(users, { limit: String(limit), ...(cursor ? { cursor } : {}) });
    count += page.items.length;
    cursor = page.cursor;
  } while (cursor);
  return count;
}

export function benchFakePlatform(): Record<string, number | string> {
  const seedCpu = median(Array.from({ length: RUNS }, () => cpuMs(seeded)));
  const { users } = seeded();
  pageOf(users, { limit: '1' }); // the index, built once as the first request would
  const walks = Array.from({ length: RUNS }, () => {
    const start = performance.now();
    if (walk(users, 1_000) !== users.size) throw new Error('the walk did not return every user');
    return performance.now() - start;
  });
  // Raw baseline: the same number of values copied out of the map with no paging at all.
  const rawStart = performance.now();
  const copied = [...users.values()].length;
  const rawMs = performance.now() - rawStart;
  return {
    [`seed ${USERS.toLocaleString('en-US')} users + 2,000 groups (median CPU ms, target <= ${SEED_TARGET_MS})`]: round(seedCpu),
    [`full walk, limit 1,000, from the index (median ms, target <= ${WALK_TARGET_MS})`]: round(median(walks)),
    [`baseline: copy ${copied.toLocaleString('en-US')} values out of the map (ms)`]: round(rawMs),
  };
}

const round = (value: number): number => Math.round(value * 100) / 100;

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const [label, value] of Object.entries(benchFakePlatform())) console.log(`  ${label.padEnd(70)} ${value}`);
}
