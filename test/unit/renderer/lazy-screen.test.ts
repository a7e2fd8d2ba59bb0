import { describe, expect, it, vi } from 'vitest';
import { lazyScreen } from '../../../renderer/app/lazy-screen';
import { useUiStore } from '../../../renderer/app/ui-store';

const screenModule = { default: () => null };

describe('a lazy screen, prepared when its route is entered', () => {
  it('loads its code each time, and asks its first call early once per instance', () => {
    const load = vi.fn(() => Promise.resolve(screenModule));
    const early = vi.fn();
    const screen = lazyScreen(load, early);
    useUiStore.getState().setActiveInstanceId('a');
    screen.prepare();
    screen.prepare();
    expect(load).toHaveBeenCalledTimes(2);
    // The second opening finds the answer in the query cache: no second list fetched for nobody.
    expect(early.mock.calls).toEqual([['a']]);
    useUiStore.getState().setActiveInstanceId('b');
    screen.prepare();
    expect(early.mock.calls).toEqual([['a'], ['b']]);
  });

  it('asks nothing early without an active instance', () => {
    const early = vi.fn();
    useUiStore.getState().setActiveInstanceId(null);
    lazyScreen(() => Promise.resolve(screenModule), early).prepare();
    expect(early).not.toHaveBeenCalled();
  });

  it('preloads only its code when its entry is pointed at: no call is asked for', async () => {
    const load = vi.fn(() => Promise.reject(new Error('chunk failed')));
    const early = vi.fn();
    useUiStore.getState().setActiveInstanceId('a');
    const screen = lazyScreen(load, early);
    screen.preload();
    expect(load).toHaveBeenCalledTimes(1);
    expect(early).not.toHaveBeenCalled();
    // A failed preload stays quiet (no unhandled rejection): opening the screen reports it.
    await Promise.resolve();
  });
});
