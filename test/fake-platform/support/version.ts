// Version-dependent behaviour of the fake: `state.system.version` is the switch.
import { compareVersions } from '../../../shared/areas/system/version';
import type { FakeState } from '../core/state';

export const atLeast = (state: FakeState, version: string): boolean => compareVersions(state.system.version, version) >= 0;

/** From this version Access updates a user with a PATCH that carries no password (API-NOTES). */
export const PARTIAL_USER_PATCH_SINCE = '7.84.3';
/** From this version a user's body carries `effective_admin` (admin through a group). */
export const EFFECTIVE_ADMIN_SINCE = '7.66.0';
