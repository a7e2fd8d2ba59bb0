// instances.* calls: the saved instance profiles, their secrets and the connection test.
import { z } from 'zod';
import { appCall, noInput } from '../../api/call-spec';
import { CA_PEM_MAX, connectionTestIdSchema, instanceIdSchema, instanceInputSchema, type ConnectionReport, type InstanceView } from './model';

/** The instances file: thousands of profiles, still far below the browser host's body limit. */
export const IMPORT_FILE_MAX = 5_000_000;

export const instancesCalls = {
  'instances.list': appCall<InstanceView[]>()(noInput),
  // The CA bundle is the one long text of an instance form; every other field states a smaller maximum.
  // The activity log names the instance (instanceOf) as it was before the change.
  'instances.save': appCall<InstanceView>()(instanceInputSchema, { mutates: true, target: (input) => input.name, instanceOf: (input) => input.id, maxInputChars: CA_PEM_MAX }),
  'instances.remove': appCall<void>()(instanceIdSchema.strict(), { mutates: true, target: ({ id }) => id, instanceOf: ({ id }) => id }),
  'instances.duplicate': appCall<InstanceView>()(instanceIdSchema.strict(), { mutates: true, target: ({ id }) => id, instanceOf: ({ id }) => id }),
  'instances.export': appCall<{ json: string }>()(noInput),
  'instances.import': appCall<{ imported: number; skipped: string[] }>()(
    z.object({ json: z.string().max(IMPORT_FILE_MAX, 'The file is too large (at most 5,000,000 characters)') }).strict(),
    { mutates: true, target: () => 'instances file', maxInputChars: IMPORT_FILE_MAX },
  ),
  /**
   * Tests the form as typed; with an id and no secret, the stored secret is used, but only for the
   * host and user it was saved for. `testId` (chosen by the window) lets instances.cancelTest stop it.
   */
  'instances.testConnection': appCall<ConnectionReport>()(instanceInputSchema.safeExtend({ testId: connectionTestIdSchema.optional() }), { maxInputChars: CA_PEM_MAX }),
  /** Stops a running connection test; `cancelled` is false when none with that id was running. */
  'instances.cancelTest': appCall<{ cancelled: boolean }>()(z.object({ testId: connectionTestIdSchema }).strict()),
};
