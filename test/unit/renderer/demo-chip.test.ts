// The demo instance shows one demo chip, not two.
import { describe, expect, it } from 'vitest';
import { showsDemoChip } from '../../../renderer/app/demo-chip';

describe('demo chip', () => {
  it('is left out when the environment label already says DEMO, in any case', () => {
    expect(showsDemoChip({ demo: true, environment: 'DEMO' })).toBe(false);
    expect(showsDemoChip({ demo: true, environment: ' demo ' })).toBe(false);
  });

  it('marks a demo instance with another label or none, and never a real one', () => {
    expect(showsDemoChip({ demo: true, environment: 'PROD' })).toBe(true);
    expect(showsDemoChip({ demo: true, environment: '' })).toBe(true);
    expect(showsDemoChip({ demo: false, environment: 'DEMO' })).toBe(false);
    expect(showsDemoChip({ environment: '' })).toBe(false);
  });
});
