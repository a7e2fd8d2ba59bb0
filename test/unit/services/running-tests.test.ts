// The registry that lets instances.cancelTest reach a running connection test by its id.
import { describe, expect, it } from 'vitest';
import { RunningTests } from '../../../electron/services/instances/running-tests';

describe('running connection tests', () => {
  it('cancels by id once, and forgets a test that ended', () => {
    const tests = new RunningTests();
    const a = tests.start('test-aaaa');
    const b = tests.start('test-bbbb');
    expect(tests.cancel('test-aaaa')).toBe(true);
    expect(a.signal.aborted).toBe(true);
    expect(b.signal.aborted).toBe(false);
    expect(tests.cancel('test-aaaa')).toBe(false);
    b.done();
    expect(tests.size).toBe(0);
    expect(tests.cancel('test-bbbb')).toBe(false);
    expect(b.signal.aborted).toBe(false);
  });

  it('a cancel that arrives first aborts the test when it starts; the memory of early cancels is bounded', () => {
    const tests = new RunningTests();
    tests.cancel('early-0000');
    for (let i = 0; i < 100; i++) tests.cancel(`filler-${String(i).padStart(4, '0')}`);
    expect(tests.start('filler-0099').signal.aborted).toBe(true);
    // The oldest early cancel was dropped.
    expect(tests.start('early-0000').signal.aborted).toBe(false);
  });

  it('follows the caller\u2019s own signal, and close() aborts everything', () => {
    const tests = new RunningTests();
    const parent = new AbortController();
    const child = tests.start('with-parent', parent.signal);
    const other = tests.start('other-test');
    const anonymous = tests.start(undefined, parent.signal);
    parent.abort();
    expect(child.signal.aborted).toBe(true);
    expect(anonymous.signal.aborted).toBe(true);
    expect(other.signal.aborted).toBe(false);
    tests.close();
    expect(other.signal.aborted).toBe(true);
  });

  it('a second run under the same id replaces and aborts the first', () => {
    const tests = new RunningTests();
    const first = tests.start('same-id-01');
    const second = tests.start('same-id-01');
    expect(first.signal.aborted).toBe(true);
    first.done();
    expect(tests.cancel('same-id-01')).toBe(true);
    expect(second.signal.aborted).toBe(true);
  });
});
