// The project form as the admin fills it (quota in GiB or unlimited, "block deployments"
// rather than the platform's `soft_limit`), and its conversion to the body the platform
// gets. An edit starts from the project as read and changes only what the form shows:
// flags and fields it does not show go back as they came (the update is a whole PUT).
import type { z } from 'zod';
import { GIB, MAX_QUOTA_GIB, projectSchema, UNLIMITED, type AdminPrivilege, type Project, type ProjectInput } from '../../../shared/areas/projects/model';

export interface ProjectForm {
  key: string;
  displayName: string;
  description: string;
  privileges: Record<AdminPrivilege, boolean>;
  unlimited: boolean;
  /** As typed: whole GiB. */
  quotaGib: string;
  blockAtLimit: boolean;
  emailNotification: boolean;
}

export const PRIVILEGE_LABELS: Record<AdminPrivilege, { label: string; help: string }> = {
  manage_members: { label: 'Manage members', help: 'Project admins add users and groups and give them roles' },
  manage_resources: { label: 'Manage resources', help: 'Project admins manage repositories, builds and pipelines resources of the project' },
  manage_remote_repository: {
    label: 'Manage remote repositories',
    help: 'Project admins create and manage remote repositories (needs "manage resources"; Artifactory 7.134 or later)',
  },
  index_resources: { label: 'Index resources', help: 'Project admins choose what Xray indexes' },
};

export const EMPTY_FORM: ProjectForm = {
  key: '',
  displayName: '',
  description: '',
  privileges: { manage_members: true, manage_resources: true, manage_remote_repository: false, index_resources: false },
  unlimited: true,
  quotaGib: '',
  blockAtLimit: false,
  emailNotification: false,
};

export function formOf(project: Project): ProjectForm {
  const flags = project.admin_privileges;
  const exactGib = project.storage_quota_bytes > 0 && project.storage_quota_bytes % GIB === 0;
  return {
    key: project.project_key,
    displayName: project.display_name,
    description: project.description,
    privileges: {
      manage_members: flags.manage_members === true,
      manage_resources: flags.manage_resources === true,
      manage_remote_repository: flags.manage_remote_repository === true,
      index_resources: flags.index_resources === true,
    },
    unlimited: project.storage_quota_bytes < 0,
    // A quota set elsewhere in bytes is shown in GiB with decimals; left untouched it is written back as it was.
    quotaGib: project.storage_quota_bytes < 0 ? '' : exactGib ? String(project.storage_quota_bytes / GIB) : String(Number((project.storage_quota_bytes / GIB).toFixed(3))),
    blockAtLimit: !project.soft_limit,
    emailNotification: project.storage_quota_email_notification,
  };
}

/** The quota in bytes, or a message when the typed value is not 1 … 2^33−1 whole GiB. */
export function quotaBytes(form: ProjectForm, base?: Project): number | string {
  if (form.unlimited) return UNLIMITED;
  // Unchanged: write back exactly what was read, even a size that is not whole GiB.
  if (base && !form.unlimited && base.storage_quota_bytes >= 0 && form.quotaGib === formOf(base).quotaGib) return base.storage_quota_bytes;
  const text = form.quotaGib.trim();
  if (!/^\d+$/.test(text)) return 'Enter the quota as a whole number of GiB, or choose unlimited';
  const gib = Number(text);
  if (gib < 1 || gib > MAX_QUOTA_GIB) return `The quota is 1 to ${MAX_QUOTA_GIB.toLocaleString('en-US')} GiB`;
  return gib * GIB;
}

/**
 * The project to send. Flags the form does not show (and `manage_remote_repository` when
 * the platform never sent it and it stays off) keep their value from `base`.
 */
export function toProjectInput(form: ProjectForm, base?: Project): ProjectInput {
  const quota = quotaBytes(form, base);
  const flags: Record<string, boolean> = { ...(base?.admin_privileges ?? {}) };
  for (const [name, value] of Object.entries(form.privileges)) {
    if (name === 'manage_remote_repository' && !value && flags[name] === undefined) continue;
    flags[name] = value;
  }
  return {
    project_key: base?.project_key ?? form.key.trim(),
    display_name: form.displayName.trim(),
    description: form.description,
    admin_privileges: flags,
    storage_quota_bytes: typeof quota === 'number' ? quota : Number.NaN,
    soft_limit: !form.blockAtLimit,
    storage_quota_email_notification: form.emailNotification,
    other: base?.other ?? {},
  };
}

/** Problems by form field, from the quota rule and the contract's schema (the same one main checks). */
export function formProblems(form: ProjectForm, base?: Project): Record<string, string> {
  const problems: Record<string, string> = {};
  const quota = quotaBytes(form, base);
  if (typeof quota === 'string') problems.quota = quota;
  const parsed = projectSchema.safeParse(toProjectInput(form, base));
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = FIELD_OF[String(issue.path[0])] ?? String(issue.path[0]);
      if (field === 'quota' && problems.quota) continue;
      problems[field] ??= issue.message;
    }
  }
  return problems;
}

const FIELD_OF: Record<string, string> = {
  project_key: 'key',
  display_name: 'displayName',
  description: 'description',
  admin_privileges: 'privileges',
  storage_quota_bytes: 'quota',
};

/** True when the form differs from where it started (the dialog then asks before discarding). */
export const isDirty = (form: ProjectForm, start: ProjectForm): boolean => JSON.stringify(form) !== JSON.stringify(start);

/** The input as the request mapping sees it, for "Copy as cURL" (every field is already set). */
export const asSent = (input: ProjectInput): z.output<typeof projectSchema> => input as z.output<typeof projectSchema>;
