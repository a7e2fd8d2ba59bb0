// What the screens need to know about the active instance: its id, why changes are
// blocked (read-only), and whether the credential lacks the admin rights a screen needs.
// The "needs admin" decision is made here, once, for every screen that needs an admin.
import { ACCESS_PASSWORD_MAYBE_REFUSED } from '../../shared/areas/instances/access-password';
import { useActiveInstance } from './active-instance';
import { apiErrorOf } from '../api/bridge';

export function useInstanceAccess() {
  const instance = useActiveInstance();
  const blockedReason = instance?.readOnly ? `${instance.name} is read-only: changes are disabled` : undefined;
  return { instance, instanceId: instance?.id, blockedReason };
}

/** Why the active credential cannot use a screen that needs an administrator. */
export interface AdminNeed {
  /** What the platform did, finishing "so the platform …": "refuses to list users (HTTP 403)". */
  evidence: string;
  /** Access may be refusing a password rather than the account (a 403 to Basic with a password). */
  maybePassword: boolean;
  /** The instance's kind is unknown and the screen is self-hosted only: a 403 may mean Cloud. */
  maybeCloud: boolean;
}

export interface AdminNeedInput {
  /** The failed read of the screen's main data. */
  error?: unknown;
  /** "list users": what the 403 refused. */
  refused: string;
  /** The platform answered, but with the reduced view it gives non-admins; says what it showed. */
  reducedView?: string;
  /** For self-hosted-only screens on an instance of unknown kind. */
  selfHostedOnlyOnUnknown?: boolean;
}

/**
 * A 403 on the screen's main read, or the reduced view the platform gives non-admins, is a
 * state of its own ("needs admin"), not an error table or an empty, invalid form.
 */
export function adminNeedOf({ error, refused, reducedView, selfHostedOnlyOnUnknown = false }: AdminNeedInput): AdminNeed | null {
  if (reducedView) return { evidence: `shows only ${reducedView}`, maybePassword: false, maybeCloud: false };
  const apiError = error ? apiErrorOf(error) : null;
  if (apiError?.status !== 403) return null;
  return { evidence: `refuses to ${refused} (HTTP 403)`, maybePassword: apiError.code === ACCESS_PASSWORD_MAYBE_REFUSED, maybeCloud: selfHostedOnlyOnUnknown };
}

/** A 403 on a listing means the credential is not an admin: a state of its own, not an error table. */
export const isForbidden = (error: unknown): boolean => adminNeedOf({ error, refused: '' }) !== null;
