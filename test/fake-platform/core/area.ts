// The shape of every area of the fake platform: its routes and its seed, in one module
// (test/fake-platform/areas/<area>.ts), listed once in areas/index.ts.
import type { FakeModule } from './module';
import type { FakeState } from './state';

/** What a seed builds: a small world, the demo organisation, or scale data. */
export type SeedScenario = { kind: 'minimal' } | { kind: 'demo' } | { kind: 'scale'; users: number; groups: number; tokens?: number };

export interface FakeArea {
  name: string;
  routes: FakeModule;
  /** Fills this area's part of the state. Areas seed in list order (groups before users). */
  seed?: (state: FakeState, scenario: SeedScenario) => void;
}

/**
 * State an area keeps for itself (projects, webhooks…), created on first use, so a new
 * area needs no field in core/state.ts.
 */
export function areaState<T>(state: FakeState, area: string, create: () => T): T {
  let value = state.extras.get(area) as T | undefined;
  if (value === undefined) {
    value = create();
    state.extras.set(area, value);
  }
  return value;
}
