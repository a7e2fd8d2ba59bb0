import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import { useUiStore } from './ui-store';

/** A screen whose code is fetched apart from the app's, with a way to start that before it renders. */
export type LazyScreen = LazyExoticComponent<ComponentType> & {
  /** The route is being entered: the code, and the first call for the active instance. */
  prepare: () => void;
  /** The route may be entered soon (the pointer is on its entry): the code only, no call. */
  preload: () => void;
};

/**
 * A screen whose code is fetched on its first opening. `early` starts the screen's first
 * call for the active instance the moment the screen is entered (see early-call.ts in
 * renderer/api), once per instance: later openings find the answer in the query cache, so
 * asking again would only fetch a list nobody takes.
 */
export function lazyScreen(load: () => Promise<{ default: ComponentType }>, early?: (instanceId: string) => void): LazyScreen {
  const asked = new Set<string>();
  const askEarly = () => {
    const instanceId = useUiStore.getState().activeInstanceId;
    if (early && instanceId && !asked.has(instanceId)) {
      asked.add(instanceId);
      early(instanceId);
    }
  };
  const prepare = () => {
    askEarly();
    return load();
  };
  // A failed preload is not reported: opening the screen loads again and shows the failure.
  return Object.assign(lazy(prepare), { prepare: () => void prepare(), preload: () => void load().catch(() => undefined) });
}
