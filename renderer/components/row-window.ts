// Which rows of a long list of equal-height rows exist in the DOM: the ones in view plus
// an overscan on each side. Equal heights make this arithmetic, with no per-row
// measurement, so 100,000 rows cost what 30 do (a measuring virtualiser keeps one record
// per row and rebuilds them whenever the count changes, that is on every keystroke).
import { useLayoutEffect, useState, type RefObject } from 'react';

export interface RowWindow {
  /** First row rendered. */
  start: number;
  /** One past the last row rendered. */
  end: number;
  /** The rows actually in view (no overscan): [viewStart, viewEnd). */
  viewStart: number;
  viewEnd: number;
}

/** Rows to render for a viewport showing `firstVisible` onwards, `visible` rows tall. */
export function rowWindow(firstVisible: number, visible: number, count: number, overscan: number): RowWindow {
  const viewStart = Math.max(0, Math.min(firstVisible, count));
  const viewEnd = Math.min(count, viewStart + visible);
  return { start: Math.max(0, viewStart - overscan), end: Math.min(count, viewEnd + overscan), viewStart, viewEnd };
}

interface Viewport {
  firstVisible: number;
  visible: number;
}

/**
 * Follows the scroll container: state changes only when the first visible row or the
 * number of rows that fit changes, not on every scrolled pixel.
 */
export function useRowWindow(scrollRef: RefObject<HTMLElement | null>, count: number, rowHeight: number, overscan: number): RowWindow {
  const [viewport, setViewport] = useState<Viewport>({ firstVisible: 0, visible: 20 });
  useLayoutEffect(() => {
    const element = scrollRef.current;
    if (!element) return;
    const update = () => {
      const next = { firstVisible: Math.floor(element.scrollTop / rowHeight), visible: Math.ceil(element.clientHeight / rowHeight) + 1 };
      setViewport((prev) => (prev.firstVisible === next.firstVisible && prev.visible === next.visible ? prev : next));
    };
    update();
    element.addEventListener('scroll', update, { passive: true });
    const resize = new ResizeObserver(update);
    resize.observe(element);
    return () => {
      element.removeEventListener('scroll', update);
      resize.disconnect();
    };
  }, [scrollRef, rowHeight]);
  return rowWindow(viewport.firstVisible, viewport.visible, count, overscan);
}
