// Users list their groups and groups list their members: two views of one relation.
// These helpers change both sides together so the views never drift.

import type { FakeState } from './state';

export function addMembership(state: FakeState, username: string, groupName: string): void {
  const user = state.users.get(username);
  const group = state.groups.get(groupName);
  if (!user || !group) return;
  if (!user.groups.includes(groupName)) user.groups.push(groupName);
  if (!group.members.includes(username)) group.members.push(username);
}

export function removeMembership(state: FakeState, username: string, groupName: string): void {
  const user = state.users.get(username);
  const group = state.groups.get(groupName);
  if (user) user.groups = user.groups.filter((name) => name !== groupName);
  if (group) group.members = group.members.filter((name) => name !== username);
}

/** A new user joins every auto_join group (API-NOTES "Users"). */
export function applyAutoJoin(state: FakeState, username: string): void {
  for (const group of state.groups.values()) {
    if (group.auto_join) addMembership(state, username, group.name);
  }
}

/** Deleting a user or group removes it from the other side's lists. */
export function forgetUser(state: FakeState, username: string): void {
  const user = state.users.get(username);
  for (const groupName of user?.groups ?? []) {
    const group = state.groups.get(groupName);
    if (group) group.members = group.members.filter((name) => name !== username);
  }
  state.lockedUsers.delete(username);
}

export function forgetGroup(state: FakeState, groupName: string): void {
  const group = state.groups.get(groupName);
  for (const username of group?.members ?? []) {
    const user = state.users.get(username);
    if (user) user.groups = user.groups.filter((name) => name !== groupName);
  }
}
