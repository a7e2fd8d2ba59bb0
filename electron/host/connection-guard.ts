// Bounds the sockets of the loopback host: a total cap, and a smaller cap plus a short
// idle deadline for sockets that have not yet shown a valid session (anything on this
// machine can open them). A socket that carries a valid session is left to the server's
// keep-alive handling: its bridge calls may wait long on a slow platform.
import type { Server } from 'node:http';
import type { Socket } from 'node:net';
import type { Logger } from '../services/log/logger';

export interface ConnectionLimits {
  /** All sockets at once; more are dropped by Node as they arrive. */
  maxConnections: number;
  /** Sockets without a valid session yet; past this the oldest idle one is closed. */
  maxUnauthenticated: number;
  /** A socket without a valid session that stays silent this long is closed. */
  unauthenticatedIdleMs: number;
}

export const DEFAULT_CONNECTION_LIMITS: ConnectionLimits = {
  maxConnections: 64,
  maxUnauthenticated: 16,
  unauthenticatedIdleMs: 10_000,
};

interface SocketState {
  authenticated: boolean;
  /** Requests being answered on this socket. */
  active: number;
}

export interface ConnectionGuard {
  /** The socket carried a valid session: it is no longer limited as an anonymous one. */
  authenticate(socket: Socket): void;
  /** Counts a request in flight on its socket, so an idle sweep never cuts it. */
  track(socket: Socket, done: (listener: () => void) => void): void;
}

export function guardConnections(server: Server, limits: ConnectionLimits, log: Logger): ConnectionGuard {
  server.maxConnections = limits.maxConnections;
  const states = new Map<Socket, SocketState>();
  let dropsLogged = 0;
  server.on('drop', () => {
    // Logged a few times only: a flood must not flood the log too.
    if (dropsLogged++ < 5) log.warn('browser host: connection refused, too many open', { maxConnections: limits.maxConnections });
  });

  const anonymous = (): Socket[] => [...states].filter(([, state]) => !state.authenticated).map(([socket]) => socket);

  server.on('connection', (socket: Socket) => {
    states.set(socket, { authenticated: false, active: 0 });
    socket.once('close', () => states.delete(socket));
    socket.setTimeout(limits.unauthenticatedIdleMs, () => {
      const state = states.get(socket);
      if (state && !state.authenticated && state.active === 0) socket.destroy();
    });
    const waiting = anonymous();
    if (waiting.length > limits.maxUnauthenticated) {
      // The oldest silent one goes; if every one is busy, the newcomer does.
      const victim = waiting.find((candidate) => candidate !== socket && states.get(candidate)?.active === 0) ?? socket;
      victim.destroy();
    }
  });

  return {
    authenticate(socket) {
      const state = states.get(socket);
      if (!state || state.authenticated) return;
      state.authenticated = true;
      socket.setTimeout(0);
    },
    track(socket, done) {
      const state = states.get(socket);
      if (!state) return;
      state.active++;
      done(() => {
        state.active = Math.max(0, state.active - 1);
      });
    },
  };
}
