import { z } from 'zod';
import { pathNameSchema } from '../../api/request';

export interface GroupSummary {
  group_name: string;
  uri?: string;
}

export interface GroupPage {
  groups: GroupSummary[];
  cursor?: string;
}

export interface GroupDetails {
  name: string;
  description?: string;
  auto_join: boolean;
  admin_privileges: boolean;
  realm?: string;
  realm_attributes?: string;
  external_id?: string;
  members: string[];
}

/** 1–64 characters; never "." or ".." (they would be path steps, not a group). */
export const groupNameSchema = pathNameSchema(64);

const groupFields = {
  description: z.string().max(1024).optional(),
  auto_join: z.boolean().optional(),
  admin_privileges: z.boolean().optional(),
  external_id: z.string().max(255).optional(),
};

const notBothAutoJoinAndAdmin = (value: { auto_join?: boolean; admin_privileges?: boolean }, ctx: z.RefinementCtx) => {
  if (value.auto_join && value.admin_privileges) {
    ctx.addIssue({ code: 'custom', path: ['auto_join'], message: 'A group cannot both join new users automatically and grant admin privileges' });
  }
};

export const groupCreateSchema = z.object({ name: groupNameSchema, ...groupFields, members: z.array(z.string()).default([]) }).superRefine(notBothAutoJoinAndAdmin);

export const groupUpdateSchema = z.object(groupFields).superRefine(notBothAutoJoinAndAdmin);
export type GroupUpdate = z.infer<typeof groupUpdateSchema>;
