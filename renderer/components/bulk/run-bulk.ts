// Runs one async action per item with at most `concurrency` in flight. Every item ends
// with a result (ok, failed with the reason, or cancelled), so nothing is skipped silently.
// Each run is one batch: the action gets the run's tags to pass with its calls, so main's
// activity log shows the run as one bulk entry with its items.
import type { CallTags } from '../../../shared/api/call-tags';

export type BulkOutcome = 'ok' | 'failed' | 'cancelled';

export interface BulkItemResult {
  item: string;
  outcome: BulkOutcome;
  /** The platform's message with its HTTP status, when the action failed. */
  message?: string;
}

export interface BulkProgress {
  done: number;
  failed: number;
  total: number;
  inFlight: number;
  /** Highest number of actions that ran at the same time (the bench reads it). */
  peakInFlight: number;
}

export interface BulkOptions {
  concurrency?: number;
  signal?: AbortSignal;
  onProgress?: (progress: BulkProgress) => void;
  describeError?: (error: unknown) => string;
  /** What the run does, as the activity log shows it ("Delete users"). */
  label?: string;
  /** When the reports of one frame are given (the next animation frame by default). */
  nextFrame?: (run: () => void) => void;
}

const nextFrame = (run: () => void) => (typeof requestAnimationFrame === 'function' ? requestAnimationFrame(() => run()) : setTimeout(run, 16));

/** A fresh batch id: 16 random bytes in hex (getRandomValues works in every context the app runs in). */
export function newBatchId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

export const DEFAULT_CONCURRENCY = 8;

export async function runBulk(items: readonly string[], action: (item: string, tags: CallTags) => Promise<unknown>, options: BulkOptions = {}): Promise<BulkItemResult[]> {
  const tags: CallTags = { batch: { id: newBatchId(), ...(options.label ? { label: options.label.slice(0, 120) } : {}) } };
  const concurrency = Math.max(1, options.concurrency ?? DEFAULT_CONCURRENCY);
  const describe = options.describeError ?? ((error: unknown) => (error instanceof Error ? error.message : String(error)));
  const results: BulkItemResult[] = new Array(items.length);
  const progress: BulkProgress = { done: 0, failed: 0, total: items.length, inFlight: 0, peakInFlight: 0 };
  let next = 0;

  // At most one report per frame, the last one before the run resolves: a dialog drawn again
  // for every answer costs its window more than the answers do.
  let queued = false;
  const flush = () => {
    queued = false;
    options.onProgress?.({ ...progress });
  };
  const report = () => {
    if (queued || !options.onProgress) return;
    queued = true;
    (options.nextFrame ?? nextFrame)(() => queued && flush());
  };

  // Each worker takes the next index until the list ends or the run is cancelled.
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      const item = items[index];
      if (options.signal?.aborted) {
        results[index] = { item, outcome: 'cancelled' };
        continue;
      }
      progress.inFlight++;
      progress.peakInFlight = Math.max(progress.peakInFlight, progress.inFlight);
      // Reported on start too: "n in flight" is true while the first answers are awaited.
      report();
      try {
        await action(item, tags);
        results[index] = { item, outcome: 'ok' };
      } catch (error) {
        results[index] = { item, outcome: 'failed', message: describe(error) };
        progress.failed++;
      } finally {
        progress.inFlight--;
        progress.done++;
        report();
      }
    }
  };

  options.onProgress?.({ ...progress });
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
  if (queued) flush();
  return results;
}
