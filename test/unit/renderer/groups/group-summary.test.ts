// What a row of the groups list shows, and the member search of a group.
import { describe, expect, it } from 'vitest';
import { matchingMembers, membersLabel, summaryOf } from '../../../../renderer/areas/groups/group-summary';

describe('group summary', () => {
  it('keeps the description and the member count, not the member names', () => {
    const members = Array.from({ length: 1200 }, (_, i) => `user-${i}`);
    expect(summaryOf({ name: 'readers', description: 'Everyone', auto_join: true, admin_privileges: false, members })).toEqual({ description: 'Everyone', members: 1200 });
    expect(summaryOf({ name: 'x', auto_join: false, admin_privileges: false, members: [] })).toEqual({ description: '', members: 0 });
  });

  it('labels counts for people', () => {
    expect(membersLabel(0)).toBe('0 members');
    expect(membersLabel(1)).toBe('1 member');
    expect(membersLabel(12400)).toBe('12,400 members');
  });

  it('searches members by any part of the name, any case; a blank search keeps the list as it is', () => {
    const members = ['alice', 'Bob.Smith', 'carol.sso', 'robert'];
    expect(matchingMembers(members, 'BOB')).toEqual(['Bob.Smith']);
    expect(matchingMembers(members, ' ob ')).toEqual(['Bob.Smith', 'robert']);
    expect(matchingMembers(members, 'nobody')).toEqual([]);
    expect(matchingMembers(members, '  ')).toBe(members);
  });
});
