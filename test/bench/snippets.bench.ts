// Snippet figures: generation time for a large Docker estate (2,000 repositories, one
// port each) and how long the real `nginx -t` takes to accept that output.
// Alone: `npx tsx test/bench/snippets.bench.ts`.
import { rmSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import type { SnippetInput } from '../../shared/areas/http-settings/model';
import { generateApache, generateNginx } from '../../shared/snippets';
import { hasBinary } from '../support/require-binary';
import { makeSelfSignedCert } from '../system/support/cert';
import { checkConfig, NGINX, prepare } from '../system/support/web-servers';
import { median } from './timing';

const REPOS = 2_000;
const RUNS = 15;
const TARGET_MS = 50;

function largeInput(): SnippetInput {
  return {
    settings: {
      serverName: 'art.example.com',
      useHttp: true,
      useHttps: true,
      httpPort: 80,
      sslPort: 443,
      sslCertificate: '/etc/ssl/art.crt',
      sslKey: '/etc/ssl/art.key',
      dockerReverseProxyMethod: 'PORTPERREPO',
    },
    dockerRepos: Array.from({ length: REPOS }, (_, i) => ({ key: `docker-${String(i).padStart(4, '0')}`, port: 10_000 + i })),
  };
}

function medianMs(run: () => unknown): number {
  for (let i = 0; i < 3; i++) run(); // warm-up: JIT, not what an admin waits for twice
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return median(times);
}

export async function benchSnippets(): Promise<Record<string, number | string>> {
  const input = largeInput();
  const nginxMs = medianMs(() => generateNginx(input));
  const apacheMs = medianMs(() => generateApache(input));
  // Raw baseline: building a string of the same size with no logic at all.
  const text = generateNginx(input);
  const baselineMs = medianMs(() => Array.from({ length: text.length / 64 }, () => 'x'.repeat(64)).join(''));
  const figures: Record<string, number | string> = {
    [`nginx generation, ${REPOS} repos PORTPERREPO (median ms, target <= ${TARGET_MS})`]: round(nginxMs),
    [`apache generation, ${REPOS} repos PORTPERREPO (median ms)`]: round(apacheMs),
    'baseline: string of the same size (median ms)': round(baselineMs),
    'nginx generation / baseline': round(nginxMs / baselineMs),
    'nginx snippet size (lines)': text.split('\n').length,
  };
  if (!hasBinary(NGINX)) {
    figures['nginx -t on that output'] = 'skipped: nginx is not installed';
    return figures;
  }
  // `nginx -t` loads the certificate files, so a real pair is made for the run.
  const cert = makeSelfSignedCert('art.example.com');
  const prepared = prepare('nginx', generateNginx({ ...input, settings: { ...input.settings, sslCertificate: cert.certificate, sslKey: cert.key } }), {
    // every repository port is a listening socket, and nginx wants more connections than sockets
    workerConnections: REPOS + 512,
  });
  try {
    const start = performance.now();
    const result = checkConfig(prepared);
    const checkMs = performance.now() - start;
    if (!result.ok) throw new Error(`nginx -t rejected the ${REPOS}-repository snippet:\n${result.output.slice(-2000)}`);
    figures['nginx -t on that output (ms)'] = round(checkMs);
  } finally {
    rmSync(prepared.dir, { recursive: true, force: true });
    rmSync(cert.dir, { recursive: true, force: true });
  }
  return figures;
}

const round = (value: number): number => Math.round(value * 100) / 100;

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const figures = await benchSnippets();
  for (const [label, value] of Object.entries(figures)) console.log(`  ${label.padEnd(70)} ${value}`);
}
