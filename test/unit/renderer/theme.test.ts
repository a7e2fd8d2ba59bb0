import { describe, expect, it } from 'vitest';
import { buildTheme } from '../../../renderer/app/theme';

describe('the app theme', () => {
  it('animates by default', () => {
    const theme = buildTheme('light');
    expect(theme.transitions.create('opacity')).toMatch(/^opacity \d+ms/);
    expect(theme.components?.MuiButtonBase?.defaultProps?.disableRipple).toBe(false);
  });

  it('animates nothing when the OS asks for reduced motion', () => {
    const theme = buildTheme('dark', true);
    expect(theme.transitions.create(['opacity', 'transform'])).toBe('none');
    expect(theme.components?.MuiButtonBase?.defaultProps?.disableRipple).toBe(true);
    expect(theme.palette.mode).toBe('dark');
  });
});
