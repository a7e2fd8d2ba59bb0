// The platform's token scope syntax, written for the admin by the scope builder and read
// back from a raw scope. A scope is a space-separated list of scope tokens, at most 500
// characters. Group and role names go in a comma-separated list; a name holding a space,
// comma or quote-worthy character is wrapped in double quotes (JFrog's platform provider
// quotes every name: the platform reads both forms).

export const SCOPE_MAX = 500;

export const USER_SCOPE = 'applied-permissions/user';
export const ADMIN_SCOPE = 'applied-permissions/admin';
export const GROUPS_PREFIX = 'applied-permissions/groups:';
export const ROLES_PREFIX = 'applied-permissions/roles:';

/** A project's roles in one scope token: applied-permissions/roles:<project>:<role>,<role>. */
export interface ProjectRoles {
  project: string;
  roles: string[];
}

/** What the scope builder holds; `extra` is the raw text for every other scope token. */
export interface ScopeParts {
  user: boolean;
  admin: boolean;
  groups: string[];
  roles: ProjectRoles[];
  extra: string;
}

export const EMPTY_SCOPE: ScopeParts = { user: false, admin: false, groups: [], roles: [], extra: '' };

/** Names that can go bare in a list: anything else is quoted. */
const BARE_NAME = /^[A-Za-z0-9._@+-]+$/;

export const quoteName = (name: string): string => (BARE_NAME.test(name) ? name : `"${name}"`);

/** Splits on spaces outside double quotes. Returns null when a quote is left open. */
export function splitScope(scope: string): string[] | null {
  const tokens: string[] = [];
  let current = '';
  let quoted = false;
  for (const char of scope) {
    if (char === '"') quoted = !quoted;
    if (!quoted && /\s/.test(char)) {
      if (current) tokens.push(current);
      current = '';
      continue;
    }
    current += char;
  }
  if (quoted) return null;
  if (current) tokens.push(current);
  return tokens;
}

/** A comma-separated list of names, quoted or bare; null when it is malformed. */
export function splitNames(list: string): string[] | null {
  const names: string[] = [];
  let rest = list;
  while (rest.length > 0) {
    let name: string;
    if (rest.startsWith('"')) {
      const end = rest.indexOf('"', 1);
      if (end < 0) return null;
      name = rest.slice(1, end);
      rest = rest.slice(end + 1);
    } else {
      const comma = rest.indexOf(',');
      name = comma < 0 ? rest : rest.slice(0, comma);
      rest = comma < 0 ? '' : rest.slice(comma);
      if (name.includes('"')) return null;
    }
    if (name === '') return null;
    names.push(name);
    if (rest === '') break;
    if (!rest.startsWith(',')) return null;
    rest = rest.slice(1);
    if (rest === '') return null;
  }
  return names.length > 0 ? names : null;
}

const joinNames = (names: readonly string[]): string => names.map(quoteName).join(',');

/** The scope string the builder's parts make, in a stable order. */
export function buildScope(parts: ScopeParts): string {
  const tokens: string[] = [];
  if (parts.user) tokens.push(USER_SCOPE);
  if (parts.admin) tokens.push(ADMIN_SCOPE);
  const groups = parts.groups.filter((name) => name.trim() !== '');
  if (groups.length > 0) tokens.push(GROUPS_PREFIX + joinNames(groups));
  for (const entry of parts.roles) {
    const roles = entry.roles.filter((role) => role.trim() !== '');
    if (entry.project.trim() && roles.length > 0) tokens.push(`${ROLES_PREFIX}${entry.project.trim()}:${joinNames(roles)}`);
  }
  const extra = parts.extra.trim();
  if (extra) tokens.push(extra);
  return tokens.join(' ');
}

/**
 * The builder's parts for a raw scope, so an admin can paste one and keep building. Tokens
 * the builder does not know stay in `extra`, as typed.
 */
export function parseScope(scope: string): ScopeParts {
  const parts: ScopeParts = { user: false, admin: false, groups: [], roles: [], extra: '' };
  const extra: string[] = [];
  for (const token of splitScope(scope) ?? [scope]) {
    if (token === USER_SCOPE) parts.user = true;
    else if (token === ADMIN_SCOPE) parts.admin = true;
    else if (token.startsWith(GROUPS_PREFIX) && splitNames(token.slice(GROUPS_PREFIX.length))) {
      parts.groups.push(...splitNames(token.slice(GROUPS_PREFIX.length))!);
    } else if (token.startsWith(ROLES_PREFIX) && rolesOf(token)) parts.roles.push(rolesOf(token)!);
    else extra.push(token);
  }
  parts.extra = extra.join(' ');
  return parts;
}

function rolesOf(token: string): ProjectRoles | null {
  const rest = token.slice(ROLES_PREFIX.length);
  const colon = rest.indexOf(':');
  if (colon <= 0) return null;
  const roles = splitNames(rest.slice(colon + 1));
  return roles ? { project: rest.slice(0, colon), roles } : null;
}

/** Why a scope cannot be sent as typed (too long, an open quote), or null. The platform judges the rest. */
export function scopeProblem(scope: string): string | null {
  if (scope.length > SCOPE_MAX) return `The scope is ${scope.length} characters; the platform allows at most ${SCOPE_MAX}.`;
  if (splitScope(scope) === null) return 'The scope has a double quote that is never closed.';
  return null;
}
