// Socket-level probes of the connection test: can we connect, does the port speak TLS or
// plain HTTP, is the certificate trusted. Each is bounded by a deadline and a signal; a
// cancelled probe destroys its socket at once and resolves (the caller checks the signal).
import { connect as netConnect, isIP, type Socket } from 'node:net';
import { connect as tlsConnect, type PeerCertificate } from 'node:tls';
import type { InstanceProfile } from '../../../shared/areas/instances/model';
import { tlsOptionsOf } from '../http/agents';
import { networkError, tlsSentence } from '../http/errors';

interface Bounds {
  ms: number;
  signal?: AbortSignal;
}

/** Runs a socket until `settle` is called, the deadline passes or the signal aborts; the socket is always destroyed. */
function bounded<T>(open: () => Socket, bounds: Bounds, onTimeout: T, onAbort: T, wire: (socket: Socket, settle: (value: T) => void) => void): Promise<T> {
  return new Promise((resolve) => {
    if (bounds.signal?.aborted) {
      resolve(onAbort);
      return;
    }
    const socket = open();
    let done = false;
    const settle = (value: T): void => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      bounds.signal?.removeEventListener('abort', abort);
      socket.destroy();
      resolve(value);
    };
    const abort = (): void => settle(onAbort);
    const timer = setTimeout(() => settle(onTimeout), bounds.ms);
    bounds.signal?.addEventListener('abort', abort, { once: true });
    wire(socket, settle);
  });
}

const servername = (host: string) => (isIP(host) ? {} : { servername: host });

/** null when something accepts a TCP connection; otherwise the problem in a sentence. */
export function reachHost(host: string, port: number, label: string, bounds: Bounds): Promise<string | null> {
  return bounded<string | null>(
    () => netConnect({ host, port }),
    bounds,
    `${label} did not accept a connection within ${bounds.ms / 1000} s (a firewall may drop it).`,
    null,
    (socket, settle) => {
      socket.once('connect', () => settle(null));
      socket.once('error', (err) => settle(networkError(err, { method: 'CONNECT', path: '', host: label, hostname: host }).message));
    },
  );
}

export interface TlsOutcome {
  state: 'ok' | 'warn' | 'fail';
  detail: string;
  /** The handshake itself failed (not a certificate verdict): the port may not speak TLS. */
  handshakeFailed?: boolean;
}

export function checkTls(host: string, port: number, profile: InstanceProfile, bounds: Bounds): Promise<TlsOutcome> {
  const { ca } = tlsOptionsOf(profile);
  const cancelled: TlsOutcome = { state: 'fail', detail: 'Cancelled.' };
  return bounded<TlsOutcome>(
    // Verify by hand so a problem can be named even when skipVerify lets it through.
    () => tlsConnect({ host, port, ...servername(host), ...(ca ? { ca } : {}), rejectUnauthorized: false }),
    bounds,
    { state: 'fail', detail: `The TLS handshake did not finish within ${bounds.ms / 1000} s.`, handshakeFailed: true },
    cancelled,
    (socket, settle) => {
      const secure = socket as ReturnType<typeof tlsConnect>;
      secure.once('secureConnect', () => {
        const cert = secure.getPeerCertificate();
        if (secure.authorized) {
          settle({ state: 'ok', detail: `The certificate is trusted${describeCert(cert)}.` });
          return;
        }
        const code = codeOf(secure.authorizationError);
        if (profile.tls.skipVerify) {
          settle({ state: 'warn', detail: `Certificate checks are switched off for this instance. Otherwise it would fail: ${tlsSentence(code)}` });
        } else {
          settle({ state: 'fail', detail: tlsSentence(code) });
        }
      });
      secure.once('error', (err) =>
        settle({ state: 'fail', detail: networkError(err, { method: 'TLS', path: '', host: `${host}:${port}`, hostname: host }).message, handshakeFailed: true }),
      );
    },
  );
}

/** Whether the port completes a TLS handshake (any certificate): an http:// URL pointed at an HTTPS port. */
export function speaksTls(host: string, port: number, bounds: Bounds): Promise<boolean> {
  return bounded<boolean>(
    () => tlsConnect({ host, port, ...servername(host), rejectUnauthorized: false }),
    bounds,
    false,
    false,
    (socket, settle) => {
      socket.once('secureConnect', () => settle(true));
      socket.once('error', () => settle(false));
    },
  );
}

/** Whether the port answers a plain HTTP request: an https:// URL pointed at a plain port. */
export function speaksPlainHttp(host: string, port: number, bounds: Bounds): Promise<boolean> {
  return bounded<boolean>(
    () => netConnect({ host, port }),
    bounds,
    false,
    false,
    (socket, settle) => {
      let seen = '';
      socket.once('connect', () => socket.write(`HEAD / HTTP/1.1\r\nHost: ${host.includes(':') ? `[${host}]` : host}:${port}\r\nConnection: close\r\n\r\n`));
      socket.on('data', (chunk: Buffer) => {
        seen += chunk.toString('latin1');
        if (seen.length >= 5) settle(seen.startsWith('HTTP/'));
      });
      socket.once('end', () => settle(seen.startsWith('HTTP/')));
      socket.once('error', () => settle(false));
    },
  );
}

function codeOf(error: unknown): string {
  if (typeof error === 'string') return error;
  if (error && typeof error === 'object' && typeof (error as { code?: unknown }).code === 'string') return (error as { code: string }).code;
  return 'UNKNOWN_TLS_ERROR';
}

function describeCert(cert: PeerCertificate | undefined): string {
  if (!cert || !cert.valid_to) return '';
  return typeof cert.subject?.CN === 'string' ? ` (issued to ${cert.subject.CN}, valid until ${cert.valid_to})` : ` (valid until ${cert.valid_to})`;
}
