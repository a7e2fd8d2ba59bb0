// A KeyValueStore on `conf` (the library under electron-store) for plain Node hosts.
import Conf from 'conf';
import type { KeyValueStore } from '../app-services-types';

export function createConfStore(dataDir: string, configName = 'instances'): KeyValueStore {
  const conf = new Conf<Record<string, unknown>>({ cwd: dataDir, configName });
  return {
    get: (key) => conf.get(key),
    set: (key, value) => conf.set(key, value),
    delete: (key) => conf.delete(key),
  };
}
