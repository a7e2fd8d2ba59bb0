// The users list's pure logic in Node, on 100,000 names that arrive in random order (the
// fake platform serves them sorted, so the browser figures never pay for a real sort):
// the name order computed once per set of users, each column's sort after it, and the text
// filter as the same keys are typed. Wall-clock medians; the floor of the name order is a
// plain native sort of the same strings.
import { performance } from 'node:perf_hooks';
import { PeopleGenerator } from '../fake-platform/support/names';
import { seededRandom } from '../fake-platform/support/random';
import { USER_REALMS } from '../../shared/areas/users/model';
import { UserTable } from '../../renderer/areas/users/user-table';
import { NO_FILTERS, UserView, type SortKey } from '../../renderer/areas/users/user-view';
import { figure, round, type Figure } from './figures';
import { median, percentile } from './timing';

const USERS = 100_000;
const RUNS = 7;
const STATUSES = ['enabled', 'enabled', 'enabled', 'disabled', 'invited'];

function shuffledTable(): UserTable {
  const random = seededRandom(7);
  const people = new PeopleGenerator(random);
  const table = new UserTable();
  const page = [];
  for (let i = 0; i < USERS; i++) page.push({ username: people.next().username, realm: random.pick(USER_REALMS), status: random.pick(STATUSES) });
  table.append(page);
  // Details known for a screenful of users, as after the rows in view were read.
  for (let i = 0; i < 40; i++) table.setDetails(table.names[i * 997], { admin: i % 7 === 0, email: `${table.names[i * 997]}@example.com` });
  return table;
}

const time = (run: () => unknown): number => {
  const start = performance.now();
  run();
  return performance.now() - start;
};

export function benchUserLogic(): Figure[] {
  const table = shuffledTable();
  const locked = new Set(table.names.slice(0, 500));
  const nameOrder: number[] = [];
  const nativeSort: number[] = [];
  const columns: Record<string, number[]> = {};
  const keys: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    nativeSort.push(time(() => table.lower.slice().sort()));
    const view = new UserView(table);
    nameOrder.push(time(() => view.sorted('username', false, locked)));
    for (const sort of ['username', 'email', 'realm', 'status', 'admin'] as SortKey[]) {
      for (const descending of [false, true]) (columns[`${sort}${descending ? ' desc' : ''}`] ??= []).push(time(() => view.sorted(sort, descending, locked)));
    }
    const fresh = new UserView(table);
    for (const name of [table.names[12_345], table.names[67_890], table.names[88_888]]) {
      const word = name.slice(0, 7);
      const texts = [...Array.from({ length: word.length }, (_, i) => word.slice(0, i + 1)), ...Array.from({ length: word.length }, (_, i) => word.slice(0, word.length - 1 - i))];
      for (const text of texts) keys.push(time(() => fresh.rows({ ...NO_FILTERS, text }, locked, null)));
    }
  }
  const slowest = Object.entries(columns)
    .map(([column, times]) => [column, median(times)] as const)
    .sort((a, b) => b[1] - a[1])[0];
  return [
    figure('users.logic.nameOrder', 'pure: name order of 100,000 unsorted names (once per set of users)', median(nameOrder), {
      unit: 'ms',
      floor: { label: 'native sort of the strings', value: round(median(nativeSort)) },
    }),
    figure('users.logic.sortSlowest', `pure: sort by a column after that, slowest (${slowest[0]})`, slowest[1], { unit: 'ms', max: 50 }),
    figure('users.logic.filterP95', 'pure: filter rows for each key typed and deleted, p95', percentile(keys, 95), { unit: 'ms' }),
  ];
}
