// instances.* calls: the saved instance profiles, their secrets and the connection test.
import { z } from 'zod';
import { appCall, noInput } from '../../api/call-spec';
import { instanceIdSchema, instanceInputSchema, type ConnectionReport, type InstanceView } from './model';

export const instancesCalls = {
  'instances.list': appCall<InstanceView[]>()(noInput),
  // The activity log names the instance (instanceOf) as it was before the change.
  'instances.save': appCall<InstanceView>()(instanceInputSchema, { mutates: true, target: (input) => input.name, instanceOf: (input) => input.id }),
  'instances.remove': appCall<void>()(instanceIdSchema.strict(), { mutates: true, target: ({ id }) => id, instanceOf: ({ id }) => id }),
  'instances.duplicate': appCall<InstanceView>()(instanceIdSchema.strict(), { mutates: true, target: ({ id }) => id, instanceOf: ({ id }) => id }),
  'instances.export': appCall<{ json: string }>()(noInput),
  'instances.import': appCall<{ imported: number; skipped: string[] }>()(z.object({ json: z.string().max(5_000_000) }).strict(), {
    mutates: true,
    target: () => 'instances file',
  }),
  /** Tests the form as typed; with an id and no secret, the stored secret is used. */
  'instances.testConnection': appCall<ConnectionReport>()(instanceInputSchema),
};
