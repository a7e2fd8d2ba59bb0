// Input of the platform's cursor-paged lists (Access v2 users and groups).
import { z } from 'zod';
import { ApiFailure } from '../errors';

export const cursorPage = {
  cursor: z.string().max(4096).optional(),
  limit: z.number().int().min(1).max(99_999).optional(),
};

/**
 * Walks Access's cursor paging and refuses what would never end: a cursor seen before
 * (the platform sent the same page again) or an empty page that still has a cursor.
 * `next` gives the cursor to ask for next, undefined after the last page.
 */
export class CursorWalk {
  private readonly seen = new Set<string>();

  constructor(
    /** What is listed, for the message: "users", "groups". */
    private readonly what: string,
    private readonly path: string,
  ) {}

  next(page: { cursor?: string }, count: number): string | undefined {
    const cursor = page.cursor || undefined;
    if (cursor === undefined) return undefined;
    if (count === 0) throw this.problem(`an empty page of ${this.what} that still has a cursor`);
    if (this.seen.has(cursor)) throw this.problem(`the same cursor twice, which would list the same ${this.what} forever`);
    this.seen.add(cursor);
    return cursor;
  }

  private problem(what: string): ApiFailure {
    return new ApiFailure({
      kind: 'http',
      method: 'GET',
      path: this.path,
      message: `The platform sent ${what}; Lilypad stopped reading the list so it would not loop. Reload to try again; if it persists, a proxy may be caching the answer.`,
    });
  }
}
