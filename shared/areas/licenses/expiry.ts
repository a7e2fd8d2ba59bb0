// How long a license has left. The platform writes validThrough as "MMM DD, YYYY"
// ("May 15, 2027"); a license is valid through that whole day. Pure: screens, the scan
// and the tests share it.

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const DAY_MS = 86_400_000;

/** "May 15, 2027" → "2027-05-15"; also takes an ISO date. Undefined when it is neither. */
export function parseValidThrough(text: string): string | undefined {
  const trimmed = text.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(trimmed);
  if (iso) return validDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const match = /^([A-Za-z]{3})[a-z]*\.?\s+(\d{1,2}),?\s+(\d{4})$/.exec(trimmed);
  if (!match) return undefined;
  const month = MONTHS.indexOf(match[1].toLowerCase()) + 1;
  if (month === 0) return undefined;
  return validDate(Number(match[3]), month, Number(match[2]));
}

function validDate(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return date.toISOString().slice(0, 10);
}

/** Whole days from today (UTC) to the last valid day: 0 on the last day, negative once expired. */
export function daysLeft(expiresOn: string, now: Date): number {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  return Math.round((Date.parse(`${expiresOn}T00:00:00Z`) - today) / DAY_MS);
}

export type ExpiryLevel = 'ok' | 'soon' | 'urgent' | 'expired' | 'unknown';

/** Amber under 30 days, red under 7, red and "expired" after the last day. */
export const SOON_DAYS = 30;
export const URGENT_DAYS = 7;

export function expiryLevel(days: number | undefined): ExpiryLevel {
  if (days === undefined) return 'unknown';
  if (days < 0) return 'expired';
  if (days < URGENT_DAYS) return 'urgent';
  if (days < SOON_DAYS) return 'soon';
  return 'ok';
}

/** "12 days left", "last day", "expired 3 days ago". */
export function describeDaysLeft(days: number | undefined): string {
  if (days === undefined) return 'expiry unknown';
  if (days === 0) return 'last day';
  if (days < 0) return `expired ${-days} day${days === -1 ? '' : 's'} ago`;
  return `${days} day${days === 1 ? '' : 's'} left`;
}

/** A validThrough string's days left, or undefined when it cannot be read. */
export function daysLeftOf(validThrough: string, now: Date): number | undefined {
  const on = parseValidThrough(validThrough);
  return on === undefined ? undefined : daysLeft(on, now);
}

/** An ISO date back in the platform's words, for fixtures and the fake. */
export function formatValidThrough(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  const name = MONTHS[month - 1];
  return `${name.charAt(0).toUpperCase()}${name.slice(1)} ${day}, ${year}`;
}
