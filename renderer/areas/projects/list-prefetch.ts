// The project list is asked for the moment the Projects screen is opened, while the screen's
// code is still loading, not after it: the screen then takes that answer instead of asking
// again. In the main bundle, so it stays tiny.
import type { CallOutput } from '../../../shared/api/contract';
import { callInstance } from '../../api/hooks';
import { useUiStore } from '../../app/ui-store';

let pending: { instanceId: string; list: Promise<CallOutput<'projects.list'>> } | null = null;

/** Starts the list of the active instance (when the store knows it yet). */
export function prefetchProjectList(): void {
  const instanceId = useUiStore.getState().activeInstanceId;
  if (!instanceId) return;
  const list = callInstance(instanceId, 'projects.list', {});
  // Not taken (another instance shown): its failure must not surface as unhandled.
  list.catch(() => undefined);
  pending = { instanceId, list };
}

/** The list started for this instance, once; later reads ask the platform again. */
export function takePrefetchedList(instanceId: string): Promise<CallOutput<'projects.list'>> | null {
  const taken = pending?.instanceId === instanceId ? pending.list : null;
  pending = null;
  return taken;
}
