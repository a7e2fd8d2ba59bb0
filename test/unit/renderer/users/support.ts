// Small user tables for the users screen's pure logic.
import type { UserSummary } from '../../../../shared/areas/users/model';
import { UserTable } from '../../../../renderer/areas/users/user-table';

/** `name` or `name:realm:status`. */
export function tableOf(...users: string[]): UserTable {
  const table = new UserTable();
  table.append(users.map(summary));
  return table;
}

export function summary(spec: string): UserSummary {
  const [username, realm = 'internal', status = 'enabled'] = spec.split(':');
  return { username, realm, status };
}

/** The usernames of some rows, in order. */
export const namesOf = (table: UserTable, rows: ArrayLike<number>): string[] => Array.from(rows as ArrayLike<number>, (row) => table.names[row]);
