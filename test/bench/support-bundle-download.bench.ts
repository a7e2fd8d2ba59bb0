// A support bundle archive downloaded through Lilypad (supportBundles.download: the client
// streams it to a file in the data folder, the renderer's poll reads progress) against a
// raw Node stream of the same URL to /dev/null, in the same run; and how much main's RSS
// grows meanwhile. 1 GiB by default (LILYPAD_BENCH_BUNDLE_MB to change). The fake runs in
// this process too: its archive is generated chunk by chunk, so it adds little.
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pipeline } from 'node:stream/promises';
import { createAppServices } from '../../electron/services/app-services';
import type { DownloadJob } from '../../shared/areas/support-bundles/model';
import { startFakePlatform } from '../fake-platform/index';
import { supportBundlesState } from '../fake-platform/areas/support-bundles';
import { figure, type Figure } from './figures';

const MB = 1024 * 1024;

function rawDownload(url: string, token: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers: { authorization: `Bearer ${token}` } }, (res) => {
      if (res.statusCode !== 200) reject(new Error(`raw download answered ${res.statusCode}`));
      pipeline(res, createWriteStream('/dev/null')).then(resolve, reject);
    });
    req.on('error', reject);
    req.end();
  });
}

export async function benchSupportBundleDownload(): Promise<Figure[]> {
  const size = Number(process.env.LILYPAD_BENCH_BUNDLE_MB ?? 1024) * MB;
  const fake = await startFakePlatform({ seed: 'minimal' });
  const dataDir = mkdtempSync(join(tmpdir(), 'lilypad-bench-bundle-'));
  const services = createAppServices({ dataDir, runtime: 'browser-host' });
  try {
    const own = supportBundlesState(fake.state);
    own.readyAfterMs = 0;
    own.archiveBytes = size;
    own.chunkBytes = 256 * 1024;
    const saved = await services.dispatch('instances.save', { name: 'Bench', baseUrl: fake.url, authKind: 'token', secret: fake.principals.admin.token });
    if (!saved.ok) throw new Error(saved.error.message);
    const instanceId = (saved.value as { id: string }).id;
    const created = await services.dispatch('supportBundles.create', { instanceId, bundle: { name: 'bench' } });
    if (!created.ok) throw new Error(created.error.message);
    const id = (created.value as { id: string }).id;

    let start = performance.now();
    await rawDownload(`${fake.url}/artifactory/api/system/support/bundle/${id}/archive`, fake.principals.admin.token);
    const rawMs = performance.now() - start;

    global.gc?.();
    const rssBefore = process.memoryUsage().rss;
    let rssPeak = rssBefore;
    start = performance.now();
    const started = await services.dispatch('supportBundles.download', { instanceId, id });
    if (!started.ok) throw new Error(started.error.message);
    let job = started.value as DownloadJob;
    // Polled as the screen does (every 500 ms there; more often here, to catch the peak).
    while (job.state === 'running') {
      await new Promise((resolve) => setTimeout(resolve, 50));
      rssPeak = Math.max(rssPeak, process.memoryUsage().rss);
      const status = await services.dispatch('supportBundles.downloadStatus', { instanceId, jobId: job.jobId });
      if (!status.ok) throw new Error(status.error.message);
      job = status.value as DownloadJob;
    }
    const lilypadMs = performance.now() - start;
    if (job.state !== 'done' || job.received !== size) throw new Error(`download ended ${job.state} after ${job.received} bytes: ${job.error?.message ?? ''}`);

    const mbps = (ms: number) => size / MB / (ms / 1000);
    return [
      figure('bundleDownload.size', 'archive size', size / MB, { unit: 'MiB' }),
      figure('bundleDownload.lilypad', 'Lilypad: streamed to a file, polled', mbps(lilypadMs), {
        unit: 'MiB/s',
        floor: { label: 'raw Node stream to /dev/null', value: Math.round(mbps(rawMs)), unit: 'MiB/s' },
      }),
      figure('bundleDownload.ratio', 'throughput Lilypad / raw (target ≥ 0.8)', rawMs / lilypadMs, { unit: '×' }),
      figure('bundleDownload.rssGrowth', "main's RSS growth during the download", (rssPeak - rssBefore) / MB, { unit: 'MiB', max: 64 }),
    ];
  } finally {
    await services.close();
    await fake.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
