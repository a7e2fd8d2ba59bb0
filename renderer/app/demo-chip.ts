// The demo instance of `npm run demo` carries the environment label DEMO and the demo
// flag: one chip says it, not two.
import type { InstanceView } from '../../shared/areas/instances/model';

export const showsDemoChip = (instance: Pick<InstanceView, 'demo' | 'environment'>): boolean => Boolean(instance.demo) && instance.environment.trim().toUpperCase() !== 'DEMO';
