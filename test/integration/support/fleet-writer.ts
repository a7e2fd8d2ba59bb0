// Child process of the crash test: writes poll cycles into a fleet history store as fast as
// it can, printing each committed cycle, until it is killed (SIGKILL, mid-write).
import { HistoryStore } from '../../../electron/services/fleet/history-store';

const [path, instancesText] = process.argv.slice(2);
const INSTANCES = Number(instancesText);
const BASE = Date.UTC(2026, 10, 30, 8);

const store = await HistoryStore.open(path);
store.setSetting('paused', true);
for (let cycle = 0; ; cycle++) {
  const at = BASE + cycle * 1_000;
  store.writeCycle({
    samples: Array.from({ length: INSTANCES }, (_, i) => ({
      instanceId: `i${i}`,
      sample: { at, state: 'healthy' as const, responseMs: 10 + (cycle % 7), version: `7.${cycle}.0`, problems: [] },
    })),
    incidents: [],
    notifications: [],
  });
  process.stdout.write(`committed ${cycle} ${at}\n`);
  // Let stdout drain now and then; the parent kills at a moment it cannot predict.
  if (cycle % 25 === 0) await new Promise((resolve) => setImmediate(resolve));
}
