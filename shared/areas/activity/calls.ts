// activity.* calls: the log of changes Lilypad sent, kept by main (no platform request).
import { z } from 'zod';
import { appCall } from '../../api/call-spec';
import { ACTIVITY_EXPORT_FORMATS, activityFilterShape, type ActivityExport, type ActivityPage } from './model';

export const activityCalls = {
  'activity.list': appCall<ActivityPage>()(
    z
      .object({
        ...activityFilterShape,
        offset: z.number().int().min(0).max(1_000_000).default(0),
        limit: z.number().int().min(1).max(500).default(100),
      })
      .strict(),
  ),
  'activity.export': appCall<ActivityExport>()(z.object({ ...activityFilterShape, format: z.enum(ACTIVITY_EXPORT_FORMATS) }).strict()),
};
