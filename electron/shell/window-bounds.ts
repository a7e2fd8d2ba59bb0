// Pure helpers for remembering the window's position: a saved rectangle is reused only
// if it is sane and still overlaps a connected display (monitors get unplugged).
export interface Bounds {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const DEFAULT_BOUNDS = { width: 1280, height: 820 } as const;
export const MIN_SIZE = { width: 880, height: 560 } as const;

const isInt = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value);

export function parseBounds(value: unknown): Bounds | null {
  if (typeof value !== 'object' || value === null) return null;
  const { x, y, width, height } = value as Record<string, unknown>;
  if (!isInt(x) || !isInt(y) || !isInt(width) || !isInt(height)) return null;
  if (width < MIN_SIZE.width || height < MIN_SIZE.height || width > 20_000 || height > 20_000) return null;
  return { x, y, width, height };
}

/** True when at least 100×100 px of the window would be on one of the work areas. */
export function isVisibleOnSome(bounds: Bounds, workAreas: readonly Bounds[]): boolean {
  return workAreas.some((area) => {
    const overlapX = Math.min(bounds.x + bounds.width, area.x + area.width) - Math.max(bounds.x, area.x);
    const overlapY = Math.min(bounds.y + bounds.height, area.y + area.height) - Math.max(bounds.y, area.y);
    return overlapX >= 100 && overlapY >= 100;
  });
}
