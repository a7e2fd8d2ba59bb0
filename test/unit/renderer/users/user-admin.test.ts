import { describe, expect, it } from 'vitest';
import { adminText } from '../../../../renderer/areas/users/user-admin';

describe('admin as shown for a user', () => {
  it('counts admin through a group as admin', () => {
    expect(adminText({ admin: true, effective_admin: true })).toBe('yes');
    expect(adminText({ admin: false, effective_admin: true })).toBe('yes, through a group');
    expect(adminText({ admin: false, effective_admin: false })).toBe('no');
  });
});
