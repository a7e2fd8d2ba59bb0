// Projects and roles (Access v1; API-NOTES "Projects", docs/api-notes/projects.md): the
// models the renderer sees and the schemas of every input, with the platform's rules.
import { z } from 'zod';
import { DOT_SEGMENT_MESSAGE, isDotSegment, pathNameSchema } from '../../api/request';

// ---- Projects ---------------------------------------------------------------------------

/** 2–32 characters: lower-case letters, digits and hyphens, starting with a letter. */
export const PROJECT_KEY_PATTERN = /^[a-z][a-z0-9-]{1,31}$/;

export const projectKeySchema = z
  .string()
  .min(2, 'A project key is at least 2 characters')
  .max(32, 'A project key is at most 32 characters')
  .regex(/^[a-z]/, 'A project key starts with a lower-case letter')
  .regex(/^[a-z0-9-]*$/, 'A project key may hold only lower-case letters, digits and hyphens (-)');

/** The key of an existing project, as a path segment (the create rule above holds for it too). */
export const existingKeySchema = pathNameSchema(32, 'Project key');

/** The admin privileges of a project's admins, as the platform names them. */
export const ADMIN_PRIVILEGES = ['manage_members', 'manage_resources', 'manage_remote_repository', 'index_resources'] as const;
export type AdminPrivilege = (typeof ADMIN_PRIVILEGES)[number];
/** `manage_remote_repository` exists from Artifactory 7.134 (JFrog's Terraform project provider). */
export const MANAGE_REMOTE_REPOSITORY_SINCE = '7.134.0';

export const GIB = 1024 ** 3;
/** The largest quota in GiB JFrog's Terraform project provider accepts (2^33 − 1). */
export const MAX_QUOTA_GIB = 8_589_934_591;
export const UNLIMITED = -1;

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/**
 * A project as the platform holds it. Update is a PUT of the whole object, so every field
 * the platform sent is kept: the admin flags Lilypad does not show stay in
 * `admin_privileges`, other top-level fields in `other`, and both are written back as read.
 */
export interface Project {
  project_key: string;
  display_name: string;
  description: string;
  admin_privileges: Record<string, boolean>;
  /** Bytes; −1 is unlimited. */
  storage_quota_bytes: number;
  /** False blocks deployments at the quota (self-hosted only). */
  soft_limit: boolean;
  storage_quota_email_notification: boolean;
  /** Top-level fields the console does not show, written back unchanged. */
  other: Record<string, JsonValue>;
}

const displayNameSchema = z.string().trim().min(1, 'A display name is required').max(128, 'A display name is at most 128 characters');

/** A project to create or to write back whole (PUT). */
export const projectSchema = z
  .object({
    project_key: projectKeySchema,
    display_name: displayNameSchema,
    // [unsure] no client states a limit; this bound only keeps the bridge sane.
    description: z.string().max(4096, 'A description is at most 4,096 characters').default(''),
    admin_privileges: z.record(z.string().min(1).max(64), z.boolean()).default({}),
    storage_quota_bytes: z
      .number()
      .int('The storage quota is a whole number of bytes')
      .min(UNLIMITED, 'The storage quota is unlimited (−1) or a positive size')
      .max(MAX_QUOTA_GIB * GIB, `The storage quota is at most ${MAX_QUOTA_GIB.toLocaleString('en-US')} GiB`)
      .default(UNLIMITED),
    soft_limit: z.boolean().default(true),
    storage_quota_email_notification: z.boolean().default(false),
    other: z.record(z.string().min(1).max(128), z.json()).default({}),
  })
  .strict()
  .superRefine((value, ctx) => {
    if (value.admin_privileges.manage_remote_repository && !value.admin_privileges.manage_resources) {
      ctx.addIssue({ code: 'custom', path: ['admin_privileges', 'manage_remote_repository'], message: 'Managing remote repositories needs "manage resources" too' });
    }
  });
export type ProjectInput = z.input<typeof projectSchema>;

/** The body the platform gets: the fields it sent that Lilypad does not show, then the ones it does. */
export function projectBody(project: z.output<typeof projectSchema>): Record<string, unknown> {
  const { other, ...known } = project;
  return { ...other, ...known };
}

// ---- Members ----------------------------------------------------------------------------

export const MEMBER_KINDS = ['users', 'groups'] as const;
export type MemberKind = (typeof MEMBER_KINDS)[number];

export interface ProjectMember {
  name: string;
  roles: string[];
}

export const roleNameSchema = pathNameSchema(64, 'Role name');
export const memberRolesSchema = z.array(z.string().min(1, 'A role name is required').max(64, 'A role name is at most 64 characters')).min(1, 'Choose at least one role').max(100);

// ---- Roles ------------------------------------------------------------------------------

/** Every action a project role may grant (API-NOTES; JFrog's Terraform project provider). */
export const ROLE_ACTIONS = [
  'READ_REPOSITORY',
  'ANNOTATE_REPOSITORY',
  'DEPLOY_CACHE_REPOSITORY',
  'DELETE_OVERWRITE_REPOSITORY',
  'MANAGE_XRAY_MD_REPOSITORY',
  'READ_RELEASE_BUNDLE',
  'ANNOTATE_RELEASE_BUNDLE',
  'CREATE_RELEASE_BUNDLE',
  'DISTRIBUTE_RELEASE_BUNDLE',
  'DELETE_RELEASE_BUNDLE',
  'MANAGE_XRAY_MD_RELEASE_BUNDLE',
  'READ_BUILD',
  'ANNOTATE_BUILD',
  'DEPLOY_BUILD',
  'DELETE_BUILD',
  'MANAGE_XRAY_MD_BUILD',
  'READ_SOURCES_PIPELINE',
  'TRIGGER_PIPELINE',
  'READ_INTEGRATIONS_PIPELINE',
  'READ_POOLS_PIPELINE',
  'MANAGE_INTEGRATIONS_PIPELINE',
  'MANAGE_SOURCES_PIPELINE',
  'MANAGE_POOLS_PIPELINE',
  'TRIGGER_SECURITY',
  'ISSUES_SECURITY',
  'LICENCES_SECURITY',
  'REPORTS_SECURITY',
  'WATCHES_SECURITY',
  'POLICIES_SECURITY',
  'RULES_SECURITY',
  'MANAGE_MEMBERS',
  'MANAGE_RESOURCES',
] as const;
export type RoleAction = (typeof ROLE_ACTIONS)[number];

export const ROLE_TYPES = ['PREDEFINED', 'CUSTOM'] as const;

export interface ProjectRole {
  name: string;
  description?: string;
  /** PREDEFINED roles are read-only; only CUSTOM ones can be written. */
  type: string;
  environments: string[];
  actions: string[];
}

/**
 * A custom role to create or write back. Actions are not limited to the list above: a
 * newer platform may hold actions Lilypad does not know, and an edit keeps them.
 */
export const customRoleSchema = z
  .object({
    name: roleNameSchema,
    description: z.string().max(1024, 'A description is at most 1,024 characters').optional(),
    type: z.literal('CUSTOM', { error: 'Only custom roles can be written; predefined roles are read-only' }),
    environments: z.array(z.string().min(1).max(64)).min(1, 'Choose at least one environment').max(100),
    actions: z
      .array(
        z
          .string()
          .regex(/^[A-Z][A-Z_]*$/, 'Actions are upper-case names such as READ_REPOSITORY')
          .max(64),
      )
      .min(1, 'Choose at least one action')
      .max(200),
  })
  .strict();
export type CustomRoleInput = z.input<typeof customRoleSchema>;

// ---- Environments -----------------------------------------------------------------------

/** The global environments every platform has. */
export const BUILT_IN_ENVIRONMENTS = ['DEV', 'PROD'] as const;
/** An environment name is at most 32 characters, the project's prefix included. */
export const MAX_ENVIRONMENT_NAME = 32;
/** The part after `<projectKey>-`: a letter, then letters, digits and hyphens (Terraform's rule). */
export const ENVIRONMENT_PART_PATTERN = /^[a-zA-Z][a-zA-Z0-9-]+$/;

export const environmentPartSchema = z
  .string()
  .min(2, 'An environment name is at least 2 characters')
  .regex(/^[a-zA-Z]/, 'An environment name starts with a letter')
  .regex(/^[a-zA-Z0-9-]*$/, 'An environment name may hold only letters, digits and hyphens (-)');

/** A project environment's full name: `<projectKey>-<name>`. */
export const projectEnvironmentName = (key: string, name: string): string => `${key}-${name}`;

/** The refinement shared by create and rename: the full name fits in 32 characters. */
export function checkEnvironmentLength(key: string, name: string, path: string, ctx: z.RefinementCtx): void {
  const full = projectEnvironmentName(key, name);
  if (full.length > MAX_ENVIRONMENT_NAME) {
    ctx.addIssue({
      code: 'custom',
      path: [path],
      message: `"${full}" is ${full.length} characters; with the project key in front an environment name is at most ${MAX_ENVIRONMENT_NAME}`,
    });
  }
}

export const environmentNameSchema = z
  .string()
  .min(1, 'An environment is required')
  .max(64)
  .refine((value) => !isDotSegment(value), DOT_SEGMENT_MESSAGE);

// ---- Repositories -----------------------------------------------------------------------

/** [unsure] Artifactory's exact limit on repository keys; 64 holds every key seen in clients. */
export const repoKeySchema = pathNameSchema(64, 'Repository key');

/** One row of GET /artifactory/api/repositories. */
export interface RepositorySummary {
  key: string;
  /** LOCAL, REMOTE, VIRTUAL, FEDERATED. */
  type: string;
  packageType: string;
  description?: string;
}

/** GET /access/api/v1/projects/_/repositories/{repo} (Artifactory 7.90.1+). */
export interface RepositoryProjectStatus {
  resource_name: string;
  /** The project the repository is assigned to; absent when none. */
  assigned_to?: string;
  shared_with_projects: string[];
  shared_with_all_projects: boolean;
  shared_read_only: boolean;
  environments: string[];
}

/** A repository a project sees: its own (assigned) or another's shared with it. */
export interface ProjectRepository extends RepositorySummary {
  relation: 'assigned' | 'shared' | 'unknown';
  /** Absent when the platform has no status call (before 7.90.1) or the status could not be read. */
  status?: RepositoryProjectStatus;
}

/** From this version the platform answers the repository status call (Terraform project provider). */
export const REPOSITORY_STATUS_SINCE = '7.90.1';
