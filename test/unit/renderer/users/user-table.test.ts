import { describe, expect, it } from 'vitest';
import { UserTable } from '../../../../renderer/areas/users/user-table';
import { summary, tableOf } from './support';

describe('UserTable', () => {
  it('keeps every user once, with lower-case names and realm/status codes, and moves the versions that changed', () => {
    const table = new UserTable();
    const seen: number[] = [];
    table.subscribe(() => seen.push(table.version));
    table.append([summary('Alice:saml:enabled'), summary('bob'), summary('carol:ldap:disabled')]);
    expect(table.count).toBe(3);
    expect(table.lower).toEqual(['alice', 'bob', 'carol']);
    expect([table.realmOf(0), table.statusOf(2)]).toEqual(['saml', 'disabled']);
    expect([table.rowsVersion, table.fieldsVersion, table.detailsVersion]).toEqual([1, 0, 0]);

    // The same user again (a later page, a refreshed status) replaces, never duplicates.
    table.append([summary('bob:internal:disabled')]);
    expect(table.count).toBe(3);
    expect(table.statusOf(table.rowOf('bob'))).toBe('disabled');
    expect([table.rowsVersion, table.fieldsVersion]).toEqual([1, 1]);

    // Nothing new: the version moves (listeners run) but no view has to recompute.
    table.append([summary('bob:internal:disabled')]);
    expect([table.rowsVersion, table.fieldsVersion]).toEqual([1, 1]);
    expect(seen).toEqual([1, 2, 3]);
  });

  it('records details only for users it holds, and only when they change', () => {
    const table = tableOf('alice', 'bob');
    table.setDetails('alice', { admin: true, email: 'a@example.com' });
    table.setDetails('alice', { admin: true, email: 'a@example.com' });
    table.setDetails('ghost', { admin: true });
    expect(table.detailsVersion).toBe(1);
    expect(table.details.get('alice')).toEqual({ admin: true, email: 'a@example.com' });
    expect(table.details.has('ghost')).toBe(false);

    table.upsert(summary('dave:saml:invited'), { admin: false });
    expect(table.rowOf('dave')).toBe(2);
    expect(table.details.get('dave')).toEqual({ admin: false });
    expect(table.rowsVersion).toBe(2);
  });

  it('removes many users in one pass and keeps rows, index, details and search in step', () => {
    const table = tableOf('alice', 'bob', 'carol', 'dave');
    table.setDetails('bob', { admin: false });
    expect(table.nameSearch().size).toBe(4);
    table.removeMany(['bob', 'dave', 'nobody']);
    expect(table.names).toEqual(['alice', 'carol']);
    expect(table.lower).toEqual(['alice', 'carol']);
    expect(table.rowOf('carol')).toBe(1);
    expect(table.has('bob')).toBe(false);
    expect(table.details.has('bob')).toBe(false);
    const marks = new Uint8Array(2);
    expect(table.nameSearch().mark('car', marks)).toBe(1);
    expect(Array.from(marks)).toEqual([0, 1]);
    // Removing nobody changes nothing.
    const version = table.version;
    table.removeMany(['nobody']);
    expect(table.version).toBe(version);
  });

  it('says when loading ended, and why it stopped', () => {
    const table = tableOf('alice');
    const failure = new Error('HTTP 500');
    table.finish(failure);
    expect(table.done).toBe(true);
    expect(table.error).toBe(failure);
  });
});
