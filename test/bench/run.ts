// `npm run bench`: the figures the issues ask for, each against a raw baseline taken in
// the same run. Figures, not pass/fail: targets are printed beside them, with the last
// run's value when bench-results/latest.json exists (written again at the end; not in git).
// `npm run bench -- users` runs only the benches whose name holds a word given.
import { join } from 'node:path';
import { loadavg } from 'node:os';
import { benchBridge } from './bridge.bench';
import { benchBundle } from './bundle.bench';
import { benchColdStart } from './cold-start.bench';
import { benchImport } from './import.bench';
import { benchPlatformTrust } from './platform-trust.bench';
import { benchProjects } from './projects.bench';
import { benchResultGuard } from './result-guard.bench';
import { benchFakePlatform } from './fake-platform.bench';
import { benchFleet } from './fleet.bench';
import { benchScim } from './scim.bench';
import { benchSnippets } from './snippets.bench';
import { benchTokens } from './tokens.bench';
import { benchUsers } from './users.bench';
import { benchSupportBundleDownload } from './support-bundle-download.bench';
import { benchWebhooks } from './webhooks.bench';
import { formatFigure, machineNow, readResults, round, toFigures, writeResults, type Figure, type LegacyFigures, type Machine } from './figures';

type Bench = [string, () => Promise<Figure[] | LegacyFigures> | Figure[] | LegacyFigures];

const benches: Bench[] = [
  ['bridge overhead', benchBridge],
  ['renderer bundle', benchBundle],
  ['cold start', benchColdStart],
  ['fake platform at scale', benchFakePlatform],
  ['snippets', benchSnippets],
  ['users at scale', benchUsers],
  ['instances import', benchImport],
  ['window result guard', benchResultGuard],
  ['platform configuration and trust', benchPlatformTrust],
  ['projects at scale', benchProjects],
  ['fleet', benchFleet],
  ['support bundle download', benchSupportBundleDownload],
  ['webhooks at 1,000', benchWebhooks],
  ['scim drift', benchScim],
  ['tokens at scale', benchTokens],
];

const RESULTS = join(process.cwd(), 'bench-results', 'latest.json');
const previous = readResults(RESULTS);
const only = process.argv.slice(2);
const measured: { figure: Figure; machine: Machine }[] = [];
let failed = false;

const start = machineNow();
console.log(`${start.cores} cores, load average ${start.loadBefore} at the start: every figure is wall-clock time and includes waiting for a busy CPU.`);
if (previous) console.log(`Last run: ${previous.updatedAt} (bench-results/latest.json).`);

for (const [name, bench] of benches) {
  if (only.length && !only.some((word) => name.includes(word))) continue;
  process.stdout.write(`\n== ${name}\n`);
  const machine = machineNow();
  try {
    const figures = toFigures(await bench());
    machine.loadAfter = round(loadavg()[0]);
    for (const f of figures) {
      console.log(formatFigure(f, previous?.figures[f.id]?.value));
      measured.push({ figure: f, machine });
    }
    console.log(`  (load average ${machine.loadBefore} → ${machine.loadAfter})`);
  } catch (error) {
    failed = true;
    console.log(`  failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  }
}
if (measured.length) {
  writeResults(RESULTS, previous, measured);
  console.log(`\nWritten to ${RESULTS}`);
}
process.exit(failed ? 1 : 0);
