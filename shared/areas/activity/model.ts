// The activity log: one entry per mutating call Lilypad sent, as main stores it (JSON
// lines in the app data folder) and as the screen lists it. An entry never holds a call's
// input: only what it acted on (the contract's `target`), and never a secret.
import { z } from 'zod';

/** How long entries are kept and how many: the README states the same figures. */
export const ACTIVITY_RETENTION = { maxEntries: 10_000, maxAgeDays: 90, maxBytes: 8 * 1024 * 1024 } as const;

export const ACTIVITY_TEXT_LIMITS = { target: 256, message: 500, label: 120 } as const;

export const activityInstanceSchema = z.object({
  id: z.string().min(1).max(64),
  name: z.string().max(80),
  environment: z.string().max(16),
});
export type ActivityInstance = z.infer<typeof activityInstanceSchema>;

export const activityEntrySchema = z.object({
  /** Format version of the line. */
  v: z.literal(1),
  id: z.string().min(1).max(64),
  /** When the call was sent (ISO 8601, UTC). */
  at: z.iso.datetime(),
  /** The bridge call, e.g. users.delete. */
  call: z.string().min(1).max(80),
  /** The saved instance it went to; absent for changes to Lilypad's own data that name none. */
  instance: activityInstanceSchema.optional(),
  /** What it acted on: a user name, a group, "webServer". */
  target: z.string().max(ACTIVITY_TEXT_LIMITS.target).optional(),
  /** The bulk run the call was part of. */
  batch: z.object({ id: z.string().min(1).max(64), label: z.string().max(ACTIVITY_TEXT_LIMITS.label).optional() }).optional(),
  ok: z.boolean(),
  /** For a failure: the HTTP status (when the platform answered), the kind and the message. */
  status: z.number().int().optional(),
  kind: z.string().max(32).optional(),
  message: z.string().max(ACTIVITY_TEXT_LIMITS.message).optional(),
  /** How long the call took, in milliseconds. */
  ms: z.number().int().min(0).optional(),
});
export type ActivityEntry = z.infer<typeof activityEntrySchema>;

export const ACTIVITY_RESULTS = ['all', 'ok', 'failed'] as const;

export const activityFilterShape = {
  instanceId: z.string().min(1).max(64).optional(),
  /** Exact call name (users.delete) or an area prefix ending in a dot (users.). */
  call: z.string().min(1).max(80).optional(),
  result: z.enum(ACTIVITY_RESULTS).default('all'),
  /** Case-insensitive part of the target (or of a bulk run's label). */
  search: z.string().max(200).optional(),
};
export const activityFilterSchema = z.object(activityFilterShape).strict();
export type ActivityFilter = z.input<typeof activityFilterSchema>;

/** One line of the list: a single call, or a bulk run with its calls. Newest first. */
export type ActivityRow =
  | { kind: 'single'; entry: ActivityEntry }
  | {
      kind: 'batch';
      batch: { id: string; label?: string };
      /** Time of the newest call of the run. */
      at: string;
      instance?: ActivityInstance;
      /** The calls the run made (usually one name). */
      calls: string[];
      total: number;
      failed: number;
      /** The run's calls, oldest first; at most ACTIVITY_BATCH_ITEMS of them (export has all). */
      items: ActivityEntry[];
    };

export const ACTIVITY_BATCH_ITEMS = 1000;

export interface ActivityPage {
  rows: ActivityRow[];
  /** Rows matching the filter (a bulk run counts once). */
  total: number;
  /** What the filters can offer: every instance and call in the log. */
  facets: { instances: ActivityInstance[]; calls: string[] };
  retention: typeof ACTIVITY_RETENTION;
}

export const ACTIVITY_EXPORT_FORMATS = ['csv', 'json'] as const;
export type ActivityExportFormat = (typeof ACTIVITY_EXPORT_FORMATS)[number];

export interface ActivityExport {
  fileName: string;
  mimeType: string;
  text: string;
  /** Calls in the file. */
  count: number;
}
