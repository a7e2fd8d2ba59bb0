// The actions a role may grant, grouped by what they act on, with names a person reads.
// Actions the platform sends that this list does not know are kept as they are.
import { ROLE_ACTIONS } from '../../../shared/areas/projects/model';

export interface ActionGroup {
  id: string;
  label: string;
  actions: string[];
}

const DOMAINS: [id: string, label: string, matches: (action: string) => boolean][] = [
  ['repositories', 'Repositories', (a) => a.endsWith('_REPOSITORY')],
  ['release-bundles', 'Release bundles', (a) => a.endsWith('_RELEASE_BUNDLE')],
  ['builds', 'Builds', (a) => a.endsWith('_BUILD')],
  ['pipelines', 'Pipelines', (a) => a.endsWith('_PIPELINE')],
  ['security', 'Security', (a) => a.endsWith('_SECURITY')],
  ['members-resources', 'Members and resources', (a) => a === 'MANAGE_MEMBERS' || a === 'MANAGE_RESOURCES'],
];

/** Every known action, in the platform's order, under its domain. */
export const ACTION_GROUPS: ActionGroup[] = DOMAINS.map(([id, label, matches]) => ({ id, label, actions: ROLE_ACTIONS.filter(matches) }));

const KNOWN = new Set<string>(ROLE_ACTIONS);

/** Actions a role holds that Lilypad does not list (a newer platform): shown and kept, never dropped. */
export const unknownActions = (actions: readonly string[]): string[] => actions.filter((action) => !KNOWN.has(action));

const WORDS: Record<string, string> = { XRAY: 'Xray', MD: 'metadata', LICENCES: 'licences', OVERWRITE: 'overwrite' };

/** "DELETE_OVERWRITE_REPOSITORY" → "Delete / overwrite"; the domain is the group's label. */
export function actionLabel(action: string): string {
  const group = ACTION_GROUPS.find((g) => g.actions.includes(action));
  const parts = action.split('_');
  const body = group && group.id !== 'members-resources' ? parts.slice(0, action.endsWith('_RELEASE_BUNDLE') ? -2 : -1) : parts;
  const words = body.map((word) => WORDS[word] ?? word.toLowerCase());
  const text = words.join(' ').replace('delete overwrite', 'delete / overwrite').replace('deploy cache', 'deploy / cache');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** How many of a group's actions are chosen: none, some or all (for the group's checkbox). */
export function groupState(group: ActionGroup, chosen: ReadonlySet<string>): 'none' | 'some' | 'all' {
  const count = group.actions.filter((action) => chosen.has(action)).length;
  return count === 0 ? 'none' : count === group.actions.length ? 'all' : 'some';
}

/** Chooses or clears a whole group, leaving the other actions as they are. */
export function toggleGroup(group: ActionGroup, chosen: readonly string[]): string[] {
  const set = new Set(chosen);
  if (groupState(group, set) === 'all') for (const action of group.actions) set.delete(action);
  else for (const action of group.actions) set.add(action);
  return [...ROLE_ACTIONS.filter((action) => set.has(action)), ...unknownActions([...set])];
}
