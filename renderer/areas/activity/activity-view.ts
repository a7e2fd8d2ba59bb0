// Pure helpers of the activity screen: what a result says, which entries link to the
// object they changed, the action filter's choices.
import type { ActivityEntry } from '../../../shared/areas/activity/model';
import { objectScreenOf } from '../../app/open-object';

/** "ok", or "404 · User 'bob' not found" (the kind stands in when no status came back). */
export function resultText(entry: Pick<ActivityEntry, 'ok' | 'status' | 'kind' | 'message'>): string {
  if (entry.ok) return 'ok';
  const code = entry.status !== undefined ? String(entry.status) : (entry.kind ?? 'failed');
  return entry.message ? `${code} · ${entry.message}` : code;
}

export interface ObjectLink {
  screen: string;
  instanceId: string;
  name: string;
}

/**
 * Where an entry's target can be opened: the object must still be there to open (not a
 * delete, not a create that failed) on an instance that is still saved.
 */
export function objectLinkOf(entry: ActivityEntry, savedInstanceIds: ReadonlySet<string>): ObjectLink | null {
  const screen = objectScreenOf(entry.call);
  if (!screen || !entry.target || !entry.instance || !savedInstanceIds.has(entry.instance.id)) return null;
  if (entry.call.endsWith('.delete')) return null;
  if (!entry.ok && entry.call.endsWith('.create')) return null;
  return { screen, instanceId: entry.instance.id, name: entry.target };
}

export interface ActionChoice {
  value: string;
  label: string;
}

/** Each area ("users.": every users call) followed by its calls, in the order given. */
export function actionChoices(calls: readonly string[]): ActionChoice[] {
  const choices: ActionChoice[] = [];
  let area = '';
  for (const call of [...calls].sort()) {
    const prefix = call.slice(0, call.indexOf('.') + 1);
    if (prefix && prefix !== area) {
      area = prefix;
      choices.push({ value: prefix, label: `${prefix}* (every ${prefix.slice(0, -1)} call)` });
    }
    choices.push({ value: call, label: call });
  }
  return choices;
}

const TIME = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'medium' });

export const formatTime = (iso: string): string => TIME.format(new Date(iso));
