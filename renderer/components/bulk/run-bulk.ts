// Runs one async action per item with at most `concurrency` in flight. Every item ends
// with a result (ok, failed with the reason, or cancelled), so nothing is skipped silently.

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
}

export const DEFAULT_CONCURRENCY = 8;

export async function runBulk(
  items: readonly string[],
  action: (item: string) => Promise<unknown>,
  options: BulkOptions = {},
): Promise<BulkItemResult[]> {
  const concurrency = Math.max(1, options.concurrency ?? DEFAULT_CONCURRENCY);
  const describe = options.describeError ?? ((error: unknown) => (error instanceof Error ? error.message : String(error)));
  const results: BulkItemResult[] = new Array(items.length);
  const progress: BulkProgress = { done: 0, failed: 0, total: items.length, inFlight: 0, peakInFlight: 0 };
  let next = 0;

  const report = () => options.onProgress?.({ ...progress });

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
        await action(item);
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

  report();
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
  return results;
}
