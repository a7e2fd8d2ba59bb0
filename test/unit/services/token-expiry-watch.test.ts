// The token expiry watch: registers the `tokens.expiry` scan on the one scheduler, reads
// only the token list (GET) through the scan's client, keeps the user's window and
// interval in the data folder, and applies a new interval to the scan.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { ScanScheduler } from '../../../electron/services/scans/scan-scheduler';
import { TokenExpiryWatch } from '../../../electron/services/tokens/expiry-watch';
import { toTokenInfos } from '../../../electron/services/areas/tokens';
import type { PlatformHttp, PlatformRequest } from '../../../electron/services/http/types';
import { instanceProfileSchema } from '../../../shared/areas/instances/model';

const NOW = Date.UTC(2026, 10, 30, 12);
let dataDir: string;
beforeEach(() => {
  vi.useFakeTimers({ now: NOW });
  dataDir = mkdtempSync(join(tmpdir(), 'lilypad-expiry-watch-'));
});
afterEach(() => {
  vi.useRealTimers();
  rmSync(dataDir, { recursive: true, force: true });
});

function world() {
  const sent: PlatformRequest[] = [];
  const s = NOW / 1000;
  const http = {
    json: async (req: PlatformRequest) => {
      sent.push(req);
      return {
        tokens: [
          { token_id: 'soon', subject: 'jfac@x/users/a', issued_at: s - 100, expiry: s + 3 * 86_400, refreshable: false, description: 'CI' },
          { token_id: 'later', subject: 'jfac@x/users/b', issued_at: s - 100, expiry: s + 20 * 86_400, refreshable: false },
          { token_id: 'gone', subject: 'jfac@x/users/c', issued_at: s - 100, expiry: s - 86_400, refreshable: false },
        ],
      };
    },
  } as unknown as PlatformHttp;
  const instance = instanceProfileSchema.parse({ id: 'one', name: 'One', baseUrl: 'https://one.example.test', authKind: 'token' });
  const scans = new ScanScheduler({ instances: () => [instance], connect: async () => http, now: () => Date.now() });
  return { sent, scans };
}

it('reports expiring and expired tokens per instance from one GET of the list', async () => {
  const { sent, scans } = world();
  const watch = new TokenExpiryWatch({ dataDir, scans, readList: toTokenInfos, now: () => Date.now() });
  const view = await watch.runNow();
  expect(view.settings).toEqual({ withinDays: 14, intervalMinutes: 60 });
  expect(view.snapshot.scanId).toBe('tokens.expiry');
  expect(view.snapshot.instances[0]).toMatchObject({ status: 'ok', value: { expiring: 1, expired: 1, listed: 3, withinDays: 14 } });
  expect(view.snapshot.instances[0].value!.tokens.map((t) => t.token_id)).toEqual(['gone', 'soon']);
  expect(sent.every((req) => req.method === 'GET' && req.path === '/access/api/v1/tokens')).toBe(true);
  scans.close();
});

it('keeps the settings in the data folder and applies a new interval and window', async () => {
  const { scans } = world();
  const watch = new TokenExpiryWatch({ dataDir, scans, readList: toTokenInfos, now: () => Date.now() });
  await watch.runNow();
  const view = watch.update({ withinDays: 30, intervalMinutes: 15 });
  expect(view.snapshot.intervalMs).toBe(15 * 60_000);
  expect(JSON.parse(readFileSync(join(dataDir, 'token-expiry.json'), 'utf8'))).toEqual({ withinDays: 30, intervalMinutes: 15 });
  await vi.runOnlyPendingTimersAsync();
  expect((await watch.runNow()).snapshot.instances[0].value).toMatchObject({ expiring: 2, withinDays: 30 });
  // A new start reads them back.
  const other = world().scans;
  const again = new TokenExpiryWatch({ dataDir, scans: other, readList: toTokenInfos });
  expect(again.view().settings).toEqual({ withinDays: 30, intervalMinutes: 15 });
  other.close();
  scans.close();
});

it('"check now" during a cycle that started earlier runs a fresh one after it', async () => {
  const { sent, scans } = world();
  const watch = new TokenExpiryWatch({ dataDir, scans, readList: toTokenInfos, now: () => Date.now() });
  // The first view registers the scan and starts its first cycle; ask while it runs.
  watch.view();
  expect(watch.view().snapshot.running).toBe(true);
  await watch.runNow();
  expect(sent).toHaveLength(2);
  scans.close();
});
