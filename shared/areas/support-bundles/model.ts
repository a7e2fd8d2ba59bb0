// Support bundles of a self-hosted Artifactory (API-NOTES "Support bundles",
// docs/api-notes/support-bundles.md), their archive downloads (streamed by main to disk),
// and Cloud's log collection switch.
import { z } from 'zod';

export type BundleStatus = 'in-progress' | 'success' | 'failed' | 'unknown';

/** One entry of GET …/support/bundles. */
export interface SupportBundle {
  id: string;
  name: string;
  description: string;
  /** ISO time as the platform wrote it (with its offset). */
  created: string;
  status: BundleStatus;
  /** The platform's own word, shown when the status is one Lilypad does not know. */
  rawStatus: string;
}

export interface BundleParameters {
  configuration: boolean;
  system: boolean;
  logs: { include: boolean; start_date?: string; end_date?: string };
  thread_dump: { count: number; interval: number };
}

/** GET …/support/bundle/{id}. */
export interface BundleMetadata extends SupportBundle {
  serviceId: string;
  bundleUrl: string;
  parameters?: BundleParameters;
}

// ---- Create ---------------------------------------------------------------------------

/** The platform's date pattern for the log range. */
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const daySchema = z
  .string()
  .regex(DAY, 'Use the form YYYY-MM-DD')
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), 'Not a real date');

export const MAX_THREAD_DUMPS = 100;
export const MAX_THREAD_DUMP_INTERVAL_MS = 600_000;

export const bundleCreateSchema = z
  .object({
    name: z
      .string()
      .trim()
      .min(1, 'Name is required')
      .max(64, 'Name is at most 64 characters')
      .regex(/^[A-Za-z0-9._-]+$/, 'Name may hold letters, digits and . _ - (it becomes part of the bundle id)'),
    description: z.string().max(1024, 'Description is at most 1,024 characters').default(''),
    parameters: z
      .object({
        configuration: z.boolean().default(true),
        system: z.boolean().default(true),
        logs: z
          .object({ include: z.boolean().default(true), start_date: daySchema.optional(), end_date: daySchema.optional() })
          .strict()
          .default({ include: true }),
        thread_dump: z
          .object({
            count: z.number().int('Whole numbers only').min(0, 'At least 0').max(MAX_THREAD_DUMPS, `At most ${MAX_THREAD_DUMPS} thread dumps`).default(1),
            interval: z
              .number()
              .int('Whole milliseconds only')
              .min(0, 'At least 0 ms')
              .max(MAX_THREAD_DUMP_INTERVAL_MS, `At most ${MAX_THREAD_DUMP_INTERVAL_MS.toLocaleString('en-US')} ms`)
              .default(0),
          })
          .strict()
          .default({ count: 1, interval: 0 }),
      })
      .strict()
      .default({ configuration: true, system: true, logs: { include: true }, thread_dump: { count: 1, interval: 0 } }),
  })
  .strict()
  .superRefine((value, ctx) => {
    const { start_date: start, end_date: end } = value.parameters.logs;
    if (start && end && start > end) ctx.addIssue({ code: 'custom', path: ['parameters', 'logs', 'end_date'], message: 'The end date is before the start date' });
  });
export type BundleCreate = z.input<typeof bundleCreateSchema>;

/** A bundle id as it goes into a path: what the platform builds from name and time. */
export const bundleIdSchema = z
  .string()
  .min(1, 'A bundle id is required')
  .max(255, 'A bundle id is at most 255 characters')
  .regex(/^[A-Za-z0-9._-]+$/, 'A bundle id holds letters, digits and . _ -')
  .refine((value) => value !== '.' && value !== '..', 'A bundle id cannot be "." or ".."');

// ---- Downloads ---------------------------------------------------------------------------

export type DownloadState = 'running' | 'done' | 'failed' | 'cancelled';

/** A download main is streaming to disk, as the renderer polls it. */
export interface DownloadJob {
  jobId: string;
  bundleId: string;
  state: DownloadState;
  received: number;
  /** Bytes, when the platform said (Content-Length). */
  total?: number;
  /** Bytes per second over the last moments. */
  rate: number;
  startedAt: string;
  /** The file's name (not its folder). */
  fileName: string;
  /** Where it was saved, in the app (the user chose it). Absent in the browser host. */
  savedTo?: string;
  /** Browser host: the one-time link the browser downloads the finished file from. */
  fetchPath?: string;
  error?: { message: string; status?: number };
}

export const jobIdSchema = z.string().regex(/^[a-f0-9]{16,64}$/, 'Not a download id');

// ---- Cloud log collection ------------------------------------------------------------------

export const LOG_COLLECTION_COST_WARNING =
  'Downloading or storing the collected logs counts against your standard JFrog Cloud usage (data transfer and storage) and may cost money.';
