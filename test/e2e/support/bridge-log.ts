import type { Page, Response } from '@playwright/test';

export interface BridgeLogEntry {
  call: string;
  status: number;
  body: string;
}

/**
 * Every /api/call/* response body the page received (browser host only: Electron's IPC is
 * not HTTP). Bodies are read asynchronously; await settle() before asserting on them.
 */
export class BridgeLog {
  readonly entries: BridgeLogEntry[] = [];
  private readonly pending = new Set<Promise<void>>();

  attach(page: Page): void {
    page.on('response', (response) => this.capture(response));
  }

  private capture(response: Response): void {
    const match = /\/api\/call\/([^/?#]+)/.exec(new URL(response.url()).pathname);
    if (!match) return;
    const reading = response
      .text()
      .then((body) => void this.entries.push({ call: decodeURIComponent(match[1]), status: response.status(), body }))
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
