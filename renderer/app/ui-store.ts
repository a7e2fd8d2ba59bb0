import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';

export type ThemeMode = 'system' | 'light' | 'dark';
export const REFRESH_CHOICES = [5, 15, 30, 60] as const;
export type RefreshSeconds = (typeof REFRESH_CHOICES)[number];

/**
 * UI state only: which instance is active and how the user likes the window. Server data
 * lives in React Query; secrets live nowhere in the renderer. Persisted to localStorage.
 */
export interface UiState {
  activeInstanceId: string | null;
  themeMode: ThemeMode;
  overviewRefreshSeconds: RefreshSeconds;
  overviewPaused: boolean;
  setActiveInstanceId: (id: string | null) => void;
  setThemeMode: (mode: ThemeMode) => void;
  setOverviewRefreshSeconds: (seconds: RefreshSeconds) => void;
  setOverviewPaused: (paused: boolean) => void;
}

export const useUiStore = create<UiState>()(
  persist(
    (set) => ({
      activeInstanceId: null,
      themeMode: 'system',
      overviewRefreshSeconds: 15,
      overviewPaused: false,
      setActiveInstanceId: (activeInstanceId) => set({ activeInstanceId }),
      setThemeMode: (themeMode) => set({ themeMode }),
      setOverviewRefreshSeconds: (overviewRefreshSeconds) => set({ overviewRefreshSeconds }),
      setOverviewPaused: (overviewPaused) => set({ overviewPaused }),
    }),
    {
      name: 'lilypad-ui',
      version: 1,
      storage: createJSONStorage(() => localStorage),
      // Persist the data fields only, never functions.
      partialize: ({ activeInstanceId, themeMode, overviewRefreshSeconds, overviewPaused }) => ({
        activeInstanceId,
        themeMode,
        overviewRefreshSeconds,
        overviewPaused,
      }),
    },
  ),
);
