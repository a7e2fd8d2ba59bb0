// Downloads that outlive the call that started them: each streams one platform answer to
// a file (http.download writes beside it and renames when complete), counts bytes and
// rate for the renderer to poll, and can be cancelled (the partial file is removed).
import { randomBytes } from 'node:crypto';
import type { DownloadJob } from '../../../shared/areas/support-bundles/model';
import { ApiFailure } from '../../../shared/errors';
import type { AreaService } from '../areas/types';
import type { PlatformHttp, PlatformRequest } from '../http/types';

/** Jobs kept after they end, so a screen that comes back still sees the outcome. */
const KEEP_FINISHED = 50;
/** Rate over roughly this window. */
const RATE_WINDOW_MS = 2000;

interface Entry {
  job: DownloadJob;
  abort: AbortController;
  samples: { at: number; bytes: number }[];
  done: Promise<void>;
}

export interface StartDownload {
  http: PlatformHttp;
  request: PlatformRequest;
  bundleId: string;
  file: string;
  fileName: string;
  /** Shown to the renderer as where it was saved (the app); absent in the browser host. */
  savedTo?: string;
  /** After a complete download: e.g. shelve it for the browser; returns the fetch path. */
  onComplete?: (file: string) => string | undefined;
}

export class DownloadJobs implements AreaService {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly now: () => number = Date.now) {}

  start(options: StartDownload): DownloadJob {
    const jobId = randomBytes(12).toString('hex');
    const abort = new AbortController();
    const job: DownloadJob = {
      jobId,
      bundleId: options.bundleId,
      state: 'running',
      received: 0,
      rate: 0,
      startedAt: new Date(this.now()).toISOString(),
      fileName: options.fileName,
      ...(options.savedTo ? { savedTo: options.savedTo } : {}),
    };
    const entry: Entry = { job, abort, samples: [{ at: this.now(), bytes: 0 }], done: Promise.resolve() };
    entry.done = options.http
      .download(
        { ...options.request, signal: abort.signal },
        {
          file: options.file,
          onProgress: (received, total) => {
            job.received = received;
            if (total !== undefined) job.total = total;
            this.sample(entry, received);
          },
        },
      )
      .then((result) => {
        job.received = result.bytes;
        job.state = 'done';
        const fetchPath = options.onComplete?.(options.file);
        if (fetchPath) job.fetchPath = fetchPath;
      })
      .catch((caught: unknown) => {
        if (abort.signal.aborted) {
          job.state = 'cancelled';
          return;
        }
        job.state = 'failed';
        const error = caught instanceof ApiFailure ? caught.error : undefined;
        job.error = {
          message: error?.message ?? 'The download failed.',
          ...(error?.status !== undefined ? { status: error.status } : {}),
        };
      })
      .finally(() => {
        job.rate = 0;
        this.prune();
      });
    this.entries.set(jobId, entry);
    return { ...job };
  }

  status(jobId: string): DownloadJob {
    return { ...this.entry(jobId).job };
  }

  /** Stops a running download; the partial file is removed by the client. Resolves once it has. */
  async cancel(jobId: string): Promise<DownloadJob> {
    const entry = this.entry(jobId);
    if (entry.job.state === 'running') entry.abort.abort();
    await entry.done;
    return { ...entry.job };
  }

  /** Resolves when the job has ended (tests, bench). */
  async settled(jobId: string): Promise<DownloadJob> {
    const entry = this.entry(jobId);
    await entry.done;
    return { ...entry.job };
  }

  close(): void {
    for (const entry of this.entries.values()) entry.abort.abort();
  }

  private entry(jobId: string): Entry {
    const entry = this.entries.get(jobId);
    if (!entry) throw new ApiFailure({ kind: 'not-found', message: 'That download is not known (it may be from before a restart).' });
    return entry;
  }

  private sample(entry: Entry, bytes: number): void {
    const at = this.now();
    const last = entry.samples[entry.samples.length - 1];
    if (at - last.at < 100) return;
    entry.samples.push({ at, bytes });
    while (entry.samples.length > 2 && at - entry.samples[0].at > RATE_WINDOW_MS) entry.samples.shift();
    const first = entry.samples[0];
    entry.job.rate = at > first.at ? Math.round(((bytes - first.bytes) * 1000) / (at - first.at)) : 0;
  }

  private prune(): void {
    const finished = [...this.entries.entries()].filter(([, entry]) => entry.job.state !== 'running');
    for (const [id] of finished.slice(0, Math.max(0, finished.length - KEEP_FINISHED))) this.entries.delete(id);
  }
}
