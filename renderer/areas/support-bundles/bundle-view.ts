// The bundle list as the screen shows it: filtered as the admin types, sorted by a column,
// and the elapsed time of a bundle still being made. Pure.
import type { BundleStatus, SupportBundle } from '../../../shared/areas/support-bundles/model';

export type BundleSortKey = 'name' | 'created' | 'status';
export interface BundleSort {
  key: BundleSortKey;
  descending: boolean;
}

export const STATUS_LABEL: Record<BundleStatus, string> = { 'in-progress': 'in progress', success: 'success', failed: 'failed', unknown: 'unknown' };

export function filterBundles(bundles: readonly SupportBundle[], text: string): SupportBundle[] {
  const needle = text.trim().toLowerCase();
  if (!needle) return [...bundles];
  return bundles.filter((b) => [b.name, b.description, b.id, STATUS_LABEL[b.status]].some((field) => field.toLowerCase().includes(needle)));
}

const createdMs = (bundle: SupportBundle): number => {
  const ms = Date.parse(bundle.created);
  return Number.isNaN(ms) ? 0 : ms;
};

export function sortBundles(bundles: readonly SupportBundle[], sort: BundleSort): SupportBundle[] {
  const direction = sort.descending ? -1 : 1;
  return [...bundles].sort((a, b) => {
    let order = 0;
    if (sort.key === 'name') order = a.name.localeCompare(b.name);
    else if (sort.key === 'status') order = STATUS_LABEL[a.status].localeCompare(STATUS_LABEL[b.status]);
    order ||= createdMs(a) - createdMs(b);
    return order * direction || a.id.localeCompare(b.id);
  });
}

/** "42 s", "3 min 5 s", "1 h 2 min". */
export function elapsed(fromIso: string, now: number): string {
  const start = Date.parse(fromIso);
  if (Number.isNaN(start)) return '';
  const seconds = Math.max(0, Math.floor((now - start) / 1000));
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes} min ${seconds % 60} s`;
  return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

const UNITS = ['B', 'KB', 'MB', 'GB', 'TB'];
export function formatBytes(bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${unit === 0 ? value : value.toFixed(1)} ${UNITS[unit]}`;
}

/** Today and a week before, in the platform's YYYY-MM-DD: the default log range. */
export function defaultLogRange(now: Date): { start_date: string; end_date: string } {
  const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  return { start_date: day(now.getTime() - 6 * 86_400_000), end_date: day(now.getTime()) };
}
