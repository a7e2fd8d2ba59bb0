import { performance } from 'node:perf_hooks';

/** Total milliseconds for `count` sequential runs, after a short warm-up. */
export async function timeLoop(count: number, body: () => Promise<void>): Promise<number> {
  for (let i = 0; i < Math.min(50, count); i++) await body();
  const start = performance.now();
  for (let i = 0; i < count; i++) await body();
  return performance.now() - start;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}
