// The two callers every seed provides: an administrator and a plain (non-admin) user.
// Fixed values so the demo can print them and tests can log in without a lookup.

import type { Principal } from '../core/module';
import type { FakeState, FakeUser } from '../core/state';

export const ADMIN_PRINCIPAL: Principal = {
  username: 'admin',
  password: 'Lilypad-Admin-Passw0rd',
  token: 'fake-access-token-admin-7c1f3a9e52d04b6f',
  admin: true,
};

export const READER_PRINCIPAL: Principal = {
  username: 'reader',
  password: 'Lilypad-Reader-Passw0rd',
  token: 'fake-access-token-reader-2b8e6d4c91a04f37',
  admin: false,
};

export function baseUser(username: string, overrides: Partial<FakeUser> = {}): FakeUser {
  return {
    username,
    email: `${username}@example.com`,
    password: '',
    groups: [],
    realm: 'internal',
    status: 'enabled',
    admin: false,
    profile_updatable: true,
    internal_password_disabled: false,
    disable_ui_access: false,
    ...overrides,
  };
}

/** Adds both principals as users with a password and a listed, non-expiring token. */
export function addPrincipals(state: FakeState): { admin: Principal; reader: Principal } {
  for (const principal of [ADMIN_PRINCIPAL, READER_PRINCIPAL]) {
    state.users.set(principal.username, baseUser(principal.username, { password: principal.password, admin: principal.admin, email: `${principal.username}@lilypad.test` }));
    state.tokens.set(principal.token, {
      value: principal.token,
      token_id: `tok-${principal.username}`,
      username: principal.username,
      scope: principal.admin ? 'applied-permissions/admin' : 'applied-permissions/user',
      description: `${principal.username} fixture token`,
      refreshable: false,
      issued_at: 1_700_000_000,
      listed: true,
    });
  }
  return { admin: { ...ADMIN_PRINCIPAL }, reader: { ...READER_PRINCIPAL } };
}
