import { describe, expect, it } from 'vitest';
import { rowWindow } from '../../../renderer/components/row-window';

describe('rowWindow', () => {
  it('renders the rows in view and an overscan on each side, within the list', () => {
    expect(rowWindow(0, 20, 100_000, 8)).toEqual({ start: 0, end: 28, viewStart: 0, viewEnd: 20 });
    expect(rowWindow(50_000, 20, 100_000, 8)).toEqual({ start: 49_992, end: 50_028, viewStart: 50_000, viewEnd: 50_020 });
    expect(rowWindow(99_990, 20, 100_000, 8)).toEqual({ start: 99_982, end: 100_000, viewStart: 99_990, viewEnd: 100_000 });
  });

  it('stays inside a list that just became shorter than the scroll position', () => {
    expect(rowWindow(5_000, 20, 3, 8)).toEqual({ start: 0, end: 3, viewStart: 3, viewEnd: 3 });
    expect(rowWindow(0, 20, 0, 8)).toEqual({ start: 0, end: 0, viewStart: 0, viewEnd: 0 });
  });
});
