// The next page of a cursor-paged list, read from the platform while the window is still
// taking the page before it: the window asks for pages one after another, so without this
// each page waits for main's own round trip to the platform after the window's. One page
// per list, kept for a short while, taken once. Keyed by instance, base URL, list, page size
// and cursor: a different question never gets this answer.
import type { AnswerInfo } from '../http/types';
import type { AppContext, AreaService } from './types';

/** A page nobody asked for within this is dropped (the window stopped walking the list). */
export const READ_AHEAD_TTL_MS = 15_000;

interface Entry<T> {
  answer: Promise<T | undefined>;
  controller: AbortController;
  timer: ReturnType<typeof setTimeout>;
}

/** Reads the page at `signal`, reporting what the client saw of the answer to `onAnswer`. */
export type PageRead<T> = (signal: AbortSignal, onAnswer: (info: AnswerInfo) => void) => Promise<T>;

export class PageReadAhead implements AreaService {
  private readonly entries = new Map<string, Entry<unknown>>();

  constructor(private readonly ttlMs = READ_AHEAD_TTL_MS) {}

  /** Starts reading the page under `key`, unless it is already being read. */
  start<T>(key: string, read: PageRead<T>): void {
    if (this.entries.has(key)) return;
    const controller = new AbortController();
    let echoed = false;
    // A failed or echoing read is not an answer: the caller then asks again in its own call,
    // whose scope reports the failure or scrubs the echo (a read ahead has no scope left to do either).
    const answer = read(controller.signal, (info) => {
      if (info.secretEchoed) echoed = true;
    }).then(
      (value) => (echoed ? undefined : value),
      () => undefined,
    );
    const timer = setTimeout(() => this.drop(key), this.ttlMs);
    timer.unref?.();
    this.entries.set(key, { answer, controller, timer });
  }

  /** The page read ahead under `key` (once), or undefined: nothing read, failed, or dropped. */
  async take<T>(key: string): Promise<T | undefined> {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    clearTimeout(entry.timer);
    return (await entry.answer) as T | undefined;
  }

  /** Forgets every page read ahead for keys starting with `prefix` (a change made them stale). */
  dropAll(prefix: string): void {
    for (const key of [...this.entries.keys()]) if (key.startsWith(prefix)) this.drop(key);
  }

  get size(): number {
    return this.entries.size;
  }

  close(): void {
    for (const key of [...this.entries.keys()]) this.drop(key);
  }

  private drop(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    clearTimeout(entry.timer);
    entry.controller.abort();
  }
}

export const pageReadAhead = (ctx: AppContext): PageReadAhead => ctx.service('page-read-ahead', () => new PageReadAhead());
