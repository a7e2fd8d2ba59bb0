// Platform configuration and trust figures, each against a raw baseline of the same run:
// the well-formedness check of a large artifactory.config.xml (2,000 repositories) against
// a plain scan of the text; a save through the bridge (read, local backup, post) against a
// raw POST of the same XML to the fake; the root certificate decoded in main against
// Node's parser alone. Alone: `npx tsx test/bench/platform-trust.bench.ts`.
import { X509Certificate } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { createAppServices } from '../../electron/services/app-services';
import { decodeRootCertificate } from '../../electron/services/areas/trust-cert';
import { xmlProblem } from '../../shared/areas/sysconfig/xml-check';
import { startFakePlatform } from '../fake-platform/index';
import { rootCertificate } from '../fake-platform/areas/trust';
import { figure, round, type Figure } from './figures';
import { median } from './timing';

const REPOS = 2_000;
const RUNS = 15;

function bigConfig(): string {
  const repo = (i: number) =>
    `        <localRepository>\n            <key>libs-${i}</key>\n            <type>maven</type>\n            <description>Team ${i} &amp; friends</description>\n            <includesPattern>**/*</includesPattern>\n            <handleReleases>true</handleReleases>\n        </localRepository>\n`;
  return `<?xml version="1.0" encoding="UTF-8"?>\n<config xmlns="http://artifactory.jfrog.org/xsd/3.1.30">\n    <localRepositories>\n${Array.from({ length: REPOS }, (_, i) => repo(i)).join('')}    </localRepositories>\n</config>\n`;
}

async function medianMs(run: () => unknown | Promise<unknown>, runs = RUNS): Promise<number> {
  for (let i = 0; i < 3; i++) await run();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  return median(times);
}

export async function benchPlatformTrust(): Promise<Figure[]> {
  const xml = bigConfig();
  const checkMs = await medianMs(() => xmlProblem(xml));
  // Raw floor: one pass over the same text that only counts tags.
  const scanMs = await medianMs(() => xml.split('<').length);

  const platform = await startFakePlatform({ seed: 'minimal' });
  const dataDir = mkdtempSync(join(tmpdir(), 'lilypad-bench-sysconfig-'));
  const services = createAppServices({ dataDir, runtime: 'browser-host' });
  try {
    const saved = await services.dispatch('instances.save', { name: 'bench', baseUrl: platform.url, authKind: 'token', secret: platform.principals.admin.token });
    if (!saved.ok) throw new Error(saved.error.message);
    const instanceId = (saved.value as { id: string }).id;
    const saveMs = await medianMs(async () => {
      const result = await services.dispatch('sysconfig.saveXml', { instanceId, xml });
      if (!result.ok) throw new Error(result.error.message);
    }, 9);
    const rawMs = await medianMs(async () => {
      const response = await fetch(`${platform.url}/artifactory/api/system/configuration`, {
        method: 'POST',
        headers: { authorization: `Bearer ${platform.principals.admin.token}`, 'content-type': 'application/xml' },
        body: xml,
      });
      await response.text();
    }, 9);

    const { pem } = await rootCertificate(platform.state);
    const bare = pem.replace(/-----(BEGIN|END) CERTIFICATE-----/g, '').replace(/\s+/g, '');
    const decodeMs = await medianMs(() => decodeRootCertificate(bare), 200);
    const parseMs = await medianMs(() => new X509Certificate(pem).fingerprint256, 200);

    const kb = Math.round(xml.length / 1024);
    return [
      figure('sysconfig.xmlCheck', `well-formedness check, config of ${REPOS} repositories (${kb} KB)`, checkMs, {
        unit: 'ms',
        max: 100,
        floor: { label: 'split on "<"', value: round(scanMs), unit: 'ms' },
      }),
      figure('sysconfig.xmlCheck.ratio', 'well-formedness check / plain scan', checkMs / scanMs),
      figure('sysconfig.save', `save through the bridge: read, local backup, post (${kb} KB)`, saveMs, {
        unit: 'ms',
        floor: { label: 'raw POST of the same XML', value: round(rawMs), unit: 'ms' },
      }),
      figure('sysconfig.save.ratio', 'save through the bridge / raw POST', saveMs / rawMs),
      figure('trust.rootCert.decode', 'root certificate decoded (base64 → PEM → X.509 fields)', decodeMs, {
        unit: 'ms',
        floor: { label: 'X509Certificate alone', value: round(parseMs), unit: 'ms' },
      }),
    ];
  } finally {
    await services.close();
    await platform.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const f of await benchPlatformTrust()) console.log(`${f.label}: ${f.value}${f.unit ? ` ${f.unit}` : ''}${f.floor ? ` (floor ${f.floor.label}: ${f.floor.value})` : ''}`);
}
