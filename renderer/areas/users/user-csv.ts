// CSV of the users a filter shows, in the order shown, with every column the console
// knows: e-mail and admin only for users whose details were read (blank otherwise, since
// the platform's list does not carry them).
import type { UserTable } from './user-table';
import { effectiveStatus } from './user-view';

export const CSV_HEADER = ['username', 'email', 'realm', 'status', 'admin'] as const;

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, quote or line break. A field a
 * spreadsheet would run as a formula (= + - @ or a tab/CR first) gets a leading apostrophe.
 */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function usersCsv(table: UserTable, rows: ArrayLike<number>, locked: ReadonlySet<string>): string {
  const lines: string[] = [CSV_HEADER.join(',')];
  for (let k = 0; k < rows.length; k++) {
    const row = rows[k];
    const name = table.names[row];
    const known = table.details.get(name);
    const admin = known === undefined ? '' : String(known.admin);
    lines.push([name, known?.email ?? '', table.realmOf(row), effectiveStatus(table, row, locked), admin].map(csvField).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** users-<instance>-<date>.csv, with only safe characters from the instance name. */
export function csvFileName(instanceName: string, now = new Date()): string {
  const slug =
    instanceName
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'instance';
  return `users-${slug}-${now.toISOString().slice(0, 10)}.csv`;
}
