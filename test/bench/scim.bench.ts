// The SCIM drift check over 300 users (two GETs each, four users at a time) through the
// real services and HTTP client against the fake platform, against the same 600 GETs sent
// raw with fetch at the same concurrency in the same run: the ratio is what the console
// adds (dispatch, validation, client, conversion, comparison). Also the pure comparison
// of 100,000 users against a plain loop over the same objects.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { compareUser, type AccessSide, type ScimSide } from '../../shared/areas/scim/drift';
import { createAppServices } from '../../electron/services/app-services';
import { startFakePlatform } from '../fake-platform/index';
import { recordStale } from '../fake-platform/areas/scim';
import { figure, round, type Figure } from './figures';
import { median } from './timing';

const USERS = 300;
const ROUNDS = 5;
const CONCURRENCY = 4;

async function rawChecks(url: string, token: string, names: string[]): Promise<void> {
  let next = 0;
  const headers = { authorization: `Bearer ${token}` };
  const worker = async () => {
    while (next < names.length) {
      const name = names[next++];
      const [a, b] = await Promise.all([fetch(`${url}/access/api/v1/scim/v2/Users/${name}`, { headers }), fetch(`${url}/access/api/v2/users/${name}`, { headers })]);
      await Promise.all([a.json(), b.json()]);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
}

function pureCompare(): { compare: number; loop: number } {
  const scim: ScimSide[] = [];
  const access: AccessSide[] = [];
  for (let i = 0; i < 100_000; i++) {
    scim.push({ active: i % 50 !== 0, email: `u${i}@x.example`, groups: ['readers', `team-${i % 40}`] });
    access.push({ status: 'enabled', email: i % 70 === 0 ? `old${i}@x.example` : `u${i}@x.example`, groups: ['readers', `team-${i % 41}`] });
  }
  const compares: number[] = [];
  const loops: number[] = [];
  for (let run = 0; run < 5; run++) {
    let start = performance.now();
    let count = 0;
    for (let i = 0; i < scim.length; i++) count += compareUser(`u${i}`, scim[i], access[i]).length;
    compares.push(performance.now() - start);
    start = performance.now();
    for (let i = 0; i < scim.length; i++) count += scim[i].email === access[i].email && scim[i].groups.join() === access[i].groups.join() ? 0 : 1;
    loops.push(performance.now() - start + (count < 0 ? 1 : 0));
  }
  return { compare: median(compares), loop: median(loops) };
}

export async function benchScim(): Promise<Figure[]> {
  const platform = await startFakePlatform({ seed: { users: 2_000, groups: 50 } });
  const dataDir = mkdtempSync(join(tmpdir(), 'lilypad-bench-scim-'));
  const services = createAppServices({ dataDir, runtime: 'browser-host' });
  try {
    const { admin } = platform.principals;
    const saved = await services.dispatch('instances.save', { name: 'bench', baseUrl: platform.url, authKind: 'token', secret: admin.token });
    if (!saved.ok) throw new Error(`could not save the bench instance: ${saved.error.message}`);
    const names = [...platform.state.users.keys()].sort().slice(0, USERS);
    names.filter((_, i) => i % 10 === 0).forEach((name) => recordStale(platform.state, name, { email: `${name}@stale.example` }));
    const viaServices: number[] = [];
    const raw: number[] = [];
    for (let run = 0; run < ROUNDS; run++) {
      let start = performance.now();
      await rawChecks(platform.url, admin.token, names);
      raw.push(performance.now() - start);
      start = performance.now();
      const result = await services.dispatch('scim.drift', { instanceId: (saved.value as { id: string }).id, source: { kind: 'names', userNames: names } });
      viaServices.push(performance.now() - start);
      if (!result.ok) throw new Error(`scim.drift failed: ${result.error.message}`);
    }
    const pure = pureCompare();
    return [
      figure('scim.drift.300', `drift check of ${USERS} users (${USERS * 2} GETs, ${CONCURRENCY} at a time) through the services`, median(viaServices), {
        unit: 'ms',
        floor: { label: 'the same GETs raw with fetch', value: round(median(raw)), unit: 'ms' },
      }),
      figure('scim.drift.ratio', 'drift check / raw GETs', median(viaServices) / median(raw), { unit: '×' }),
      figure('scim.compare.100k', 'pure: compare 100,000 users field by field', pure.compare, {
        unit: 'ms',
        floor: { label: 'a plain loop over the same objects', value: round(pure.loop), unit: 'ms' },
      }),
    ];
  } finally {
    await services.close();
    await platform.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
