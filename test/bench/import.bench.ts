// Importing instances: 2,000 profiles through InstanceService onto the real `conf` file,
// against a raw baseline that only parses the same file and writes the same list once.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createConfStore } from '../../electron/services/instances/conf-store';
import { InstanceService } from '../../electron/services/instances/instance-service';
import { ProfileStore } from '../../electron/services/instances/profile-store';
import { MemorySecretStore } from '../../electron/services/secrets/memory-secret-store';
import { median } from './timing';

const PROFILES = 2_000;
const RUNS = 5;

function instancesFile(): string {
  const instances = Array.from({ length: PROFILES }, (_, i) => ({
    id: `old-${i}`,
    name: `Instance ${i}`,
    baseUrl: `https://art${i}.acme.test`,
    authKind: i % 2 ? 'token' : 'basic-password',
    ...(i % 2 ? {} : { username: `admin${i}` }),
    environment: i % 3 ? 'DEV' : 'PROD',
  }));
  return JSON.stringify({ format: 'lilypad-instances', version: 1, instances });
}

export async function benchImport(): Promise<Record<string, number | string>> {
  const json = instancesFile();
  const imported: number[] = [];
  const raw: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const service = new InstanceService({ profiles: new ProfileStore(createConfStore(mkdtempSync(join(tmpdir(), 'lilypad-bench-import-')))), secrets: new MemorySecretStore() });
    let start = performance.now();
    const outcome = service.importJson(json);
    imported.push(performance.now() - start);
    if (outcome.imported !== PROFILES) throw new Error(`imported ${outcome.imported} of ${PROFILES}`);

    const file = join(mkdtempSync(join(tmpdir(), 'lilypad-bench-raw-')), 'instances.json');
    start = performance.now();
    const parsed = JSON.parse(json) as { instances: unknown[] };
    writeFileSync(file, JSON.stringify({ profiles: parsed.instances }, null, '\t'));
    raw.push(performance.now() - start);
  }
  const importMs = median(imported);
  const rawMs = median(raw);
  return {
    'import: profiles': PROFILES,
    'import: InstanceService.importJson, median (ms; target well under 1000)': round(importMs),
    'import: raw parse + one write, median (ms)': round(rawMs),
    'import: importJson / raw': round(importMs / rawMs, 2),
  };
}

const round = (value: number, digits = 1) => Number(value.toFixed(digits));
