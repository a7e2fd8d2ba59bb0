import { z } from 'zod';
import { DOT_SEGMENT_MESSAGE, isDotSegment } from '../../api/request';

export const USER_STATUSES = ['invited', 'enabled', 'disabled', 'locked'] as const;
export const USER_REALMS = ['internal', 'saml', 'oauth', 'ldap', 'crowd', 'scim'] as const;

/** Lower case letters, digits and . - _ @ + (Access's rule). */
export const USERNAME_PATTERN = /^[a-z0-9.\-_@+]+$/;
export const usernameSchema = z
  .string()
  .min(1, 'Username is required')
  .max(64, 'Username is at most 64 characters')
  .regex(USERNAME_PATTERN, 'Username may hold only lower-case letters, digits and . - _ @ +')
  .refine((value) => !isDotSegment(value), DOT_SEGMENT_MESSAGE);

/**
 * One row of GET /access/api/v2/users. The platform also sends each user's `uri`; the window
 * has no use for it and it is half the bytes of a 10,000-user page, so main leaves it out.
 */
export interface UserSummary {
  username: string;
  realm: string;
  status: string;
}

export interface UserPage {
  users: UserSummary[];
  /** Empty or missing when this was the last page. */
  cursor?: string;
}

export interface UserDetails {
  username: string;
  email?: string;
  groups: string[];
  realm: string;
  status: string;
  /** The user's own admin flag (what an update sets). */
  admin: boolean;
  /**
   * Admin in effect: the own flag, or admin through a group (`effective_admin`, Access
   * 7.66+). Show this wherever "admin" is shown; older versions only know `admin`.
   */
  effective_admin: boolean;
  profile_updatable: boolean;
  internal_password_disabled: boolean;
  disable_ui_access: boolean;
}

export const userCreateSchema = z
  .object({
    username: usernameSchema,
    email: z.string().email('Email is not valid'),
    password: z.string().min(1).max(1024).optional(),
    groups: z.array(z.string().min(1)).default([]),
    admin: z.boolean().default(false),
    profile_updatable: z.boolean().default(true),
    internal_password_disabled: z.boolean().default(false),
    disable_ui_access: z.boolean().default(false),
  })
  .superRefine((value, ctx) => {
    if (!value.internal_password_disabled && !value.password) {
      ctx.addIssue({ code: 'custom', path: ['password'], message: 'Password is required unless the internal password is disabled' });
    }
  });
export type UserCreate = z.input<typeof userCreateSchema>;

export const userUpdateSchema = z.object({
  email: z.string().email('Email is not valid').optional(),
  password: z.string().min(1).max(1024).optional(),
  admin: z.boolean().optional(),
  profile_updatable: z.boolean().optional(),
  internal_password_disabled: z.boolean().optional(),
  disable_ui_access: z.boolean().optional(),
});
export type UserUpdate = z.infer<typeof userUpdateSchema>;

export const addRemoveSchema = z.object({
  add: z.array(z.string().min(1)).default([]),
  remove: z.array(z.string().min(1)).default([]),
});
