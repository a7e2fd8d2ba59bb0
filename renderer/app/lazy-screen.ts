import { lazy, type ComponentType } from 'react';
import { useUiStore } from './ui-store';

/**
 * A screen's code, fetched on its first opening. `early` starts the screen's first call for
 * the active instance at that same moment (see renderer/api/early-call.ts).
 */
export function lazyScreen(load: () => Promise<{ default: ComponentType }>, early?: (instanceId: string) => void) {
  return lazy(() => {
    const instanceId = useUiStore.getState().activeInstanceId;
    if (early && instanceId) early(instanceId);
    return load();
  });
}
