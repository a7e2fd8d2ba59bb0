import { describe, expect, it } from 'vitest';
import { NO_FILTERS, UserView, effectiveStatus, type UserFilters } from '../../../../renderer/areas/users/user-view';
import { namesOf, summary, tableOf } from './support';

const NONE = new Set<string>();
const filters = (patch: Partial<UserFilters>): UserFilters => ({ ...NO_FILTERS, ...patch });

function sample() {
  return tableOf('carol:ldap:enabled', 'alice:saml:disabled', 'Bob:internal:enabled', 'dave:internal:invited', 'erin:saml:enabled', 'bobby:scim:enabled');
}

describe('UserView: filters', () => {
  it('shows every user in the platform order without filters, and matches text case-insensitively after trimming', () => {
    const table = sample();
    const view = new UserView(table);
    expect(namesOf(table, view.rows(NO_FILTERS, NONE, null))).toEqual(['carol', 'alice', 'Bob', 'dave', 'erin', 'bobby']);
    expect(namesOf(table, view.rows(filters({ text: '  BO ' }), NONE, null))).toEqual(['Bob', 'bobby']);
    expect(namesOf(table, view.rows(filters({ text: 'zz' }), NONE, null))).toEqual([]);
  });

  it('combines realm, status (the locked list wins) and group membership with the text', () => {
    const table = sample();
    const view = new UserView(table);
    const locked = new Set(['erin']);
    expect(namesOf(table, view.rows(filters({ realm: 'saml' }), locked, null))).toEqual(['alice', 'erin']);
    expect(namesOf(table, view.rows(filters({ status: 'enabled' }), locked, null))).toEqual(['carol', 'Bob', 'bobby']);
    expect(namesOf(table, view.rows(filters({ status: 'locked' }), locked, null))).toEqual(['erin']);
    expect(namesOf(table, view.rows(filters({ realm: 'saml', status: 'locked' }), locked, null))).toEqual(['erin']);
    // Members: names not in the table (not loaded yet, or from another realm) are ignored.
    const members = ['bobby', 'dave', 'ghost'];
    expect(namesOf(table, view.rows(filters({ group: 'g' }), locked, members))).toEqual(['dave', 'bobby']);
    expect(namesOf(table, view.rows(filters({ group: 'g', text: 'bob' }), locked, members))).toEqual(['bobby']);
    // While the members are being read, nobody (never everyone).
    expect(namesOf(table, view.rows(filters({ group: 'g' }), locked, []))).toEqual([]);
    expect(effectiveStatus(table, table.rowOf('erin'), locked)).toBe('locked');
  });

  it('answers a longer needle from the shorter one it contains, and a deleted character from what it kept', () => {
    const table = sample();
    const view = new UserView(table);
    const b = view.rows(filters({ text: 'b' }), NONE, null);
    expect(namesOf(table, b)).toEqual(['Bob', 'bobby']);
    // A new user that matches arrives: the answers are recomputed, not served stale.
    table.append([summary('bo')]);
    const bo = view.rows(filters({ text: 'bo' }), NONE, null);
    expect(namesOf(table, bo)).toEqual(['Bob', 'bobby', 'bo']);
    const bob = view.rows(filters({ text: 'bob' }), NONE, null);
    expect(namesOf(table, bob)).toEqual(['Bob', 'bobby']);
    // Back to "bo": the same answer object as before, nothing scanned.
    expect(view.rows(filters({ text: 'bo' }), NONE, null)).toBe(bo);
  });

  it('follows changes to the table: removed users go, a changed status moves between filters', () => {
    const table = sample();
    const view = new UserView(table);
    expect(namesOf(table, view.rows(filters({ status: 'invited' }), NONE, null))).toEqual(['dave']);
    table.upsert(summary('carol:ldap:invited'));
    expect(namesOf(table, view.rows(filters({ status: 'invited' }), NONE, null))).toEqual(['carol', 'dave']);
    table.removeMany(['dave']);
    expect(namesOf(table, view.rows(filters({ status: 'invited' }), NONE, null))).toEqual(['carol']);
    expect(namesOf(table, view.rows(filters({ text: 'a' }), NONE, null))).toEqual(['carol', 'alice']);
  });

  it('a large table: the search over all names and the narrowing agree with a plain scan', () => {
    const names = Array.from({ length: 3_000 }, (_, i) => `user${(i * 7919) % 3000}.${['kov', 'mar', 'lin'][i % 3]}`);
    const table = tableOf(...names);
    const view = new UserView(table);
    const plain = (needle: string) => names.filter((n) => n.includes(needle));
    for (const needle of ['u', 'us', '1', '12', '123', '.m', '.mar', 'ma', '9', '99']) {
      expect(namesOf(table, view.rows(filters({ text: needle }), NONE, null))).toEqual(plain(needle));
    }
    // The same with a sort: the answers come in the sorted order.
    const sorted = (needle: string) => plain(needle).sort();
    for (const needle of ['1', '12', '.lin', 'l']) {
      expect(namesOf(table, view.rows(filters({ text: needle, sort: 'username' }), NONE, null))).toEqual(sorted(needle));
    }
  });
});

describe('UserView: sort', () => {
  it('sorts by username either way, case-insensitively', () => {
    const table = sample();
    const view = new UserView(table);
    expect(namesOf(table, view.rows(filters({ sort: 'username' }), NONE, null))).toEqual(['alice', 'Bob', 'bobby', 'carol', 'dave', 'erin']);
    expect(namesOf(table, view.rows(filters({ sort: 'username', descending: true }), NONE, null))).toEqual(['erin', 'dave', 'carol', 'bobby', 'Bob', 'alice']);
  });

  it('sorts by realm and by status with ties in name order, the locked list counting as a status', () => {
    const table = sample();
    const view = new UserView(table);
    const locked = new Set(['carol']);
    expect(namesOf(table, view.rows(filters({ sort: 'realm' }), locked, null))).toEqual(['Bob', 'dave', 'carol', 'alice', 'erin', 'bobby']);
    expect(namesOf(table, view.rows(filters({ sort: 'realm', descending: true }), locked, null))).toEqual(['bobby', 'alice', 'erin', 'carol', 'Bob', 'dave']);
    // disabled < enabled < invited < locked
    expect(namesOf(table, view.rows(filters({ sort: 'status' }), locked, null))).toEqual(['alice', 'Bob', 'bobby', 'erin', 'dave', 'carol']);
    // The locked list changes: the order follows.
    expect(namesOf(table, view.rows(filters({ sort: 'status' }), NONE, null))).toEqual(['alice', 'Bob', 'bobby', 'carol', 'erin', 'dave']);
  });

  it('sorts by admin and e-mail where known, the users not read yet last in both directions', () => {
    const table = sample();
    const view = new UserView(table);
    table.setDetails('erin', { admin: true, email: 'Zed@example.com' });
    table.setDetails('carol', { admin: false, email: 'amy@example.com' });
    table.setDetails('dave', { admin: false });
    expect(namesOf(table, view.rows(filters({ sort: 'admin' }), NONE, null))).toEqual(['erin', 'carol', 'dave', 'alice', 'Bob', 'bobby']);
    expect(namesOf(table, view.rows(filters({ sort: 'admin', descending: true }), NONE, null))).toEqual(['carol', 'dave', 'erin', 'alice', 'Bob', 'bobby']);
    expect(namesOf(table, view.rows(filters({ sort: 'email' }), NONE, null))).toEqual(['carol', 'erin', 'alice', 'Bob', 'bobby', 'dave']);
    expect(namesOf(table, view.rows(filters({ sort: 'email', descending: true }), NONE, null))).toEqual(['erin', 'carol', 'alice', 'Bob', 'bobby', 'dave']);
    // New details re-sort.
    table.setDetails('alice', { admin: true });
    expect(namesOf(table, view.rows(filters({ sort: 'admin' }), NONE, null)).slice(0, 2)).toEqual(['alice', 'erin']);
  });

  it('keeps a computed order until something it depends on changes', () => {
    const table = sample();
    const view = new UserView(table);
    const first = view.sorted('realm', false, NONE);
    expect(view.sorted('realm', false, NONE)).toBe(first);
    table.setDetails('alice', { admin: true });
    expect(view.sorted('realm', false, NONE)).toBe(first);
    table.append([summary('aaron:ldap:enabled')]);
    expect(namesOf(table, view.sorted('realm', false, NONE))[0]).toBe('Bob');
    expect(view.sorted('realm', false, NONE)).not.toBe(first);
  });

  it('sorts 20,000 names arriving in any order like a plain sort', () => {
    const names = Array.from({ length: 20_000 }, (_, i) => `u${(i * 104_729) % 20_000}`);
    const table = tableOf(...names);
    const view = new UserView(table);
    expect(namesOf(table, view.sorted('username', false, NONE))).toEqual([...names].sort());
  });
});
