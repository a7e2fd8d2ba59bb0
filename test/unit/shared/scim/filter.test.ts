import { describe, expect, it } from 'vitest';
import { scimFilter, scimString } from '../../../../shared/areas/scim/filter';

describe('scimFilter', () => {
  it.each([
    ['userName', 'eq', 'jane', 'userName eq "jane"'],
    ['userName', 'sw', 'ja', 'userName sw "ja"'],
    ['displayName', 'co', 'dev', 'displayName co "dev"'],
    ['userName', 'eq', 'jane@example.com', 'userName eq "jane@example.com"'],
    ['userName', 'eq', 'a"b', 'userName eq "a\\"b"'],
    ['userName', 'eq', 'a\\b', 'userName eq "a\\\\b"'],
    ['userName', 'eq', 'x" or userName pr "', 'userName eq "x\\" or userName pr \\""'],
    ['displayName', 'eq', 'tab\there', 'displayName eq "tab\\there"'],
    ['displayName', 'eq', 'ünïcødé', 'displayName eq "ünïcødé"'],
    ['userName', 'eq', '', 'userName eq ""'],
  ] as const)('%s %s %j → %s', (attribute, operator, value, expected) => {
    expect(scimFilter(attribute, operator, value)).toBe(expected);
  });

  it('a quoted value parses back to the same text, whatever it holds', () => {
    for (const value of ['plain', 'q"uote', 'back\\slash', 'new\nline', '"]', '\u0001']) expect(JSON.parse(scimString(value))).toBe(value);
  });
});
