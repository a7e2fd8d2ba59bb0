import { useEffect } from 'react';
import type { InstanceView } from '../../shared/areas/instances/model';
import { useAppQuery } from '../api/hooks';
import { useUiStore } from './ui-store';

export function useInstances() {
  return useAppQuery('instances.list', {});
}

/**
 * The active instance, for every instance-scoped screen. Falls back to the first instance
 * when none (or a removed one) is selected, so a fresh start lands on real data.
 */
export function useActiveInstance(): InstanceView | undefined {
  const { data } = useInstances();
  const activeId = useUiStore((s) => s.activeInstanceId);
  return data?.find((instance) => instance.id === activeId) ?? data?.[0];
}

/** Keeps the stored active id in step with the list (first instance, or null when empty). */
export function useActiveInstanceSync(): void {
  const { data } = useInstances();
  const activeId = useUiStore((s) => s.activeInstanceId);
  const setActive = useUiStore((s) => s.setActiveInstanceId);
  useEffect(() => {
    if (!data) return;
    if (!data.some((instance) => instance.id === activeId)) setActive(data[0]?.id ?? null);
  }, [data, activeId, setActive]);
}

/** A saved instance by id (for the production guard of an action on it). */
export function useInstance(instanceId: string | undefined): InstanceView | undefined {
  const { data } = useInstances();
  return instanceId ? data?.find((instance) => instance.id === instanceId) : undefined;
}
