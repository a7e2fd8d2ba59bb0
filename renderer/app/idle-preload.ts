import type { ScreenDef } from './screen-types';

/**
 * Once the window is up, the screens' code loads one screen at a time, each when the window
 * is idle, so that a screen's first opening runs code that is already here instead of waiting
 * for it and then parsing it. Screens marked `loadsWhenOpened` (large code an admin opens
 * rarely) are left out. Returns a stop function; a load under way finishes, none starts after.
 */
export function preloadScreensWhenIdle(screens: readonly ScreenDef[]): () => void {
  // Without idle callbacks (a test DOM), nothing loads ahead: openings load as before.
  if (typeof requestIdleCallback !== 'function') return () => undefined;
  const queue = screens.filter((screen) => !screen.loadsWhenOpened && !screen.component.isLoaded()).map((screen) => screen.component);
  let stopped = false;
  let pending: number | undefined;
  const next = () => {
    const screen = queue.shift();
    if (stopped || !screen) return;
    pending = requestIdleCallback(() => {
      pending = undefined;
      void screen.loadInBackground().then(next);
    });
  };
  next();
  return () => {
    stopped = true;
    if (pending !== undefined) cancelIdleCallback(pending);
  };
}
