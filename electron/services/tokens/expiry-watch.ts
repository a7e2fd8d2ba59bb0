// The token expiry watch: the `tokens.expiry` scan on the one scheduler of scans across
// saved instances, and the user's two settings (how far ahead, how often), kept in the
// data folder. The scan reads each instance's token list (metadata only, never a value)
// through the scheduler's read-only client and reports TokenExpiryValue per instance.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { requestFor } from '../../../shared/api/contract';
import {
  DEFAULT_INTERVAL_MINUTES,
  DEFAULT_WITHIN_DAYS,
  expirySettingsSchema,
  summariseExpiry,
  TOKEN_EXPIRY_SCAN_ID,
  type TokenExpirySettings,
  type TokenInfo,
  type TokenExpiryValue,
  type TokenExpiryView,
} from '../../../shared/areas/tokens/model';
import type { AreaService } from '../areas/types';
import type { ScanDefinition, ScanScheduler } from '../scans/scan-scheduler';

/** One instance's list must answer within this, or it counts as failed for this cycle. */
export const EXPIRY_TIMEOUT_MS = 10_000;
const SETTINGS_FILE = 'token-expiry.json';

const DEFAULTS: TokenExpirySettings = { withinDays: DEFAULT_WITHIN_DAYS, intervalMinutes: DEFAULT_INTERVAL_MINUTES };

export interface ExpiryWatchOptions {
  dataDir: string;
  scans: ScanScheduler;
  /** The area's wire → model reading of a token list (electron/services/areas/tokens.ts). */
  readList: (body: unknown) => TokenInfo[];
  timeoutMs?: number;
  now?: () => number;
}

export class TokenExpiryWatch implements AreaService {
  private settings: TokenExpirySettings;

  constructor(private readonly options: ExpiryWatchOptions) {
    this.settings = readSettings(options.dataDir);
  }

  /** Registers the scan once (its first cycle starts then) and answers the current view. */
  view(): TokenExpiryView {
    this.options.scans.ensure(this.definition());
    return { settings: { ...this.settings }, snapshot: this.options.scans.snapshot<TokenExpiryValue>(TOKEN_EXPIRY_SCAN_ID) };
  }

  /** A check that starts now: a cycle already under way may have read the lists before the user asked, so it is followed by a fresh one. */
  async runNow(): Promise<TokenExpiryView> {
    this.view();
    const joined = this.options.scans.snapshot(TOKEN_EXPIRY_SCAN_ID).running;
    await this.options.scans.runNow(TOKEN_EXPIRY_SCAN_ID);
    if (joined) await this.options.scans.runNow(TOKEN_EXPIRY_SCAN_ID);
    return this.view();
  }

  /** A new interval applies from now; a new window starts a cycle (the old values were read for the old one). */
  update(next: TokenExpirySettings): TokenExpiryView {
    const before = this.settings;
    this.settings = { ...next };
    writeSettings(this.options.dataDir, this.settings);
    this.view();
    if (next.intervalMinutes !== before.intervalMinutes) this.options.scans.setInterval(TOKEN_EXPIRY_SCAN_ID, next.intervalMinutes * 60_000);
    if (next.withinDays !== before.withinDays) void this.options.scans.runNow(TOKEN_EXPIRY_SCAN_ID).catch(() => undefined);
    return this.view();
  }

  close(): void {
    // The scheduler owns the timers and closes with the app.
  }

  private definition(): ScanDefinition<TokenExpiryValue> {
    const now = this.options.now ?? Date.now;
    return {
      id: TOKEN_EXPIRY_SCAN_ID,
      intervalMs: this.settings.intervalMinutes * 60_000,
      timeoutMs: this.options.timeoutMs ?? EXPIRY_TIMEOUT_MS,
      run: async ({ http, signal }) => {
        const body = await http.json<unknown>({ ...requestFor('tokens.list', {}), signal });
        return summariseExpiry(this.options.readList(body), now(), this.settings.withinDays);
      },
    };
  }
}

function readSettings(dataDir: string): TokenExpirySettings {
  try {
    const parsed = expirySettingsSchema.safeParse(JSON.parse(readFileSync(join(dataDir, SETTINGS_FILE), 'utf8')));
    return parsed.success ? parsed.data : { ...DEFAULTS };
  } catch {
    return { ...DEFAULTS };
  }
}

function writeSettings(dataDir: string, settings: TokenExpirySettings): void {
  try {
    writeFileSync(join(dataDir, SETTINGS_FILE), `${JSON.stringify(settings)}\n`, 'utf8');
  } catch {
    // A data folder that cannot be written keeps the settings for this session only.
  }
}
