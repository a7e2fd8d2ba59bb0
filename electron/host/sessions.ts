// Who may call the browser host. A printed or opened link carries a one-time code in its
// fragment; the page trades it once for a session of its own (kept in that tab), so the
// link left in the browser's history or on a screen is worthless afterwards. A reusable
// token exists for automation (LILYPAD_SESSION_FILE) and tests; it is never printed.
import { createHash } from 'node:crypto';
import { newSessionToken } from './session-token';

/** Outstanding codes and live sessions are bounded; the oldest goes first. */
const MAX_CODES = 32;
const MAX_SESSIONS = 64;

const digest = (value: string): string => createHash('sha256').update(value).digest('hex');

export class SessionRegistry {
  /** By digest, so a lookup compares hashes of random values, never the values themselves. */
  private readonly codes = new Map<string, { onRedeemed?: () => void }>();
  private readonly sessions = new Set<string>();
  private readonly reusable: string;

  constructor(reusableToken: string) {
    this.reusable = digest(reusableToken);
  }

  /** A new one-time hand-over code; `onRedeemed` runs when a page trades it in. */
  issueCode(onRedeemed?: () => void): string {
    const code = newSessionToken();
    this.codes.set(digest(code), onRedeemed ? { onRedeemed } : {});
    if (this.codes.size > MAX_CODES) this.codes.delete(this.codes.keys().next().value as string);
    return code;
  }

  /** Trades a code for a fresh session; a code works once (a second try gets null). */
  exchange(code: unknown): string | null {
    if (typeof code !== 'string' || code.length > 512) return null;
    const key = digest(code);
    const entry = this.codes.get(key);
    if (!entry) return null;
    this.codes.delete(key);
    const session = newSessionToken();
    this.sessions.add(digest(session));
    if (this.sessions.size > MAX_SESSIONS) this.sessions.delete(this.sessions.values().next().value as string);
    try {
      entry.onRedeemed?.();
    } catch {
      // A clean-up hook must not cost the page its session.
    }
    return session;
  }

  isValid(presented: string | string[] | undefined): boolean {
    if (typeof presented !== 'string' || presented.length === 0 || presented.length > 512) return false;
    const key = digest(presented);
    return key === this.reusable || this.sessions.has(key);
  }
}
