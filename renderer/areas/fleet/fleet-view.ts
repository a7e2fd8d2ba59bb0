// Pure logic of the fleet screen: the environment filter, the order of the rows, and how
// times and durations read.
import { severityOf, type FleetRow, type FleetState } from '../../../shared/areas/fleet/model';
import { dateTime } from '../../components/time-format';

export type FleetSort = 'worst' | 'name' | 'response' | 'uptime';

/** Environment labels present in the fleet, as the filter offers them (upper case, sorted). */
export function environmentsOf(rows: readonly FleetRow[]): string[] {
  return [...new Set(rows.map((row) => row.environment.trim().toUpperCase()).filter(Boolean))].sort();
}

/** '' = every environment; '—' = instances with no label. */
export function filterByEnvironment(rows: readonly FleetRow[], environment: string): FleetRow[] {
  if (!environment) return [...rows];
  return rows.filter((row) => (environment === '—' ? !row.environment.trim() : row.environment.trim().toUpperCase() === environment));
}

/** Worst first by default: state, then more unhealthy services, then slower, then name. */
export function sortRows(rows: readonly FleetRow[], sort: FleetSort): FleetRow[] {
  const byName = (a: FleetRow, b: FleetRow) => a.name.localeCompare(b.name);
  const compare: Record<FleetSort, (a: FleetRow, b: FleetRow) => number> = {
    worst: (a, b) => severityOf(b.state) - severityOf(a.state) || b.unhealthyCount - a.unhealthyCount || (a.uptime24h ?? 101) - (b.uptime24h ?? 101) || byName(a, b),
    name: byName,
    response: (a, b) => (b.responseMs ?? -1) - (a.responseMs ?? -1) || byName(a, b),
    uptime: (a, b) => (a.uptime24h ?? 101) - (b.uptime24h ?? 101) || byName(a, b),
  };
  return [...rows].sort(compare[sort]);
}

/** "45 s", "12 min", "3 h 5 min", "2 d 4 h". */
export function formatDuration(ms: number): string {
  const seconds = Math.max(0, Math.round(ms / 1000));
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return minutes % 60 ? `${hours} h ${minutes % 60} min` : `${hours} h`;
  const days = Math.floor(hours / 24);
  return hours % 24 ? `${days} d ${hours % 24} h` : `${days} d`;
}

/** "just now", "5 min ago", or a date for anything older than a day. */
export function formatAgo(at: number | undefined, now: number): string {
  if (at === undefined) return '—';
  const ms = now - at;
  if (ms < 10_000) return 'just now';
  if (ms < 86_400_000) return `${formatDuration(ms)} ago`;
  return dateTime(at);
}

export const formatUptime = (value: number | undefined): string => (value === undefined ? '—' : `${value.toFixed(value === 100 ? 0 : 1)} %`);

/** Counts per state, for the summary chips above the table. */
export function countByState(rows: readonly FleetRow[]): Partial<Record<FleetState, number>> {
  const counts: Partial<Record<FleetState, number>> = {};
  for (const row of rows) counts[row.state] = (counts[row.state] ?? 0) + 1;
  return counts;
}
