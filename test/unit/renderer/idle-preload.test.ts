import { afterEach, describe, expect, it, vi } from 'vitest';
import { preloadScreensWhenIdle } from '../../../renderer/app/idle-preload';
import { lazyScreen } from '../../../renderer/app/lazy-screen';
import type { ScreenDef } from '../../../renderer/app/screen-types';

const screenModule = { default: () => null };

/** Idle callbacks run only when the test says the window is idle. */
function idleWindow() {
  const waiting = new Map<number, () => void>();
  let ids = 0;
  vi.stubGlobal('requestIdleCallback', (callback: () => void) => {
    waiting.set(++ids, callback);
    return ids;
  });
  vi.stubGlobal('cancelIdleCallback', (id: number) => waiting.delete(id));
  return {
    waiting: () => waiting.size,
    /** One idle period: the callbacks waiting now run (the loads they start settle later). */
    idle() {
      const due = [...waiting.values()];
      waiting.clear();
      for (const callback of due) callback();
    },
    /** Resolves once the last load has settled and the next screen waits for its idle period. */
    nextQueued: () => vi.waitFor(() => expect(waiting.size).toBe(1)),
  };
}

function screen(id: string, load: () => Promise<typeof screenModule>, extra: Partial<ScreenDef> = {}): ScreenDef {
  return { id, label: id, icon: () => null, section: 'tools', scope: 'app', component: lazyScreen(load), ...extra };
}

afterEach(() => vi.unstubAllGlobals());

describe('screens preloaded while the window is idle', () => {
  it('loads one screen per idle period, in order, skipping those loaded when opened and those already here', async () => {
    const idleTime = idleWindow();
    const loads: string[] = [];
    const loader = (id: string) => () => {
      loads.push(id);
      return Promise.resolve(screenModule);
    };
    const here = screen('here', loader('here'));
    await here.component.loadInBackground();
    loads.length = 0;
    const c = screen('c', loader('c'));
    preloadScreensWhenIdle([
      screen('a', loader('a')),
      here,
      screen('big', loader('big'), { loadsWhenOpened: true }),
      screen('b', () => Promise.reject(new Error('chunk failed'))),
      c,
    ]);
    expect(loads).toEqual([]);
    expect(idleTime.waiting()).toBe(1);
    idleTime.idle();
    expect(loads).toEqual(['a']);
    await idleTime.nextQueued();
    idleTime.idle();
    // A failed load does not stop the rest: the screen reports it when opened.
    await idleTime.nextQueued();
    idleTime.idle();
    expect(loads).toEqual(['a', 'c']);
    await vi.waitFor(() => expect(c.component.isLoaded()).toBe(true));
    idleTime.idle();
    expect(loads).toEqual(['a', 'c']);
    expect(idleTime.waiting()).toBe(0);
  });

  it('starts nothing more once stopped', async () => {
    const idleTime = idleWindow();
    const load = vi.fn(() => Promise.resolve(screenModule));
    const stop = preloadScreensWhenIdle([screen('a', load), screen('b', load)]);
    idleTime.idle();
    await idleTime.nextQueued();
    stop();
    idleTime.idle();
    expect(load).toHaveBeenCalledTimes(1);
    expect(idleTime.waiting()).toBe(0);
  });

  it('marks a screen loaded once its code has arrived, so it opens without a deferred render', async () => {
    idleWindow();
    const a = screen('a', () => Promise.resolve(screenModule));
    expect(a.component.isLoaded()).toBe(false);
    await a.component.loadInBackground();
    expect(a.component.isLoaded()).toBe(true);
  });
});
