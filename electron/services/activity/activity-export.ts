// The log as a file: CSV (one row per call, for a spreadsheet) or JSON (the entries as
// stored). Cells that a spreadsheet would run as a formula are prefixed with a quote.
import type { ActivityEntry, ActivityExport, ActivityExportFormat } from '../../../shared/areas/activity/model';

const CSV_COLUMNS = ['time', 'instance_id', 'instance', 'environment', 'call', 'target', 'result', 'status', 'message', 'batch_id', 'batch_label', 'duration_ms'] as const;

export function csvCell(value: string | number | undefined): string {
  if (value === undefined) return '';
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function activityCsv(entries: readonly ActivityEntry[]): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const entry of entries) {
    lines.push(
      [
        entry.at,
        entry.instance?.id,
        entry.instance?.name,
        entry.instance?.environment,
        entry.call,
        entry.target,
        entry.ok ? 'ok' : 'failed',
        entry.status,
        entry.message,
        entry.batch?.id,
        entry.batch?.label,
        entry.ms,
      ]
        .map(csvCell)
        .join(','),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}

export function activityJson(entries: readonly ActivityEntry[], exportedAt: string): string {
  return `${JSON.stringify({ format: 'lilypad-activity', version: 1, exportedAt, entries }, null, 2)}\n`;
}

export function activityExport(entries: readonly ActivityEntry[], format: ActivityExportFormat, now: Date): ActivityExport {
  const stamp = now.toISOString().slice(0, 19).replace(/[:T]/g, '-');
  return format === 'csv'
    ? { fileName: `lilypad-activity-${stamp}.csv`, mimeType: 'text/csv', text: activityCsv(entries), count: entries.length }
    : { fileName: `lilypad-activity-${stamp}.json`, mimeType: 'application/json', text: activityJson(entries, now.toISOString()), count: entries.length };
}
