// Pure form logic of the SCIM screen: names typed or pasted, and the PATCH forms turned
// into the contract's inputs (validated with the contract's own schemas).
import type { z } from 'zod';
import { scimMemberChangesSchema, scimUserChangesSchema, type ScimUser, type ScimUserChanges } from '../../../shared/areas/scim/model';

/** Names from pasted text: split on commas, semicolons, whitespace; trimmed; each once, in order. */
export function parseNames(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[\s,;]+/)
        .map((name) => name.trim())
        .filter(Boolean),
    ),
  ];
}

export type ActiveChoice = 'keep' | 'active' | 'inactive';

export interface UserPatchForm {
  active: ActiveChoice;
  email: string;
  addGroups: string;
  removeGroups: string;
}

export const emptyUserPatch = (): UserPatchForm => ({ active: 'keep', email: '', addGroups: '', removeGroups: '' });

/** Only what the form changes: the e-mail when it differs from the current primary one. */
export function userChangesOf(form: UserPatchForm, current?: Pick<ScimUser, 'emails'>): ScimUserChanges {
  const out: ScimUserChanges = {};
  if (form.active !== 'keep') out.active = form.active === 'active';
  const email = form.email.trim();
  const currentEmail = current?.emails.find((e) => e.primary)?.value ?? current?.emails[0]?.value;
  if (email && email !== currentEmail) out.email = email;
  const add = parseNames(form.addGroups);
  const remove = parseNames(form.removeGroups);
  if (add.length) out.addGroups = add;
  if (remove.length) out.removeGroups = remove;
  return out;
}

export interface MemberForm {
  add: string;
  remove: string;
}

export const memberChangesOf = (form: MemberForm) => ({ add: parseNames(form.add), remove: parseNames(form.remove) });

/** The first problem the schema finds, as the sentence to show; undefined when valid. */
export function firstProblem(schema: z.ZodType, value: unknown): string | undefined {
  const parsed = schema.safeParse(value);
  return parsed.success ? undefined : parsed.error.issues[0]?.message;
}

export const userChangesProblem = (changes: ScimUserChanges) => firstProblem(scimUserChangesSchema, changes);
export const memberChangesProblem = (changes: { add: string[]; remove: string[] }) => firstProblem(scimMemberChangesSchema, changes);
