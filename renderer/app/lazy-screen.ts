import { createElement, lazy, useState, type ComponentType } from 'react';
import { useUiStore } from './ui-store';

/** A screen whose code is fetched apart from the app's, with a way to start that before it renders. */
export type LazyScreen = ComponentType & {
  /** The route is being entered: the code, and the first call for the active instance. */
  prepare: () => void;
  /** The route may be entered soon (the pointer is on its entry): the code only, no call. */
  preload: () => void;
  /** The code only, settled when it has arrived or failed (a failure is left for the opening to show). */
  loadInBackground: () => Promise<void>;
  /** The code has arrived: opening the screen renders it at once, with nothing to wait for. */
  isLoaded: () => boolean;
};

/**
 * A screen whose code is fetched on its first opening. `early` starts the screen's first
 * call for the active instance the moment the screen is entered (see early-call.ts in
 * renderer/api), once per instance: later openings find the answer in the query cache, so
 * asking again would only fetch a list nobody takes.
 */
export function lazyScreen(load: () => Promise<{ default: ComponentType }>, early?: (instanceId: string) => void): LazyScreen {
  const asked = new Set<string>();
  let loaded: ComponentType | undefined;
  const askEarly = () => {
    const instanceId = useUiStore.getState().activeInstanceId;
    if (early && instanceId && !asked.has(instanceId)) {
      asked.add(instanceId);
      early(instanceId);
    }
  };
  const loadCode = () =>
    load().then((module) => {
      loaded = module.default;
      return module;
    });
  const prepare = () => {
    askEarly();
    return loadCode();
  };
  // A failed preload is not reported: opening the screen loads again and shows the failure.
  const loadInBackground = () =>
    loadCode().then(
      () => undefined,
      () => undefined,
    );
  const Lazy = lazy(prepare);
  // Code already here renders as it is: React.lazy would first suspend once to read its
  // promise, and in a render that is not deferred that shows the fallback and holds the
  // screen back for React's reveal throttle. The choice is made once per mount: a screen
  // that opened through Lazy keeps it, since switching to the loaded component on a later
  // redraw would mount the screen again (its input lost, its first calls made again).
  const Screen = () => createElement(useState(() => loaded ?? Lazy)[0]);
  return Object.assign(Screen, {
    prepare: () => void prepare(),
    preload: () => void loadInBackground(),
    loadInBackground,
    isLoaded: () => loaded !== undefined,
  });
}
