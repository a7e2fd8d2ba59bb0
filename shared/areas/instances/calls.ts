// instances.* calls: the saved instance profiles, their secrets and the connection test.
import { z } from 'zod';
import { appCall, noInput } from '../../api/call-spec';
import { connectionTestIdSchema, instanceIdSchema, instanceInputSchema, type ConnectionReport, type InstanceView } from './model';

export const instancesCalls = {
  'instances.list': appCall<InstanceView[]>()(noInput),
  'instances.save': appCall<InstanceView>()(instanceInputSchema, { mutates: true, target: (input) => input.name }),
  'instances.remove': appCall<void>()(instanceIdSchema.strict(), { mutates: true, target: ({ id }) => id }),
  'instances.duplicate': appCall<InstanceView>()(instanceIdSchema.strict(), { mutates: true, target: ({ id }) => id }),
  'instances.export': appCall<{ json: string }>()(noInput),
  'instances.import': appCall<{ imported: number; skipped: string[] }>()(z.object({ json: z.string().max(5_000_000) }).strict(), { mutates: true }),
  /**
   * Tests the form as typed; with an id and no secret, the stored secret is used. `testId`
   * (chosen by the window) lets instances.cancelTest stop it.
   */
  'instances.testConnection': appCall<ConnectionReport>()(instanceInputSchema.safeExtend({ testId: connectionTestIdSchema.optional() })),
  /** Stops a running connection test; `cancelled` is false when none with that id was running. */
  'instances.cancelTest': appCall<{ cancelled: boolean }>()(z.object({ testId: connectionTestIdSchema }).strict()),
};
