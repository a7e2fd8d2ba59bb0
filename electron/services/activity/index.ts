// The one activity log of the app, shared by the dispatcher (which records) and the
// activity handlers (which read): an area service, so it is closed with the app.
import type { AppContext } from '../areas/types';
import { ActivityLog } from './activity-log';

export const ACTIVITY_SERVICE = 'activity-log';

export const activityLogOf = (ctx: Pick<AppContext, 'service' | 'dataDir'>): ActivityLog => ctx.service(ACTIVITY_SERVICE, () => new ActivityLog({ dir: ctx.dataDir }));

export { ActivityLog } from './activity-log';
