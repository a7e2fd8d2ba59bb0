// The drift check: what SCIM says about a user against what the Access users API says,
// field by field. A fix is offered only where it is unambiguous: it writes, through SCIM,
// what Access holds (Access is what is in effect), one request per fix.
import type { ScimUser } from './model';
import type { ScimUserChanges } from './model';

/** What the Access users API says about a user (v2 user details). */
export interface AccessSide {
  status: string;
  email?: string;
  groups: string[];
}

/** What SCIM says about a user. */
export interface ScimSide {
  active: boolean;
  email?: string;
  groups: string[];
}

export type DriftField = 'exists' | 'active' | 'email' | 'groups';

export type DriftFix =
  | { call: 'scim.patchUser'; label: string; input: { userName: string; changes: ScimUserChanges } }
  | { call: 'scim.patchGroup'; label: string; input: { displayName: string; changes: { add: string[]; remove: string[] } } };

export interface DriftDifference {
  field: DriftField;
  /** What SCIM says, as text. */
  scim: string;
  /** What Access says, as text. */
  access: string;
  fix?: DriftFix;
  /** Why there is no fix, when there is none. */
  note?: string;
}

export type DriftState = 'clean' | 'drift' | 'error';

export interface DriftRow {
  userName: string;
  state: DriftState;
  scim?: ScimSide;
  access?: AccessSide;
  differences: DriftDifference[];
  /** The failure that kept this user from being compared. */
  error?: string;
}

export interface DriftReport {
  /** What was checked, for the heading: "3 pasted names" or "group developers". */
  source: string;
  rows: DriftRow[];
}

export const scimSideOf = (user: ScimUser): ScimSide => ({
  active: user.active,
  email: (user.emails.find((e) => e.primary) ?? user.emails[0])?.value,
  groups: user.groups,
});

const sameEmail = (a: string | undefined, b: string | undefined): boolean => (a ?? '').toLowerCase() === (b ?? '').toLowerCase();

/** Every difference between the two sides of one user; empty when they agree. */
export function compareUser(userName: string, scim: ScimSide | undefined, access: AccessSide | undefined): DriftDifference[] {
  if (!scim && !access) return [{ field: 'exists', scim: 'not found', access: 'not found', note: 'Neither API knows this user: check the spelling.' }];
  if (!scim) return [{ field: 'exists', scim: 'not found', access: `exists (${access!.status})`, note: 'Provision the user from the identity provider, or create it here.' }];
  if (!access) return [{ field: 'exists', scim: 'exists', access: 'not found', note: 'Only the identity provider can say whether this user should exist.' }];

  const out: DriftDifference[] = [];
  // Access statuses other than enabled/disabled (locked, invited) have no SCIM equivalent.
  const accessActive = access.status === 'enabled' ? true : access.status === 'disabled' ? false : undefined;
  if (accessActive === undefined) {
    if (!scim.active) out.push({ field: 'active', scim: 'inactive', access: access.status, note: `Access says ${access.status}, which SCIM cannot express.` });
  } else if (accessActive !== scim.active) {
    out.push({
      field: 'active',
      scim: scim.active ? 'active' : 'inactive',
      access: access.status,
      fix: { call: 'scim.patchUser', label: accessActive ? 'Activate in SCIM' : 'Deactivate in SCIM', input: { userName, changes: { active: accessActive } } },
    });
  }
  if (!sameEmail(scim.email, access.email)) {
    out.push({
      field: 'email',
      scim: scim.email ?? '(none)',
      access: access.email ?? '(none)',
      ...(access.email
        ? { fix: { call: 'scim.patchUser' as const, label: 'Set the Access e-mail in SCIM', input: { userName, changes: { email: access.email } } } }
        : { note: 'Access has no e-mail to write.' }),
    });
  }
  const onlyScim = scim.groups.filter((g) => !access.groups.includes(g)).sort();
  const onlyAccess = access.groups.filter((g) => !scim.groups.includes(g)).sort();
  for (const group of onlyScim) {
    out.push({
      field: 'groups',
      scim: `member of ${group}`,
      access: `not in ${group}`,
      fix: { call: 'scim.patchGroup', label: `Remove from ${group} in SCIM`, input: { displayName: group, changes: { add: [], remove: [userName] } } },
    });
  }
  for (const group of onlyAccess) {
    out.push({
      field: 'groups',
      scim: `not in ${group}`,
      access: `member of ${group}`,
      fix: { call: 'scim.patchGroup', label: `Add to ${group} in SCIM`, input: { displayName: group, changes: { add: [userName], remove: [] } } },
    });
  }
  return out;
}
