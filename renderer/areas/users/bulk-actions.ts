// What each bulk action does to one user. Removing from a group checks membership first
// (the platform answers 400 otherwise), and says so per user rather than skipping.
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
export async function prepareBulkAction(instanceId: string, kind: BulkKind, group: string): Promise<(username: string) => Promise<unknown>> {
  switch (kind) {
    case 'delete':
      return (username) => callInstance(instanceId, 'users.delete', { username });
    case 'expire':
      return (username) => callInstance(instanceId, 'users.expirePassword', { username });
    case 'unlock':
      return (username) => callInstance(instanceId, 'users.unlock', { username });
    case 'add-group':
      return (username) => callInstance(instanceId, 'users.updateGroups', { username, add: [group], remove: [] });
    case 'remove-group': {
      const details = await callInstance(instanceId, 'groups.get', { name: group });
      const members = new Set(details.members);
      return async (username) => {
        if (!members.has(username)) throw new Error(`${username} is not a member of ${group}; nothing sent`);
        return callInstance(instanceId, 'users.updateGroups', { username, add: [], remove: [group] });
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
