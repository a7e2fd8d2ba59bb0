// SCIM (Access, `/access/api/v1/scim/v2`): the resources the renderer sees and the zod
// schemas of every input, with the platform's rules (docs/api-notes/scim.md).
import { z } from 'zod';
import { pathNameSchema } from '../../api/request';
import { SCIM_FILTER_OPERATORS } from './filter';

export const SCIM_USER_SCHEMA = 'urn:ietf:params:scim:schemas:core:2.0:User';
export const SCIM_GROUP_SCHEMA = 'urn:ietf:params:scim:schemas:core:2.0:Group';
export const SCIM_ERROR_SCHEMA = 'urn:ietf:params:scim:api:messages:2.0:Error';
export const SCIM_CONTENT_TYPE = 'application/scim+json';
/** The platform answers a list with at most this many resources, whatever is asked. */
export const SCIM_RESULT_LIMIT = 20;

export interface ScimEmail {
  value: string;
  primary: boolean;
}

export interface ScimUser {
  id: string;
  userName: string;
  active: boolean;
  emails: ScimEmail[];
  /** Group names (`groups[].value`). */
  groups: string[];
  schemas: string[];
  meta: Record<string, string>;
  /** The resource exactly as the platform sent it. */
  raw: unknown;
}

export interface ScimMember {
  value: string;
  display?: string;
}

export interface ScimGroup {
  id: string;
  displayName: string;
  members: ScimMember[];
  schemas: string[];
  meta: Record<string, string>;
  raw: unknown;
}

/** A lookup: the resource, or the platform's "not found" (a 200 or a 404 with a SCIM error body). */
export type ScimLookup<T> = { found: true; resource: T } | { found: false; status: number; detail: string };

export interface ScimList<T> {
  /** The filter sent, as the admin reads it ('' for none). */
  filter: string;
  totalResults: number;
  itemsPerPage: number;
  resources: T[];
}

// ---- Inputs -----------------------------------------------------------------------------

/**
 * A user name SCIM creates: Access's characters, in either case (the platform lowers it).
 * [unsure] the platform's own length limit; Access names are at most 64 characters.
 */
export const SCIM_USER_NAME_PATTERN = /^[A-Za-z0-9.\-_@+]+$/;
export const scimNewUserNameSchema = pathNameSchema(64, 'User name').pipe(
  z.string().regex(SCIM_USER_NAME_PATTERN, 'User name may hold only letters, digits and . - _ @ + (the platform stores it in lower case)'),
);
/** An existing user's name as a path segment (other realms may hold other characters). */
export const scimUserNameSchema = pathNameSchema(255, 'User name');
/** A group's display name: Access group names are 1–64 characters. */
export const scimGroupNameSchema = pathNameSchema(64, 'Group name');
/** A filter value: anything; the filter builder quotes and escapes it. Empty lists the first 20. */
export const scimFilterValueSchema = z.string().max(255, 'A filter value is at most 255 characters');
export const scimFilterOperatorSchema = z.enum(SCIM_FILTER_OPERATORS, { message: 'Choose is exactly, starts with or contains' });

export const scimEmailSchema = z.string().email('E-mail is not valid').max(255, 'E-mail is at most 255 characters');

export const scimUserFormSchema = z
  .object({
    userName: scimNewUserNameSchema,
    active: z.boolean().default(true),
    email: scimEmailSchema,
  })
  .strict();
export type ScimUserForm = z.input<typeof scimUserFormSchema>;

const groupList = z.array(scimGroupNameSchema).max(100, 'At most 100 groups in one change');
const memberList = z.array(scimUserNameSchema).max(500, 'At most 500 members in one change');

export const scimUserChangesSchema = z
  .object({
    active: z.boolean().optional(),
    email: scimEmailSchema.optional(),
    addGroups: groupList.optional(),
    removeGroups: groupList.optional(),
  })
  .strict()
  .superRefine((value, ctx) => {
    const nothing = value.active === undefined && value.email === undefined && !value.addGroups?.length && !value.removeGroups?.length;
    if (nothing) ctx.addIssue({ code: 'custom', message: 'Choose at least one change: active, e-mail, or a group to add or remove' });
    const both = value.addGroups?.find((group) => value.removeGroups?.includes(group));
    if (both !== undefined) ctx.addIssue({ code: 'custom', path: ['removeGroups'], message: `"${both}" cannot be both added and removed` });
  });
export type ScimUserChanges = z.input<typeof scimUserChangesSchema>;

export const scimGroupFormSchema = z
  .object({
    displayName: scimGroupNameSchema,
    members: memberList.default([]),
  })
  .strict();
export type ScimGroupForm = z.input<typeof scimGroupFormSchema>;

export const scimMemberChangesSchema = z
  .object({ add: memberList.default([]), remove: memberList.default([]) })
  .strict()
  .superRefine((value, ctx) => {
    if (value.add.length === 0 && value.remove.length === 0) ctx.addIssue({ code: 'custom', message: 'Add or remove at least one member' });
    const both = value.add.find((name) => value.remove.includes(name));
    if (both !== undefined) ctx.addIssue({ code: 'custom', path: ['remove'], message: `"${both}" cannot be both added and removed` });
  });

/** How many users one drift check may compare (two requests each). */
export const DRIFT_MAX_USERS = 500;

export const driftSourceSchema = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('names'),
      userNames: z.array(scimUserNameSchema).min(1, 'Paste at least one user name').max(DRIFT_MAX_USERS, `At most ${DRIFT_MAX_USERS} users in one check`),
    })
    .strict(),
  z.object({ kind: z.literal('group'), group: scimGroupNameSchema }).strict(),
]);
export type DriftSource = z.infer<typeof driftSourceSchema>;
