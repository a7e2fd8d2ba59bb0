// Filters the log and folds each bulk run into one row (newest first). Pure: the handler
// feeds it the stored entries.
import { ACTIVITY_BATCH_ITEMS, type ActivityEntry, type ActivityFilter, type ActivityInstance, type ActivityRow } from '../../../shared/areas/activity/model';

type Filter = Omit<ActivityFilter, 'result'> & { result?: ActivityFilter['result'] };

export function matchesFilter(entry: ActivityEntry, filter: Filter): boolean {
  if (filter.instanceId && entry.instance?.id !== filter.instanceId) return false;
  if (filter.call) {
    const prefix = filter.call.endsWith('.');
    if (prefix ? !entry.call.startsWith(filter.call) : entry.call !== filter.call) return false;
  }
  if (filter.result === 'ok' && !entry.ok) return false;
  if (filter.result === 'failed' && entry.ok) return false;
  const needle = filter.search?.trim().toLowerCase();
  if (needle) {
    const inTarget = entry.target?.toLowerCase().includes(needle) ?? false;
    const inLabel = entry.batch?.label?.toLowerCase().includes(needle) ?? false;
    if (!inTarget && !inLabel) return false;
  }
  return true;
}

/** Entries that match, oldest first (the export's order). */
export function filterEntries(entries: readonly ActivityEntry[], filter: Filter): ActivityEntry[] {
  return entries.filter((entry) => matchesFilter(entry, filter));
}

/**
 * The list's rows, newest first: a call on its own, or a bulk run with all of its calls
 * when any of them matches (so a run is never shown cut in pieces).
 */
export function activityRows(entries: readonly ActivityEntry[], filter: Filter): ActivityRow[] {
  const runs = new Map<string, ActivityEntry[]>();
  for (const entry of entries) {
    if (!entry.batch) continue;
    const run = runs.get(entry.batch.id);
    if (run) run.push(entry);
    else runs.set(entry.batch.id, [entry]);
  }
  const rows: ActivityRow[] = [];
  const seenRuns = new Set<string>();
  for (let index = entries.length - 1; index >= 0; index--) {
    const entry = entries[index];
    if (!entry.batch) {
      if (matchesFilter(entry, filter)) rows.push({ kind: 'single', entry });
      continue;
    }
    if (seenRuns.has(entry.batch.id)) continue;
    const run = runs.get(entry.batch.id) ?? [entry];
    if (!run.some((item) => matchesFilter(item, filter))) continue;
    seenRuns.add(entry.batch.id);
    rows.push({
      kind: 'batch',
      batch: { id: entry.batch.id, ...(entry.batch.label ? { label: entry.batch.label } : {}) },
      at: entry.at,
      ...(entry.instance ? { instance: entry.instance } : {}),
      calls: [...new Set(run.map((item) => item.call))],
      total: run.length,
      failed: run.filter((item) => !item.ok).length,
      items: run.slice(0, ACTIVITY_BATCH_ITEMS),
    });
  }
  return rows;
}

/** Every instance (latest name and label) and call name in the log, for the filters. */
export function activityFacets(entries: readonly ActivityEntry[]): { instances: ActivityInstance[]; calls: string[] } {
  const instances = new Map<string, ActivityInstance>();
  const calls = new Set<string>();
  for (const entry of entries) {
    if (entry.instance) instances.set(entry.instance.id, entry.instance);
    calls.add(entry.call);
  }
  return {
    instances: [...instances.values()].sort((a, b) => a.name.localeCompare(b.name)),
    calls: [...calls].sort(),
  };
}
