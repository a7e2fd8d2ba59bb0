// Picks and applies a seed: the two principals first, then each area's part in list order.

import { allAreas } from '../areas';
import type { SeedScenario } from '../core/area';
import type { Principal } from '../core/module';
import type { FakeState } from '../core/state';
import { addPrincipals } from '../support/principals';

export type SeedOption = 'minimal' | 'demo' | { users: number; groups: number; tokens?: number };

export function scenarioOf(seed: SeedOption): SeedScenario {
  return seed === 'minimal' || seed === 'demo' ? { kind: seed } : { kind: 'scale', ...seed };
}

export function applySeed(state: FakeState, seed: SeedOption): { admin: Principal; reader: Principal } {
  const principals = addPrincipals(state);
  const scenario = scenarioOf(seed);
  for (const area of allAreas) area.seed?.(state, scenario);
  return principals;
}
