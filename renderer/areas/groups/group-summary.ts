// What the groups list shows of a group besides its name.
import type { GroupDetails } from '../../../shared/areas/groups/model';

export interface GroupSummaryRow {
  description: string;
  members: number;
}

/** Only what a row shows: a large group's member names stay out of the list's cache. */
export const summaryOf = (group: GroupDetails): GroupSummaryRow => ({ description: group.description ?? '', members: group.members.length });

const count = new Intl.NumberFormat('en-US');

/** "1 member", "12,400 members". */
export const membersLabel = (members: number): string => `${count.format(members)} ${members === 1 ? 'member' : 'members'}`;

/** The members a search keeps: names containing the text, any case; all when the text is blank. */
export function matchingMembers(members: readonly string[], text: string): readonly string[] {
  const needle = text.trim().toLowerCase();
  return needle ? members.filter((name) => name.toLowerCase().includes(needle)) : members;
}
