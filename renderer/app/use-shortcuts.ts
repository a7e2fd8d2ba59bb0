import { useEffect } from 'react';
import { useActiveInstance } from './active-instance';
import { isScreenEnabled, visibleScreens } from './nav';
import { navigate } from './router';

/** Alt+1..9 opens the n-th screen of the navigation. */
export function useNavShortcuts(): void {
  const active = useActiveInstance();
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!event.altKey || event.ctrlKey || event.metaKey) return;
      const digit = /^Digit([1-9])$/.exec(event.code);
      if (!digit) return;
      const screen = visibleScreens(active)[Number(digit[1]) - 1];
      if (screen && isScreenEnabled(screen, active)) {
        event.preventDefault();
        navigate(screen.id);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [active]);
}
