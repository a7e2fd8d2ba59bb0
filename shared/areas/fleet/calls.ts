// fleet.* calls: the health of every saved instance, polled in main by the one scheduler
// of scans across instances. App calls: they read the fleet, not one instance's API.
import { z } from 'zod';
import { appCall, noInput } from '../../api/call-spec';
import { fleetExportSchema, fleetHistoryInputSchema, fleetMuteSchema, fleetScheduleSchema, type FleetNotifications, type FleetOverview, type InstanceHistory } from './model';

export const fleetCalls = {
  /** Every instance's last state; starts the poller on first use. */
  'fleet.overview': appCall<FleetOverview>()(noInput),
  /** One cycle now (backed-off instances included); answers when every instance answered or timed out. */
  'fleet.checkNow': appCall<FleetOverview>()(noInput),
  'fleet.setSchedule': appCall<FleetOverview>()(fleetScheduleSchema, { mutates: true, target: () => 'fleet schedule' }),
  'fleet.history': appCall<InstanceHistory>()(fleetHistoryInputSchema),
  'fleet.notifications': appCall<FleetNotifications>()(noInput),
  'fleet.markRead': appCall<FleetNotifications>()(noInput, { mutates: true, target: () => 'fleet notifications' }),
  'fleet.setMuted': appCall<FleetNotifications>()(fleetMuteSchema, { mutates: true, target: ({ instanceId }) => instanceId }),
  'fleet.exportCsv': appCall<{ fileName: string; csv: string }>()(fleetExportSchema),
};

export type FleetCallInput<K extends keyof typeof fleetCalls> = z.input<(typeof fleetCalls)[K]['input']>;
