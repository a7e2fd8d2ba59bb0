import { describe, expect, it } from 'vitest';
import type { Project } from '../../../../shared/areas/projects/model';
import { EMPTY_FORM, formOf, formProblems, isDirty, quotaBytes, toProjectInput } from '../../../../renderer/areas/projects/project-form';

const GIB = 1024 ** 3;
const read: Project = {
  project_key: 'platform',
  display_name: 'Platform',
  description: 'Shared',
  admin_privileges: { manage_members: true, manage_resources: true, index_resources: false, manage_security_assets: true },
  storage_quota_bytes: 1_500_000_000,
  soft_limit: false,
  storage_quota_email_notification: true,
  other: { future_field: { nested: 1 } },
};

describe('project form', () => {
  it('refuses a bad key and display name with the contract’s messages before anything is sent', () => {
    expect(formProblems({ ...EMPTY_FORM, key: '9lives', displayName: 'x' }).key).toBe('A project key starts with a lower-case letter');
    expect(formProblems({ ...EMPTY_FORM, key: 'a', displayName: 'x' }).key).toBe('A project key is at least 2 characters');
    expect(formProblems({ ...EMPTY_FORM, key: 'Upper', displayName: 'x' }).key).toBeDefined();
    expect(formProblems({ ...EMPTY_FORM, key: 'a'.repeat(33), displayName: 'x' }).key).toBe('A project key is at most 32 characters');
    expect(formProblems({ ...EMPTY_FORM, key: 'ok-key', displayName: '  ' }).displayName).toBe('A display name is required');
    expect(formProblems({ ...EMPTY_FORM, key: 'ok-key', displayName: 'Fine' })).toEqual({});
  });

  it('sends the quota in bytes, −1 for unlimited, and refuses what is not whole GiB in range', () => {
    expect(quotaBytes({ ...EMPTY_FORM, unlimited: true })).toBe(-1);
    expect(quotaBytes({ ...EMPTY_FORM, unlimited: false, quotaGib: '20' })).toBe(20 * GIB);
    expect(quotaBytes({ ...EMPTY_FORM, unlimited: false, quotaGib: '1.5' })).toMatch(/whole number/);
    expect(quotaBytes({ ...EMPTY_FORM, unlimited: false, quotaGib: '0' })).toMatch(/1 to/);
    expect(formProblems({ ...EMPTY_FORM, key: 'ok', displayName: 'Ok', unlimited: false, quotaGib: 'lots' }).quota).toMatch(/whole number/);
  });

  it('an edit keeps every field the form does not show, and an untouched odd quota as read', () => {
    const form = { ...formOf(read), displayName: 'Platform team' };
    expect(form.blockAtLimit).toBe(true);
    const input = toProjectInput(form, read);
    expect(input).toEqual({
      project_key: 'platform',
      display_name: 'Platform team',
      description: 'Shared',
      admin_privileges: { manage_members: true, manage_resources: true, index_resources: false, manage_security_assets: true },
      storage_quota_bytes: 1_500_000_000,
      soft_limit: false,
      storage_quota_email_notification: true,
      other: { future_field: { nested: 1 } },
    });
    expect(formProblems(form, read)).toEqual({});
  });

  it('does not invent manage_remote_repository on a platform that never sent it, but sends it once chosen', () => {
    expect(toProjectInput(formOf(read), read).admin_privileges).not.toHaveProperty('manage_remote_repository');
    const chosen = formOf(read);
    chosen.privileges.manage_remote_repository = true;
    expect(toProjectInput(chosen, read).admin_privileges?.manage_remote_repository).toBe(true);
    chosen.privileges.manage_resources = false;
    expect(formProblems(chosen, read).privileges).toBe('Managing remote repositories needs "manage resources" too');
  });

  it('is dirty only when something changed', () => {
    const start = formOf(read);
    expect(isDirty({ ...start }, start)).toBe(false);
    expect(isDirty({ ...start, description: 'x' }, start)).toBe(true);
  });
});
