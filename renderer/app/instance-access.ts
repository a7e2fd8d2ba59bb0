// What the users and groups screens need to know about the active instance: its id, and
// why changes are blocked (read-only), so every mutating control can say so.
import { useActiveInstance } from './active-instance';
import { apiErrorOf } from '../api/bridge';

export function useInstanceAccess() {
  const instance = useActiveInstance();
  const blockedReason = instance?.readOnly ? `${instance.name} is read-only: changes are disabled` : undefined;
  return { instance, instanceId: instance?.id, blockedReason };
}

/** A 403 on a listing means the credential is not an admin: a state of its own, not an error table. */
export const isForbidden = (error: unknown): boolean => apiErrorOf(error)?.status === 403;
