import type { Page, Response } from '@playwright/test';

export interface BridgeLogEntry {
  call: string;
  status: number;
  body: string;
}

const callOf = (url: string): string | null => {
  const match = /\/api\/call\/([^/?#]+)/.exec(new URL(url).pathname);
  return match ? decodeURIComponent(match[1]) : null;
};

/**
 * The page's bridge traffic on the browser host (Electron's IPC is not HTTP, so there the
 * log stays detached and empty). `requested` grows as each call leaves the page, in
 * order; response bodies are read asynchronously: await settle() before asserting on them.
 */
export class BridgeLog {
  readonly entries: BridgeLogEntry[] = [];
  /** Call names in the order the page sent them. */
  readonly requested: string[] = [];
  attached = false;
  private readonly pending = new Set<Promise<void>>();

  attach(page: Page): void {
    this.attached = true;
    page.on('request', (request) => {
      const call = callOf(request.url());
      if (call) this.requested.push(call);
    });
    page.on('response', (response) => this.capture(response));
  }

  /** How many times the page has sent this call so far. */
  calls(name: string): number {
    return this.requested.filter((call) => call === name).length;
  }

  private capture(response: Response): void {
    const call = callOf(response.url());
    if (!call) return;
    const reading = response
      .text()
      .then((body) => void this.entries.push({ call, status: response.status(), body }))
      .catch(() => undefined) // the page went away mid-read; nothing to capture
      .finally(() => this.pending.delete(reading));
    this.pending.add(reading);
  }

  async settle(): Promise<void> {
    await Promise.all([...this.pending]);
  }

  /** All bodies joined, for "does this secret appear anywhere" checks. */
  allText(): string {
    return this.entries.map((entry) => entry.body).join('\n');
  }
}
