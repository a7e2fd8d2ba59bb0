// The app's one notification line ("Password changed", "Removed Acme"): any screen calls
// notify(); <Notifications /> in the shell shows the latest. A store, not a context, so
// code outside React (a mutation's callback) can notify too.
import { create } from 'zustand';

export interface Notice {
  id: number;
  severity: 'success' | 'error' | 'info' | 'warning';
  text: string;
  /** For tests that look for one screen's message. */
  testId?: string;
}

interface NoticeState {
  current: Notice | null;
  show: (notice: Omit<Notice, 'id'>) => void;
  dismiss: (id: number) => void;
}

let nextId = 1;

export const useNotices = create<NoticeState>()((set) => ({
  current: null,
  show: (notice) => set({ current: { ...notice, id: nextId++ } }),
  // Only the notice that asked to close: a newer one stays.
  dismiss: (id) => set((state) => (state.current?.id === id ? { current: null } : state)),
}));

export function notify(severity: Notice['severity'], text: string, options: { testId?: string } = {}): void {
  useNotices.getState().show({ severity, text, ...options });
}
