// `npm run bench`: the figures the issues ask for, each against a raw baseline taken in
// the same run. Figures, not pass/fail: targets are printed beside them.
import { benchBridge } from './bridge.bench';
import { benchBundle } from './bundle.bench';
import { benchColdStart } from './cold-start.bench';
import { benchFleet } from './fleet.bench';
import { benchSnippets } from './snippets.bench';
import { benchUsers } from './users.bench';

type Bench = [string, () => Promise<Record<string, number | string>> | Record<string, number | string>];

const benches: Bench[] = [
  ['bridge overhead', benchBridge],
  ['renderer bundle', benchBundle],
  ['cold start', benchColdStart],
  ['snippets', benchSnippets],
  ['users at scale', benchUsers],
  ['fleet', benchFleet],
];

const only = process.argv.slice(2);
let failed = false;
for (const [name, bench] of benches) {
  if (only.length && !only.some((word) => name.includes(word))) continue;
  process.stdout.write(`\n== ${name}\n`);
  try {
    const figures = await bench();
    for (const [label, value] of Object.entries(figures)) console.log(`  ${label.padEnd(58)} ${value}`);
  } catch (error) {
    failed = true;
    console.log(`  failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}
process.exit(failed ? 1 : 0);
