// Which projects a user belongs to, from what the platform says about each project's
// members: directly, or through one of the user's groups. There is no "projects of a
// user" call, so the answer is built from the projects' member lists.
import type { ProjectMember } from '../../../shared/areas/projects/model';

export interface UserMembership {
  projectKey: string;
  /** Every role the user holds there, directly or through groups. */
  roles: string[];
  /** 'directly', or the groups that carry the membership. */
  via: string[];
}

export function membershipIn(
  projectKey: string,
  username: string,
  userGroups: readonly string[],
  users: readonly ProjectMember[],
  groups: readonly ProjectMember[],
): UserMembership | null {
  const roles = new Set<string>();
  const via: string[] = [];
  const direct = users.find((member) => member.name === username);
  if (direct) {
    via.push('directly');
    for (const role of direct.roles) roles.add(role);
  }
  const mine = new Set(userGroups);
  for (const group of groups) {
    if (!mine.has(group.name)) continue;
    via.push(`group ${group.name}`);
    for (const role of group.roles) roles.add(role);
  }
  return via.length ? { projectKey, roles: [...roles], via } : null;
}
