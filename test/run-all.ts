// `npm test`: every suite (vitest: unit, bridge, integration, system; Playwright: e2e), then
// one closing line "N passed, N failed, N skipped" that any CI can read.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

interface Counts {
  passed: number;
  failed: number;
  skipped: number;
}

const dir = mkdtempSync(join(tmpdir(), 'lilypad-test-'));
const bin = (name: string) => join('node_modules', '.bin', name);

function run(command: string, args: string[], env: Record<string, string> = {}): number {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status ?? 1;
}

function vitestCounts(file: string): Counts | null {
  if (!existsSync(file)) return null;
  const report = JSON.parse(readFileSync(file, 'utf8')) as { numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number };
  return { passed: report.numPassedTests, failed: report.numFailedTests, skipped: report.numPendingTests + report.numTodoTests };
}

function playwrightCounts(file: string): Counts | null {
  if (!existsSync(file)) return null;
  const report = JSON.parse(readFileSync(file, 'utf8')) as { stats: { expected: number; unexpected: number; flaky: number; skipped: number } };
  // A test that passed only on a retry is flaky, and flaky counts as failed.
  return { passed: report.stats.expected, failed: report.stats.unexpected + report.stats.flaky, skipped: report.stats.skipped };
}

const vitestJson = join(dir, 'vitest.json');
// Retries stay off whatever the configs say: a retry would turn a flaky test into a pass.
const vitestCode = run(bin('vitest'), ['run', '--retry=0', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson}`]);
const playwrightJson = join(dir, 'playwright.json');
const playwrightCode = run(bin('playwright'), ['test', '--retries=0', '--reporter=list,json'], { PLAYWRIGHT_JSON_OUTPUT_FILE: playwrightJson });

const suites: [string, Counts | null, number][] = [
  ['vitest (unit, bridge, integration, system)', vitestCounts(vitestJson), vitestCode],
  ['playwright (e2e)', playwrightCounts(playwrightJson), playwrightCode],
];
const total: Counts = { passed: 0, failed: 0, skipped: 0 };
let broken = false;
console.log('\nSummary');
for (const [name, counts, code] of suites) {
  if (!counts) {
    console.log(`  ${name}: no report (exit ${code})`);
    broken = true;
    continue;
  }
  console.log(`  ${name}: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped (exit ${code})`);
  total.passed += counts.passed;
  total.failed += counts.failed;
  total.skipped += counts.skipped;
  if (code !== 0) broken = true;
}
if (broken && total.failed === 0) total.failed = 1; // a runner that crashed counts as a failure
console.log(`${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exit(broken || total.failed > 0 ? 1 : 0);
