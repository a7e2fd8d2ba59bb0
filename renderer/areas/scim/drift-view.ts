// Pure logic of the drift results: filter as you type, only-drift, sort, the summary, and
// replacing one user's row after a fix was re-checked.
import type { DriftReport, DriftRow } from '../../../shared/areas/scim/drift';

export type DriftSort = 'name' | 'state';

const STATE_ORDER: Record<DriftRow['state'], number> = { error: 0, drift: 1, clean: 2 };

export function visibleRows(rows: readonly DriftRow[], text: string, onlyDrift: boolean, sort: DriftSort): DriftRow[] {
  const needle = text.trim().toLowerCase();
  const shown = rows.filter((row) => (!onlyDrift || row.state !== 'clean') && (!needle || row.userName.toLowerCase().includes(needle)));
  return shown.sort((a, b) => (sort === 'state' ? STATE_ORDER[a.state] - STATE_ORDER[b.state] : 0) || a.userName.localeCompare(b.userName));
}

export function driftSummary(rows: readonly DriftRow[]): { clean: number; drift: number; error: number; differences: number } {
  const out = { clean: 0, drift: 0, error: 0, differences: 0 };
  for (const row of rows) {
    out[row.state]++;
    out.differences += row.differences.length;
  }
  return out;
}

/** The report with one user's row replaced by a fresh check. */
export function withRow(report: DriftReport, row: DriftRow): DriftReport {
  return { ...report, rows: report.rows.map((r) => (r.userName === row.userName ? row : r)) };
}
