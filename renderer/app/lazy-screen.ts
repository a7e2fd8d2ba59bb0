import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import { useUiStore } from './ui-store';

/** A screen's code, fetched on its first opening, and a way to start that before it renders. */
export type LazyScreen = LazyExoticComponent<ComponentType> & {
  /** Starts loading the code, and the first call for the active instance (see `lazyScreen`). */
  prepare: () => void;
};

/**
 * A screen whose code is fetched on its first opening. `early` starts the screen's first call
 * for the active instance at that same moment (see renderer/api/early-call.ts), once per
 * instance: later openings find the answer in the query cache, so asking again would only
 * fetch a list nobody takes.
 */
export function lazyScreen(load: () => Promise<{ default: ComponentType }>, early?: (instanceId: string) => void): LazyScreen {
  const asked = new Set<string>();
  const prepare = () => {
    const instanceId = useUiStore.getState().activeInstanceId;
    if (early && instanceId && !asked.has(instanceId)) {
      asked.add(instanceId);
      early(instanceId);
    }
    return load();
  };
  return Object.assign(lazy(prepare), { prepare: () => void prepare() });
}
