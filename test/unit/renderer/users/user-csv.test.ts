import { describe, expect, it } from 'vitest';
import { csvField, csvFileName, usersCsv } from '../../../../renderer/areas/users/user-csv';
import { tableOf } from './support';

describe('users CSV', () => {
  it('lists the given rows in order with every known column, blanks where details were not read', () => {
    const table = tableOf('alice:saml:enabled', 'bob:internal:enabled', 'carol:ldap:disabled');
    table.setDetails('alice', { admin: true, email: 'alice@example.com' });
    table.setDetails('carol', { admin: false });
    const csv = usersCsv(table, Int32Array.from([2, 0, 1]), new Set(['bob']));
    expect(csv).toBe(['username,email,realm,status,admin', 'carol,,ldap,disabled,false', 'alice,alice@example.com,saml,enabled,true', 'bob,,internal,locked,', ''].join('\r\n'));
  });

  it('quotes fields that need it and defuses what a spreadsheet would run as a formula', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('=1+2')).toBe("'=1+2");
    expect(csvField('+1')).toBe("'+1");
    expect(csvField('-x')).toBe("'-x");
    expect(csvField('@sum')).toBe("'@sum");
    expect(csvField('=a,b')).toBe(`"'=a,b"`);
  });

  it('an empty list is the header alone', () => {
    expect(usersCsv(tableOf('alice'), new Int32Array(0), new Set())).toBe('username,email,realm,status,admin\r\n');
  });

  it('names the file after the instance and the day', () => {
    expect(csvFileName('ACME Prod (EU)', new Date('2026-03-04T10:00:00Z'))).toBe('users-acme-prod-eu-2026-03-04.csv');
    expect(csvFileName('ünïcode', new Date('2026-03-04T10:00:00Z'))).toBe('users-n-code-2026-03-04.csv');
    expect(csvFileName('***', new Date('2026-03-04T10:00:00Z'))).toBe('users-instance-2026-03-04.csv');
  });
});
