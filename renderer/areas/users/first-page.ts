// The first page of users, asked for the moment the Users screen is entered (area.ts), so it
// travels beside the screen's code. Kept apart from api.ts so that asking needs none of the
// table's code: the request leaves before any chunk has loaded.
import type { UserPage } from '../../../shared/areas/users/model';
import { askEarly, takeEarly } from '../../api/early-call';
import { callInstance } from '../../api/hooks';

/** Big pages: 100,000 users arrive in ten round trips. */
export const USER_PAGE_SIZE = 10_000;

/** Instances whose table was loaded in this window (by any screen): the cache may still hold it, so no early page. */
const loadedOnce = new Set<string>();

export function requestFirstUsersPage(instanceId: string): void {
  if (!loadedOnce.has(instanceId)) askEarly(instanceId, 'users.page', { limit: USER_PAGE_SIZE });
}

/** The early first page when there is a fresh one for this instance, else a new request. */
export function takeFirstPage(instanceId: string): Promise<UserPage> {
  loadedOnce.add(instanceId);
  return takeEarly(instanceId, 'users.page') ?? callInstance(instanceId, 'users.page', { limit: USER_PAGE_SIZE });
}
