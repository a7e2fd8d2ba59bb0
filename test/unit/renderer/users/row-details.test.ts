import { describe, expect, it } from 'vitest';
import { RowDetailsLoader, detailsOf } from '../../../../renderer/areas/users/row-details';
import type { KnownDetails } from '../../../../renderer/areas/users/user-table';

/** A fetch whose answers the test releases one by one. */
function controlledFetch() {
  const calls: string[] = [];
  const pending = new Map<string, { resolve: (d: KnownDetails) => void; reject: (e: Error) => void }>();
  const fetch = (username: string) =>
    new Promise<KnownDetails>((resolve, reject) => {
      calls.push(username);
      pending.set(username, { resolve, reject });
    });
  const settle = async () => {
    for (let i = 0; i < 5; i++) await Promise.resolve();
  };
  return {
    calls,
    fetch,
    inFlight: () => [...pending.keys()],
    async answer(username: string, details: KnownDetails) {
      pending.get(username)?.resolve(details);
      pending.delete(username);
      await settle();
    },
    async fail(username: string, message: string) {
      pending.get(username)?.reject(new Error(message));
      pending.delete(username);
      await settle();
    },
  };
}

function loaderWith(fake: ReturnType<typeof controlledFetch>, concurrency = 2) {
  const known = new Map<string, KnownDetails>();
  const failures: string[] = [];
  const loader = new RowDetailsLoader({
    fetch: fake.fetch,
    isKnown: (name) => known.has(name),
    onDetails: (name, details) => known.set(name, details),
    onFailure: (name) => failures.push(name),
    concurrency,
  });
  return { loader, known, failures };
}

describe('RowDetailsLoader', () => {
  it('reads the rows in view, a bounded number at a time, each user once', async () => {
    const fake = controlledFetch();
    const { loader, known } = loaderWith(fake);
    loader.want(['a', 'b', 'c', 'd']);
    expect(fake.inFlight()).toEqual(['a', 'b']);
    await fake.answer('a', { admin: true, email: 'a@x' });
    expect(fake.inFlight()).toEqual(['b', 'c']);
    await fake.answer('b', { admin: false });
    await fake.answer('c', { admin: false });
    await fake.answer('d', { admin: false });
    expect(known.get('a')).toEqual({ admin: true, email: 'a@x' });
    expect(loader.peak).toBe(2);
    // Back in view later: nothing is read again.
    loader.want(['a', 'b', 'c', 'd']);
    expect(fake.calls).toEqual(['a', 'b', 'c', 'd']);
  });

  it('never reads users that scrolled out of view before their turn', async () => {
    const fake = controlledFetch();
    const { loader } = loaderWith(fake);
    loader.want(['a', 'b', 'c', 'd', 'e']);
    loader.want(['x', 'y']);
    await fake.answer('a', { admin: false });
    await fake.answer('b', { admin: false });
    expect(fake.calls).toEqual(['a', 'b', 'x', 'y']);
  });

  it('records a failure with its reason and does not retry it', async () => {
    const fake = controlledFetch();
    const { loader, failures } = loaderWith(fake, 1);
    loader.want(['a', 'b']);
    await fake.fail('a', 'HTTP 403');
    expect(failures).toEqual(['a']);
    expect(loader.failure('a')).toBe('HTTP 403');
    expect(fake.inFlight()).toEqual(['b']);
    loader.want(['a']);
    expect(fake.calls.filter((name) => name === 'a')).toHaveLength(1);
  });

  it('after close, starts nothing and drops answers still on their way; open() resumes', async () => {
    const fake = controlledFetch();
    const { loader, known } = loaderWith(fake);
    loader.want(['a']);
    loader.close();
    await fake.answer('a', { admin: true });
    expect(known.size).toBe(0);
    loader.want(['b']);
    expect(fake.calls).toEqual(['a']);
    loader.open();
    loader.want(['b']);
    expect(fake.calls).toEqual(['a', 'b']);
  });

  it('keeps the e-mail and the admin in effect (own flag or through a group) of a user', () => {
    expect(detailsOf({ effective_admin: true, email: 'a@x' })).toEqual({ admin: true, email: 'a@x' });
    expect(detailsOf({ effective_admin: false })).toEqual({ admin: false });
  });
});
