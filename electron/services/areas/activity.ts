// Activity area: reads the log main keeps (electron/services/activity). Nothing here sends
// a platform request; recording happens in the dispatcher, for every area at once.
import { ACTIVITY_RETENTION } from '../../../shared/areas/activity/model';
import { activityLogOf } from '../activity';
import { activityExport } from '../activity/activity-export';
import { activityFacets, activityRows, filterEntries } from '../activity/activity-query';
import type { AreaHandlers } from './types';

export const activityArea: AreaHandlers<'activity'> = {
  'activity.list': async ({ offset, limit, ...filter }, ctx) => {
    const entries = await activityLogOf(ctx).list();
    const rows = activityRows(entries, filter);
    return { rows: rows.slice(offset, offset + limit), total: rows.length, facets: activityFacets(entries), retention: ACTIVITY_RETENTION };
  },
  'activity.export': async ({ format, ...filter }, ctx) => {
    const entries = await activityLogOf(ctx).list();
    return activityExport(filterEntries(entries, filter), format, new Date());
  },
};
