import { createTheme, type Theme } from '@mui/material/styles';
import useMediaQuery from '@mui/material/useMediaQuery';
import { useMemo } from 'react';
import { useUiStore } from './ui-store';

/** The resolved palette mode: the user's choice, or the OS preference when they chose none. */
export function useResolvedMode(): 'light' | 'dark' {
  const prefersDark = useMediaQuery('(prefers-color-scheme: dark)', { noSsr: true });
  const mode = useUiStore((s) => s.themeMode);
  return mode === 'system' ? (prefersDark ? 'dark' : 'light') : mode;
}

// The animation names MUI's inputs listen for to notice the browser's autofill.
const AUTOFILL = 'mui-auto-fill';
const AUTOFILL_CANCEL = 'mui-auto-fill-cancel';

/** The inputs' autofill keyframes, given once for the whole app (see MuiInputBase below). */
export const INPUT_AUTOFILL_KEYFRAMES = {
  // Not empty, or emotion leaves them out of a production build.
  [`@keyframes ${AUTOFILL}`]: { from: { animationName: AUTOFILL } },
  [`@keyframes ${AUTOFILL_CANCEL}`]: { from: { animationName: AUTOFILL_CANCEL } },
};

/**
 * The app theme. With `reducedMotion` (the OS "reduce motion" setting) nothing animates:
 * menus, dialogs and drawers appear in place at once, and buttons have no ripple.
 */
export function buildTheme(mode: 'light' | 'dark', reducedMotion = false): Theme {
  const dark = mode === 'dark';
  return createTheme({
    ...(reducedMotion ? { transitions: { create: () => 'none' } } : {}),
    palette: {
      mode,
      primary: { main: dark ? '#66bb6a' : '#2e7d32' },
      secondary: { main: dark ? '#4fc3f7' : '#0277bd' },
      background: dark ? { default: '#121417', paper: '#1a1d21' } : { default: '#f4f6f8', paper: '#ffffff' },
    },
    shape: { borderRadius: 8 },
    typography: {
      fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
      fontSize: 14,
      h5: { fontWeight: 600 },
      h6: { fontWeight: 600 },
    },
    components: {
      MuiButton: { defaultProps: { disableElevation: true }, styleOverrides: { root: { textTransform: 'none' } } },
      MuiPaper: { defaultProps: { elevation: 0 } },
      MuiCard: { defaultProps: { variant: 'outlined' } },
      MuiTextField: { defaultProps: { size: 'small', fullWidth: true } },
      // Each input would add the autofill keyframes as a global style on mount and remove
      // them on unmount: a new style sheet, and so a style pass over the whole window, on
      // every screen change. The keyframes live once at the top (App), the inputs keep
      // the animation that tells them the browser filled them in.
      MuiInputBase: {
        defaultProps: { disableInjectingGlobalStyles: true },
        styleOverrides: {
          input: { animationName: AUTOFILL_CANCEL, animationDuration: '10ms', '&:-webkit-autofill': { animationName: AUTOFILL, animationDuration: '5000s' } },
        },
      },
      MuiSelect: { defaultProps: { size: 'small' } },
      // A visible focus ring for keyboard users on every focusable MUI element.
      MuiButtonBase: {
        defaultProps: { disableRipple: reducedMotion },
        styleOverrides: {
          root: {
            '&.Mui-focusVisible': { outline: `2px solid ${dark ? '#81c784' : '#1b5e20'}`, outlineOffset: 2 },
          },
        },
      },
    },
  });
}

export function useAppTheme(): Theme {
  const mode = useResolvedMode();
  const reducedMotion = useMediaQuery('(prefers-reduced-motion: reduce)', { noSsr: true });
  return useMemo(() => buildTheme(mode, reducedMotion), [mode, reducedMotion]);
}
