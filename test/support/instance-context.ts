// An InstanceContext for calling one area's handlers directly, without the dispatcher.
import type { AreaService, InstanceContext } from '../../electron/services/areas/types';
import type { PlatformHttp } from '../../electron/services/http/types';
import type { InstanceProfile } from '../../shared/areas/instances/model';

export function instanceContext(instance: InstanceProfile, http: PlatformHttp): InstanceContext {
  const unavailable = (what: string) => () => {
    throw new Error(`${what} is not available when a handler is called directly`);
  };
  // Area services (a version cache, pages read ahead) live as long as this context.
  const services = new Map<string, AreaService>();
  return {
    info: { version: '0.0.0-test', runtime: 'browser-host', demo: false },
    dataDir: '/nonexistent',
    secrets: undefined as never,
    instances: undefined as never,
    scans: undefined as never,
    connect: unavailable('connect'),
    service: <T extends AreaService>(key: string, create: () => T): T => {
      if (!services.has(key)) services.set(key, create());
      return services.get(key) as T;
    },
    instance,
    http,
    notePlatform: () => undefined,
  };
}
