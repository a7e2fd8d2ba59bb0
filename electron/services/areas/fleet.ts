// Fleet area: every saved instance's health, history and notifications. The work is done
// by the area's long-lived FleetService (electron/services/fleet/), which polls through the
// one scheduler of scans across instances; the handlers only ask it.
// 1. Requests: none of its own (the `fleet.health` scan sends them). 2. No wire here. 3. Handlers.
import { FleetService } from '../fleet/fleet-service';
import type { AppContext, AreaHandlers } from './types';

/** The fleet's service, started on first use (the navigation badge asks at start). */
export function fleetServiceOf(ctx: AppContext): FleetService {
  return ctx.service('fleet', () => new FleetService({ scans: ctx.scans, instances: () => ctx.instances.listProfiles(), dataDir: ctx.dataDir, notifier: ctx.osNotifier }));
}

export const fleetArea: AreaHandlers<'fleet'> = {
  'fleet.overview': (_input, ctx) => fleetServiceOf(ctx).overview(),
  'fleet.checkNow': (_input, ctx) => fleetServiceOf(ctx).checkNow(),
  'fleet.setSchedule': (input, ctx) => fleetServiceOf(ctx).setSchedule(input),
  'fleet.history': ({ instanceId, range }, ctx) => fleetServiceOf(ctx).history(instanceId, range),
  'fleet.notifications': (_input, ctx) => fleetServiceOf(ctx).notifications(),
  'fleet.markRead': (_input, ctx) => fleetServiceOf(ctx).markRead(),
  'fleet.setMuted': ({ instanceId, muted }, ctx) => fleetServiceOf(ctx).setMuted(instanceId, muted),
  'fleet.exportCsv': ({ kind, instanceId }, ctx) => fleetServiceOf(ctx).exportCsv(kind, instanceId),
};
