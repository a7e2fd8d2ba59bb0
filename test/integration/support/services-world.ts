// One fake platform and one real services stack per test file, with an admin, a non-admin
// and a read-only instance saved, plus the small call helpers every area suite uses.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, expect } from 'vitest';
import { createAppServices } from '../../../electron/services/app-services';
import type { AppServices } from '../../../electron/services/app-services-types';
import type { ApiError, CallResult } from '../../../shared/errors';
import type { InstanceView } from '../../../shared/areas/instances/model';
import { startFakePlatform, type FakePlatform, type Principal } from '../../fake-platform';

export interface WorldState {
  fake: FakePlatform;
  services: AppServices;
  admin: string;
  reader: string;
  readOnly: string;
  /** The services' data folder (downloads land in its downloads/). */
  dataDir: string;
}

/** Registers the vitest hooks; read `state()` inside tests or later hooks. */
export function servicesWorld(label: string) {
  let state: WorldState | undefined;
  let dataDir: string | undefined;
  const current = (): WorldState => {
    if (!state) throw new Error('the services world is not started yet');
    return state;
  };

  async function saveInstance(platform: FakePlatform, name: string, who: Principal, extra: { readOnly?: boolean } = {}): Promise<string> {
    const result = (await current().services.dispatch('instances.save', {
      name,
      baseUrl: platform.url,
      authKind: 'token',
      secret: who.token,
      ...extra,
    })) as CallResult<InstanceView>;
    if (!result.ok) throw new Error(`instances.save failed: ${result.error.message}`);
    return result.value.id;
  }

  beforeAll(async () => {
    const fake = await startFakePlatform({ seed: 'minimal' });
    dataDir = await mkdtemp(join(tmpdir(), `lilypad-${label}-`));
    state = { fake, services: createAppServices({ dataDir, runtime: 'browser-host' }), admin: '', reader: '', readOnly: '', dataDir };
    state.admin = await saveInstance(fake, 'Fake admin', fake.principals.admin);
    state.reader = await saveInstance(fake, 'Fake reader', fake.principals.reader);
    state.readOnly = await saveInstance(fake, 'Fake read-only', fake.principals.admin, { readOnly: true });
  });
  afterAll(async () => {
    await state?.services.close();
    await state?.fake.close();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });
  beforeEach(() => state?.fake.clearRequests());

  return {
    state: current,
    saveInstance,
    /** The app data folder of this world (local backups, logs). */
    dataDir: (): string => {
      if (!dataDir) throw new Error('the services world is not started yet');
      return dataDir;
    },
    /** The call's value; fails the test with the error when it did not succeed. */
    async ok<T>(name: string, input: Record<string, unknown>, instanceId = current().admin): Promise<T> {
      const result = (await current().services.dispatch(name, { instanceId, ...input })) as CallResult<T>;
      if (!result.ok) throw new Error(`${name} failed: ${JSON.stringify(result.error)}`);
      return result.value;
    },
    /** The call's error; fails the test when it succeeded. */
    async failure(name: string, input: Record<string, unknown>, instanceId = current().admin): Promise<ApiError> {
      const result = await current().services.dispatch(name, { instanceId, ...input });
      if (result.ok) throw new Error(`${name} unexpectedly succeeded`);
      return result.error;
    },
    /** The one request the fake received since the last clear, with its JSON body. */
    onlyRequest() {
      const { requests } = current().fake;
      expect(requests).toHaveLength(1);
      const [req] = requests;
      return { method: req.method, path: req.path, query: req.query, status: req.status, body: req.bodyText ? (JSON.parse(req.bodyText) as unknown) : undefined };
    },
  };
}
