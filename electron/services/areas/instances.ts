// Instances area: saved profiles, their secrets, export/import and the connection test.
// The logic lives in InstanceService and the connection test; these adapt the calls.
import { instanceProfileSchema } from '../../../shared/areas/instances/model';
import { testConnection } from '../instances/connection-test';
import { RunningTests } from '../instances/running-tests';
import type { AppContext, AreaHandlers } from './types';

// The form may be unsaved: it gets a placeholder id that is never stored.
const UNSAVED_ID = 'unsaved';

export const instancesArea: AreaHandlers<'instances'> = {
  'instances.list': (_input, { instances }) => instances.list(),
  'instances.save': (input, { instances }) => instances.save(input),
  'instances.remove': ({ id }, { instances }) => instances.remove(id),
  'instances.duplicate': ({ id }, { instances }) => instances.duplicate(id),
  'instances.export': async (_input, { instances }) => instances.exportJson(),
  'instances.import': async ({ json }, { instances }) => {
    const { imported, skipped } = instances.importJson(json);
    return { imported, skipped };
  },
  'instances.testConnection': async (input, ctx) => {
    const { instances, log } = ctx;
    const { id, secret, testId, ...fields } = input;
    const saved = id !== undefined ? instances.get(id) : undefined;
    const profile = instanceProfileSchema.parse({ ...fields, id: saved?.id ?? UNSAVED_ID, platform: 'unknown' });
    const run = runningTests(ctx).start(testId, ctx.signal);
    try {
      // Security: the stored secret only for the host and user it was saved for.
      const report = await testConnection({ profile, secret: await instances.secretForTarget(saved?.id, profile, secret), signal: run.signal, log });
      // Only a test of the saved URL says something about the saved profile.
      if (saved && saved.baseUrl === profile.baseUrl && report.platform) instances.setPlatform(saved.id, report.platform);
      return report;
    } finally {
      run.done();
    }
  },
  'instances.cancelTest': async ({ testId }, ctx) => ({ cancelled: runningTests(ctx).cancel(testId) }),
};

const runningTests = (ctx: AppContext): RunningTests => ctx.service('connection-tests', () => new RunningTests());
