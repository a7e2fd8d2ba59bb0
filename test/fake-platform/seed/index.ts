// Picks and applies a seed. Every seed adds the admin and reader principals first.

import type { Principal } from '../core/module';
import type { FakeState } from '../core/state';
import { seedDemo } from './demo';
import { seedMinimal } from './minimal';
import { addPrincipals } from './principals';
import { seedScale } from './scale';

export type SeedOption = 'minimal' | 'demo' | { users: number; groups: number };

export function applySeed(state: FakeState, seed: SeedOption): { admin: Principal; reader: Principal } {
  const principals = addPrincipals(state);
  if (seed === 'minimal') seedMinimal(state);
  else if (seed === 'demo') seedDemo(state);
  else seedScale(state, seed);
  return principals;
}
