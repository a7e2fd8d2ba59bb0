// SCIM PatchOp bodies (RFC 7644 §3.5.2) built from what a form holds. The op names are
// written as JFrog's documentation writes them ("Replace", "Add", "Remove"); RFC 7644
// servers compare them without regard to case [unsure whether Access requires this casing].

export const PATCH_OP_SCHEMA = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';

export type ScimOpName = 'Add' | 'Remove' | 'Replace';

export interface ScimOperation {
  op: ScimOpName;
  path: string;
  value?: unknown;
}

export interface ScimPatchBody {
  schemas: [typeof PATCH_OP_SCHEMA];
  Operations: ScimOperation[];
}

/** What the user PATCH form may change. */
export interface UserChanges {
  active?: boolean;
  /** The new primary e-mail. */
  email?: string;
  addGroups?: string[];
  removeGroups?: string[];
}

/** What the group PATCH form may change: members by user name. */
export interface MemberChanges {
  add?: string[];
  remove?: string[];
}

const patch = (operations: ScimOperation[]): ScimPatchBody => ({ schemas: [PATCH_OP_SCHEMA], Operations: operations });

/**
 * A user PatchOp: `active` and `emails` are replaced; groups are added with one "Add"
 * of every group and removed one "Remove" per group with a value filter, as RFC 7644
 * §3.5.2.2 writes a removal from a multi-valued attribute.
 */
export function userPatchBody(changes: UserChanges): ScimPatchBody {
  const ops: ScimOperation[] = [];
  if (changes.active !== undefined) ops.push({ op: 'Replace', path: 'active', value: changes.active });
  if (changes.email !== undefined) ops.push({ op: 'Replace', path: 'emails', value: [{ value: changes.email, primary: true }] });
  const add = unique(changes.addGroups);
  if (add.length > 0) ops.push({ op: 'Add', path: 'groups', value: add.map((value) => ({ value })) });
  for (const group of unique(changes.removeGroups)) ops.push({ op: 'Remove', path: `groups[value eq ${JSON.stringify(group)}]` });
  return patch(ops);
}

/**
 * A group PatchOp on `members`: additions in one "Add" (with `$ref: null`, as JFrog's
 * example sends), removals one "Remove" per member with a value filter.
 */
export function memberPatchBody(changes: MemberChanges): ScimPatchBody {
  const ops: ScimOperation[] = [];
  const add = unique(changes.add);
  if (add.length > 0) ops.push({ op: 'Add', path: 'members', value: add.map((value) => ({ $ref: null, value })) });
  for (const member of unique(changes.remove)) ops.push({ op: 'Remove', path: `members[value eq ${JSON.stringify(member)}]` });
  return patch(ops);
}

function unique(values: readonly string[] | undefined): string[] {
  return [...new Set(values ?? [])];
}
