// Fake platforms started in one process know each other by URL, so a federation target
// or a pairing partner given by URL can be another fake in the same test: validation
// and pairing then really succeed or fail on the other side's state.
import type { FakeState } from './state';

const peers = new Map<string, FakeState>();

export function registerPeer(url: string, state: FakeState): void {
  peers.set(new URL(url).origin, state);
}

export function unregisterPeer(url: string): void {
  peers.delete(new URL(url).origin);
}

/** The fake platform serving `url` (any path under its origin), if one runs in this process. */
export function peerAt(url: string): FakeState | undefined {
  try {
    return peers.get(new URL(url).origin);
  } catch {
    return undefined;
  }
}

/** The URL a fake platform is served at (its origin). */
export function urlOf(state: FakeState): string | undefined {
  for (const [origin, peer] of peers) if (peer === state) return origin;
  return undefined;
}
