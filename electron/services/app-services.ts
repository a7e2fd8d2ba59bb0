// Builds the services both hosts (Electron IPC, browser host) bind: stores, the HTTP pool,
// the areas' handlers and the validating dispatcher.
import type { AppInfo } from '../../shared/areas/app/calls';
import { ApiFailure } from '../../shared/errors';
import type { AppServices, KeyValueStore } from './app-services-types';
import { activityLogOf } from './activity';
import { handlers } from './areas';
import type { AppContext, AreaService, ConnectedInstance } from './areas/types';
import { createDispatcher } from './dispatch';
import type { OsNotifier } from './fleet/os-notifier';
import { HttpPool } from './http/http-pool';
import { secretForms } from './http/scrub';
import { withSignal } from './http/with-signal';
import { createConfStore } from './instances/conf-store';
import { InstanceService } from './instances/instance-service';
import { ProfileStore } from './instances/profile-store';
import { ScanScheduler } from './scans/scan-scheduler';
import { createFileLogger, type Logger } from './log';
import { MemorySecretStore } from './secrets/memory-secret-store';
import type { SecretStore } from './secrets/secret-store';

export interface AppServicesOptions {
  dataDir: string;
  runtime: AppInfo['runtime'];
  /** Default: in memory for this session. */
  secretStore?: SecretStore;
  /** Default: `conf` in dataDir (instances.json). */
  keyValueStore?: KeyValueStore;
  demo?: boolean;
  openExternal?: (url: string) => Promise<void>;
  /** OS notifications (the Electron shell); absent in the browser host. */
  osNotifier?: OsNotifier;
  version?: string;
  /** Default: `<dataDir>/logs/lilypad.log`, level from LILYPAD_LOG_LEVEL. */
  log?: Logger;
}

export function createAppServices(options: AppServicesOptions): AppServices {
  const secrets = options.secretStore ?? new MemorySecretStore();
  const profiles = new ProfileStore(options.keyValueStore ?? createConfStore(options.dataDir));
  const version = options.version ?? '0.1.0';
  const log = options.log ?? createFileLogger(options.dataDir);
  const pool = new HttpPool(`Lilypad/${version}`, log);
  const instances = new InstanceService({ profiles, secrets, onChange: (id) => pool.forget(id) });
  const areaServices = new Map<string, AreaService>();
  const scans = new ScanScheduler({
    instances: () => instances.listProfiles(),
    connect: async (instanceId) => (await connect(instanceId)).http,
  });

  async function connect(instanceId: string): Promise<ConnectedInstance & { secrets: string[] }> {
    const instance = instances.get(instanceId);
    if (!instance) throw new ApiFailure({ kind: 'not-found', message: `No instance with id ${instanceId} exists (it may have been removed).` });
    const secret = await instances.secretOf(instanceId);
    return { instance, http: pool.httpFor(instance, secret), secrets: secretForms(secret, instance.username) };
  }

  const appContext: AppContext = {
    info: { version, runtime: options.runtime, demo: options.demo ?? false },
    dataDir: options.dataDir,
    openExternal: options.openExternal,
    ...(options.osNotifier ? { osNotifier: options.osNotifier } : {}),
    secrets,
    instances,
    scans,
    log,
    connect: async (instanceId, signal) => {
      const { instance, http } = await connect(instanceId);
      return { instance, http: withSignal(http, signal) };
    },
    service: <T extends AreaService>(key: string, create: () => T): T => {
      let service = areaServices.get(key) as T | undefined;
      if (!service) {
        service = create();
        areaServices.set(key, service);
      }
      return service;
    },
  };

  const dispatch = createDispatcher({
    handlers,
    appContext,
    connect,
    notePlatform: (id, kind) => instances.setPlatform(id, kind),
    log,
    activity: activityLogOf(appContext),
  });

  return {
    dispatch,
    log,
    async close() {
      scans.close();
      await Promise.all([...areaServices.values()].map((service) => service.close()));
      areaServices.clear();
      pool.close();
    },
  };
}
