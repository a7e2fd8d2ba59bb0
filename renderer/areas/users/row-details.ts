// E-mail and admin flag for the rows in view. The platform's user list has neither, so
// they come from one GET per user: only for the users the admin is looking at, a few at a
// time, each user once (the table keeps what was read). Rows that scrolled away before
// their turn are never fetched. Pure: the fetch and the store are passed in.
import type { UserDetails } from '../../../shared/areas/users/model';
import type { KnownDetails } from './user-table';

export const DETAILS_CONCURRENCY = 4;

/** What the list keeps of a user's details: e-mail, and admin in effect (own flag or through a group). */
export const detailsOf = (user: Pick<UserDetails, 'effective_admin' | 'email'>): KnownDetails => ({
  admin: user.effective_admin,
  ...(user.email !== undefined ? { email: user.email } : {}),
});

export interface RowDetailsOptions {
  fetch: (username: string) => Promise<KnownDetails>;
  /** True when the details of this user are already known. */
  isKnown: (username: string) => boolean;
  onDetails: (username: string, details: KnownDetails) => void;
  /** Called after a failure is recorded, so the screen can show it. */
  onFailure?: (username: string) => void;
  describeError?: (error: unknown) => string;
  concurrency?: number;
}

export class RowDetailsLoader {
  private wanted: readonly string[] = [];
  private readonly inFlight = new Set<string>();
  private readonly failures = new Map<string, string>();
  private closed = false;
  /** Most requests that were in flight at once (tests and the bench read it). */
  peak = 0;
  /** Requests started so far. */
  started = 0;

  constructor(private readonly options: RowDetailsOptions) {}

  /** The users now in view, in the order they are shown; replaces the previous list. */
  want(usernames: readonly string[]): void {
    this.wanted = usernames;
    this.pump();
  }

  /** Why reading this user's details failed, if it did (it is not retried until a reload). */
  failure(username: string): string | undefined {
    return this.failures.get(username);
  }

  get busy(): number {
    return this.inFlight.size;
  }

  /** Stops: nothing more is fetched and answers still on their way are dropped. */
  close(): void {
    this.closed = true;
    this.wanted = [];
  }

  /** Takes requests again after close() (React may mount, unmount and mount again). */
  open(): void {
    this.closed = false;
  }

  private pump(): void {
    const limit = Math.max(1, this.options.concurrency ?? DETAILS_CONCURRENCY);
    while (!this.closed && this.inFlight.size < limit) {
      const next = this.wanted.find((name) => !this.inFlight.has(name) && !this.failures.has(name) && !this.options.isKnown(name));
      if (next === undefined) return;
      this.start(next);
    }
  }

  private start(username: string): void {
    this.inFlight.add(username);
    this.started++;
    this.peak = Math.max(this.peak, this.inFlight.size);
    const describe = this.options.describeError ?? ((error: unknown) => (error instanceof Error ? error.message : String(error)));
    this.options
      .fetch(username)
      .then(
        (details) => {
          if (!this.closed) this.options.onDetails(username, details);
        },
        (error: unknown) => {
          if (this.closed) return;
          this.failures.set(username, describe(error));
          this.options.onFailure?.(username);
        },
      )
      .finally(() => {
        this.inFlight.delete(username);
        this.pump();
      });
  }
}
