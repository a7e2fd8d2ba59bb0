// The projects handler's reading of the wire: every field kept (a PUT writes them back),
// lists in both shapes, and the merge that never drops what the form does not show.
import { describe, expect, it } from 'vitest';
import { keepUnshown, mapBounded, toEnvironmentNames, toMembers, toProject, toRepositoryStatus } from '../../../electron/services/areas/projects';
import { ApiFailure } from '../../../shared/errors';

describe('projects wire', () => {
  it('keeps unknown top-level fields and admin flags, and reads defaults', () => {
    const project = toProject({ project_key: 'web', display_name: 'Web', admin_privileges: { manage_members: true, new_flag: false }, storage_quota_bytes: 5, future: [1, 2] });
    expect(project).toEqual({
      project_key: 'web',
      display_name: 'Web',
      description: '',
      admin_privileges: { manage_members: true, new_flag: false },
      storage_quota_bytes: 5,
      soft_limit: true,
      storage_quota_email_notification: false,
      other: { future: [1, 2] },
    });
    expect(toProject({ project_key: 'x' }).storage_quota_bytes).toBe(-1);
  });

  it('takes member and environment lists bare or wrapped, and refuses an answer without a list', () => {
    expect(toMembers({ members: [{ name: 'alice', roles: ['Viewer'] }] }, '/p')).toEqual([{ name: 'alice', roles: ['Viewer'] }]);
    expect(toMembers([{ name: 'bob', roles: [] }], '/p')).toEqual([{ name: 'bob', roles: [] }]);
    expect(() => toMembers({ html: '<login>' }, '/p')).toThrow(ApiFailure);
    expect(toEnvironmentNames([{ name: 'DEV' }, 'PROD', { name: '' }], '/e')).toEqual(['DEV', 'PROD']);
  });

  it('reads a repository’s status with assigned_to only when set', () => {
    expect(toRepositoryStatus({ resource_name: 'r', assigned_to: '', shared_with_projects: ['a'], shared_with_all_projects: true, shared_read_only: true })).toEqual({
      resource_name: 'r',
      shared_with_projects: ['a'],
      shared_with_all_projects: true,
      shared_read_only: true,
      environments: [],
    });
  });

  it('an update keeps the flags and fields the platform holds now, the form’s values on top', () => {
    const current = toProject({ project_key: 'web', display_name: 'Web', admin_privileges: { manage_members: true, manage_security_assets: true }, added_later: 'x' });
    const input = { ...current, display_name: 'Web 2', admin_privileges: { manage_members: false }, other: {} };
    const merged = keepUnshown(current, input);
    expect(merged.display_name).toBe('Web 2');
    expect(merged.admin_privileges).toEqual({ manage_members: false, manage_security_assets: true });
    expect(merged.other).toEqual({ added_later: 'x' });
  });

  it('runs bounded work in order', async () => {
    let inFlight = 0;
    let peak = 0;
    const out = await mapBounded([1, 2, 3, 4, 5, 6, 7], 3, async (n) => {
      inFlight++;
      peak = Math.max(peak, inFlight);
      await Promise.resolve();
      inFlight--;
      return n * 2;
    });
    expect(out).toEqual([2, 4, 6, 8, 10, 12, 14]);
    expect(peak).toBeLessThanOrEqual(3);
  });
});
