// SCIM area hooks. A SCIM write changes the Access user or group behind it, so it makes
// the users and groups screens' data stale too.
import type { CallName, CallOutput } from '../../../shared/api/contract';
import type { DriftSource } from '../../../shared/areas/scim/model';
import type { ScimFilterOperator } from '../../../shared/areas/scim/filter';
import { callInstance, useInstanceMutation, useInstanceQuery } from '../../api/hooks';

export function useScimUserSearch(instanceId: string | undefined, search: { operator: ScimFilterOperator; value: string } | null) {
  return useInstanceQuery(instanceId, 'scim.findUsers', search ?? { operator: 'eq', value: '' }, { enabled: search !== null, retry: false });
}

export function useScimUser(instanceId: string | undefined, userName: string | null) {
  return useInstanceQuery(instanceId, 'scim.getUser', { userName: userName ?? '' }, { enabled: Boolean(userName), retry: false });
}

export function useScimGroupSearch(instanceId: string | undefined, search: { operator: ScimFilterOperator; value: string } | null) {
  return useInstanceQuery(instanceId, 'scim.findGroups', search ?? { operator: 'eq', value: '' }, { enabled: search !== null, retry: false });
}

export function useScimGroup(instanceId: string | undefined, displayName: string | null) {
  return useInstanceQuery(instanceId, 'scim.getGroup', { displayName: displayName ?? '' }, { enabled: Boolean(displayName), retry: false });
}

/** One drift check (or the re-check of one user after a fix): a read made on demand, not a cached query. */
export const runDriftCheck = (instanceId: string, source: DriftSource) => callInstance(instanceId, 'scim.drift', { source });

type ScimMutation =
  'scim.createUser' | 'scim.replaceUser' | 'scim.patchUser' | 'scim.deleteUser' | 'scim.createGroup' | 'scim.replaceGroup' | 'scim.patchGroup' | 'scim.deleteGroup';

/** Everything a SCIM write may change: both SCIM views, the Access users and groups screens. */
const SCIM_CHANGED: readonly CallName[] = ['scim.findUsers', 'scim.getUser', 'scim.findGroups', 'scim.getGroup', 'users.page', 'users.get', 'groups.page', 'groups.get'];

export function useScimMutation<K extends ScimMutation>(instanceId: string | undefined, name: K, onSuccess?: (output: CallOutput<K>) => void) {
  return useInstanceMutation(instanceId, name, { onSuccess, invalidates: SCIM_CHANGED });
}
