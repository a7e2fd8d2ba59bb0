// Fleet area: the poller's overview (shared by the screen and the navigation badge), one
// instance's history, the notification list, and the schedule and mute settings.
import type { HistoryRange } from '../../../shared/areas/fleet/model';
import { callApp, useAppMutation, useAppQuery } from '../../api/hooks';

/** How often the screen and the badge read the overview (main answers from memory). */
export const OVERVIEW_REFRESH_MS = 5_000;

export function useFleetOverview() {
  return useAppQuery('fleet.overview', {}, { refetchInterval: OVERVIEW_REFRESH_MS, staleTime: 0 });
}

/** One instance's history, refreshed as the poller adds checks. */
export function useFleetHistory(instanceId: string, range: HistoryRange) {
  return useAppQuery('fleet.history', { instanceId, range }, { refetchInterval: OVERVIEW_REFRESH_MS, staleTime: 0 });
}

export function useFleetNotifications() {
  return useAppQuery('fleet.notifications', {}, { refetchInterval: OVERVIEW_REFRESH_MS, staleTime: 0 });
}

const AFTER_CHANGE = ['fleet.overview', 'fleet.notifications', 'fleet.history'] as const;

export function useCheckNow() {
  return useAppMutation('fleet.checkNow', { invalidates: AFTER_CHANGE });
}

export function useSetSchedule() {
  return useAppMutation('fleet.setSchedule', { invalidates: ['fleet.overview'] });
}

export function useMarkRead() {
  return useAppMutation('fleet.markRead', { invalidates: ['fleet.notifications', 'fleet.overview'] });
}

export function useSetMuted() {
  return useAppMutation('fleet.setMuted', { invalidates: ['fleet.notifications', 'fleet.overview'] });
}

export const exportFleetCsv = (kind: 'incidents' | 'uptime', instanceId?: string) => callApp('fleet.exportCsv', { kind, ...(instanceId ? { instanceId } : {}) });
