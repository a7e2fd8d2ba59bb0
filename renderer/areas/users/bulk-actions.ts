// What each bulk action does to one user. Removing from a group checks membership first
// (the platform answers 400 otherwise), and says so per user rather than skipping.
import type { CallTags } from '../../../shared/api/call-tags';
import { callInstance } from '../../api/hooks';

export type BulkKind = 'delete' | 'add-group' | 'remove-group' | 'expire' | 'unlock';

export const BULK_LABELS: Record<BulkKind, string> = {
  delete: 'Delete users',
  'add-group': 'Add to group',
  'remove-group': 'Remove from group',
  expire: 'Expire passwords',
  unlock: 'Unlock users',
};

export const needsGroup = (kind: BulkKind) => kind === 'add-group' || kind === 'remove-group';

/** Builds the per-user action; for group removal, reads the group's members once. */
/** The run's label in the activity log. */
export const bulkLabel = (kind: BulkKind, group: string): string => (needsGroup(kind) ? `${BULK_LABELS[kind]} ${group}` : BULK_LABELS[kind]);

/** Builds the per-user action (its calls carry the run's tags); for group removal, reads the group's members once. */
export async function prepareBulkAction(instanceId: string, kind: BulkKind, group: string): Promise<(username: string, tags: CallTags) => Promise<unknown>> {
  switch (kind) {
    case 'delete':
      return (username, tags) => callInstance(instanceId, 'users.delete', { username }, tags);
    case 'expire':
      return (username, tags) => callInstance(instanceId, 'users.expirePassword', { username }, tags);
    case 'unlock':
      return (username, tags) => callInstance(instanceId, 'users.unlock', { username }, tags);
    case 'add-group':
      return (username, tags) => callInstance(instanceId, 'users.updateGroups', { username, add: [group], remove: [] }, tags);
    case 'remove-group': {
      const details = await callInstance(instanceId, 'groups.get', { name: group });
      const members = new Set(details.members);
      return async (username, tags) => {
        if (!members.has(username)) throw new Error(`${username} is not a member of ${group}; nothing sent`);
        return callInstance(instanceId, 'users.updateGroups', { username, add: [], remove: [group] }, tags);
      };
    }
  }
}

/** The request one user of the run gets, for "Copy as cURL" (every user gets the same shape). */
export function curlCallOf(kind: BulkKind, username: string, group: string) {
  switch (kind) {
    case 'delete':
      return { call: 'users.delete' as const, input: { username } };
    case 'expire':
      return { call: 'users.expirePassword' as const, input: { username } };
    case 'unlock':
      return { call: 'users.unlock' as const, input: { username } };
    case 'add-group':
      return { call: 'users.updateGroups' as const, input: { username, add: [group], remove: [] } };
    case 'remove-group':
      return { call: 'users.updateGroups' as const, input: { username, add: [], remove: [group] } };
  }
}
