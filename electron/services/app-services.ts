// Builds the services both hosts (Electron IPC, browser host) bind: stores, handlers,
// HTTP pool and the validating dispatcher.
import type { AppInfo } from '../../shared/api/contract';
import type { AppServices, KeyValueStore } from './app-services-types';
import { createDispatcher } from './dispatch';
import { allAppHandlers, allInstanceHandlers } from './handlers';
import { HttpPool } from './http/http-pool';
import { createConfStore } from './instances/conf-store';
import { InstanceService } from './instances/instance-service';
import { ProfileStore } from './instances/profile-store';
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
  version?: string;
}

export function createAppServices(options: AppServicesOptions): AppServices {
  const secrets = options.secretStore ?? new MemorySecretStore();
  const profiles = new ProfileStore(options.keyValueStore ?? createConfStore(options.dataDir));
  const version = options.version ?? '0.1.0';
  const pool = new HttpPool(`Lilypad/${version}`);
  const instances = new InstanceService({ profiles, secrets, onChange: (id) => pool.forget(id) });

  const dispatch = createDispatcher({
    appHandlers: allAppHandlers,
    appContext: {
      info: { version, runtime: options.runtime, demo: options.demo ?? false },
      openExternal: options.openExternal,
      secrets,
      instances,
    },
    instanceHandlers: allInstanceHandlers,
    resolveInstance: async (id) => {
      const profile = instances.get(id);
      return profile ? { profile, secret: await instances.secretOf(id) } : undefined;
    },
    httpFor: (profile, secret) => pool.httpFor(profile, secret),
    notePlatform: (id, kind) => instances.setPlatform(id, kind),
  });

  return {
    dispatch,
    async close() {
      pool.close();
    },
  };
}
