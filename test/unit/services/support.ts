// Shared helpers for the services unit tests (not a test file itself).
import type { KeyValueStore } from '../../../electron/services/app-services-types';

/** A KeyValueStore in memory, with the data visible to assertions. */
export function memoryKv(): KeyValueStore & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>();
  return {
    data,
    get: (key) => structuredClone(data.get(key)),
    set: (key, value) => void data.set(key, structuredClone(value)),
    delete: (key) => void data.delete(key),
  };
}
