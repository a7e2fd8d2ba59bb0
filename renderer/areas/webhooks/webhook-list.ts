// Filtering and sorting the subscription list. Pure, so 1,000 rows filter as you type.
import type { WebhookView } from '../../../shared/areas/webhooks/model';

export type WebhookSortKey = 'key' | 'domain' | 'enabled';

export interface WebhookRow {
  view: WebhookView;
  /** Everything the filter matches, lower-cased once: on the first filtering, not on opening. */
  haystack?: string;
  urls: string;
}

export function toRows(views: readonly WebhookView[]): WebhookRow[] {
  return views.map((view) => ({ view, urls: view.handlers.map((h) => h.url).join(' ') }));
}

function haystackOf(row: WebhookRow): string {
  row.haystack ??= [row.view.key, row.view.description, row.view.domain, ...row.view.event_types, row.urls].join('\n').toLowerCase();
  return row.haystack;
}

export function filterRows(rows: readonly WebhookRow[], text: string, domain: string | null): WebhookRow[] {
  const words = text.trim().toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0 && !domain) return [...rows];
  return rows.filter((row) => (!domain || row.view.domain === domain) && words.every((word) => haystackOf(row).includes(word)));
}

// One collator for every comparison: localeCompare with options builds a new one per call,
// which costs seconds over a thousand rows.
const collator = new Intl.Collator(undefined, { sensitivity: 'base' });

export function sortRows(rows: readonly WebhookRow[], key: WebhookSortKey, descending: boolean): WebhookRow[] {
  const compare = (a: WebhookRow, b: WebhookRow): number => {
    if (key === 'enabled' && a.view.enabled !== b.view.enabled) return a.view.enabled ? -1 : 1;
    if (key === 'domain' && a.view.domain !== b.view.domain) return collator.compare(a.view.domain, b.view.domain);
    return collator.compare(a.view.key, b.view.key);
  };
  const sorted = [...rows].sort(compare);
  return descending ? sorted.reverse() : sorted;
}

/** The export file: the selected subscriptions as the renderer holds them (never a secret value). */
export function exportJson(views: readonly WebhookView[]): string {
  return `${JSON.stringify({ format: 'lilypad-webhooks', version: 1, subscriptions: views }, null, 2)}\n`;
}
