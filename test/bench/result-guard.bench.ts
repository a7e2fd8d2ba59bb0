// What the window guard costs on a big result: the size check every call pays, against
// JSON.stringify of the same 100,000 users (the browser host pays that anyway), and the
// full scrub walk that runs only when an answer echoed a secret.
import { performance } from 'node:perf_hooks';
import { approximateSize } from '../../electron/services/http/call-scope';
import { WINDOW_RESULT_LIMIT } from '../../electron/services/http/limits';
import { scrubValue, secretForms } from '../../electron/services/http/scrub';
import { median } from './timing';

const USERS = 100_000;
const RUNS = 7;

function time(run: () => unknown): number {
  const samples: number[] = [];
  for (let i = 0; i < RUNS + 2; i++) {
    const start = performance.now();
    run();
    if (i >= 2) samples.push(performance.now() - start);
  }
  return median(samples);
}

export function benchResultGuard(): Record<string, number | string> {
  const page = {
    users: Array.from({ length: USERS }, (_, i) => ({
      username: `user-${String(i).padStart(6, '0')}`,
      realm: 'internal',
      status: 'enabled',
      uri: `https://art.acme.test/access/api/v2/users/user-${i}`,
    })),
  };
  const forms = secretForms('s3cret-password', 'admin');
  const stringify = time(() => JSON.stringify(page));
  const sizeCheck = time(() => approximateSize(page, WINDOW_RESULT_LIMIT));
  const scrubWalk = time(() => scrubValue(page, forms));
  return {
    'result guard: users in the result': USERS,
    'result guard: JSON.stringify, median (ms)': round(stringify),
    'result guard: size check every call pays, median (ms)': round(sizeCheck),
    'result guard: size check / JSON.stringify': round(sizeCheck / stringify, 2),
    'result guard: scrub walk, only after an echo, median (ms)': round(scrubWalk),
  };
}

const round = (value: number, digits = 1) => Number(value.toFixed(digits));
