// Remembered window bounds are reused only when sane and still on a connected display.
import { describe, expect, it } from 'vitest';
import { isVisibleOnSome, parseBounds } from '../../electron/shell/window-bounds';

describe('window bounds', () => {
  it('accepts a sane saved rectangle and rejects junk or tiny ones', () => {
    expect(parseBounds({ x: 10, y: 20, width: 1200, height: 800 })).toEqual({ x: 10, y: 20, width: 1200, height: 800 });
    for (const junk of [null, 'x', {}, { x: 0, y: 0, width: 100, height: 100 }, { x: 0.5, y: 0, width: 1200, height: 800 }, { x: 0, y: 0, width: '1200', height: 800 }]) {
      expect(parseBounds(junk)).toBeNull();
    }
  });

  it('drops a position left on a monitor that is gone', () => {
    const laptop = [{ x: 0, y: 0, width: 1440, height: 900 }];
    expect(isVisibleOnSome({ x: 100, y: 100, width: 1000, height: 700 }, laptop)).toBe(true);
    expect(isVisibleOnSome({ x: 2000, y: 100, width: 1000, height: 700 }, laptop)).toBe(false);
    expect(isVisibleOnSome({ x: 1400, y: 100, width: 1000, height: 700 }, laptop)).toBe(false); // only 40 px showing
  });
});
