// Turns what went wrong on the wire into one ApiError a person can act on: the
// platform's own message when it sent one, plus a plain sentence about the status or
// the network/TLS problem. Secrets are scrubbed later, by the client.
import type { ApiError } from '../../../shared/errors';
import { describeBytes } from './limits';

const MAX_PLATFORM_MESSAGE = 500;

/** The platform's message from any of the body shapes JFrog services send. */
export function extractPlatformMessage(body: string): string | undefined {
  const trimmed = body.trim();
  if (!trimmed) return undefined;
  try {
    return fromJson(JSON.parse(trimmed)) ?? undefined;
  } catch {
    // Plain text (or HTML from a proxy): keep it short and on one line.
    const text = trimmed
      .replace(/<[^>]*>/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
    return text ? text.slice(0, MAX_PLATFORM_MESSAGE) : undefined;
  }
}

function fromJson(value: unknown): string | null {
  if (typeof value === 'string') return value.slice(0, MAX_PLATFORM_MESSAGE) || null;
  if (typeof value !== 'object' || value === null) return null;
  const record = value as Record<string, unknown>;
  // Artifactory: {"errors":[{"status":404,"message":"…"}]}; Access: {"errors":[{"code":"…","message":"…"}]}
  if (Array.isArray(record.errors)) {
    const parts = record.errors
      .map((entry) => {
        if (typeof entry === 'string') return entry;
        if (typeof entry !== 'object' || entry === null) return null;
        const { message, code } = entry as Record<string, unknown>;
        if (typeof message === 'string' && message) return message;
        return typeof code === 'string' ? code : null;
      })
      .filter((part): part is string => part !== null && part.length > 0);
    if (parts.length > 0) return parts.join('; ').slice(0, MAX_PLATFORM_MESSAGE);
  }
  for (const key of ['message', 'error', 'detail', 'error_description']) {
    const field = record[key];
    if (typeof field === 'string' && field) return field.slice(0, MAX_PLATFORM_MESSAGE);
  }
  return null;
}

/** The plain sentence for an error status. */
export function statusSentence(status: number): string {
  switch (status) {
    case 400:
      return 'The platform rejected the request as invalid (400).';
    case 401:
      return 'The instance rejected the credentials (401). Check the username and password or token.';
    case 403:
      return 'This action needs admin permissions (403). Use an admin account or token for this instance.';
    case 404:
      return 'The platform has no such resource (404).';
    case 405:
      return 'The platform does not allow this request here (405).';
    case 409:
      return 'It already exists or conflicts with the current state (409).';
    case 429:
      return 'The platform is rate limiting requests (429). Wait a moment and try again.';
    case 500:
      return 'The platform failed with an internal error (500).';
    case 502:
    case 504:
      return `A proxy in front of the platform could not reach it (${status}).`;
    case 503:
      return 'The platform is unavailable right now (503). It may be starting up or overloaded.';
    default:
      return status >= 500 ? `The platform failed (${status}).` : `The platform refused the request (${status}).`;
  }
}

export function httpError(status: number, body: string, method: string, path: string): ApiError {
  const platformMessage = extractPlatformMessage(body);
  const error: ApiError = { kind: 'http', status, method, path, message: statusSentence(status) };
  if (platformMessage !== undefined) error.platformMessage = platformMessage;
  return error;
}

const TLS_HINT = "Add the CA certificate in the instance's TLS options.";
const TLS_SENTENCES: Record<string, string> = {
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: `The server's certificate is signed by a certificate authority this computer does not trust. ${TLS_HINT}`,
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: `The server's certificate is signed by a certificate authority this computer does not trust. ${TLS_HINT}`,
  UNABLE_TO_GET_ISSUER_CERT: `The issuer of the server's certificate is unknown. ${TLS_HINT}`,
  SELF_SIGNED_CERT_IN_CHAIN: `The server's certificate chain ends in a self-signed certificate that is not trusted. ${TLS_HINT}`,
  DEPTH_ZERO_SELF_SIGNED_CERT: `The server uses a self-signed certificate that is not trusted. ${TLS_HINT}`,
  CERT_HAS_EXPIRED: "The server's certificate has expired. Ask the administrator of the instance to renew it.",
  CERT_NOT_YET_VALID: "The server's certificate is not valid yet. Check this computer's clock.",
  ERR_TLS_CERT_ALTNAME_INVALID: "The server's certificate does not name this host. Use the host name the certificate was issued for.",
};

export const isTlsCode = (code: string | undefined): boolean =>
  code !== undefined && (code in TLS_SENTENCES || code.startsWith('ERR_TLS_') || code.startsWith('ERR_SSL_') || /CERT/.test(code));

/** The plain sentence for a certificate problem code (also used by the connection test). */
export function tlsSentence(code: string): string {
  return TLS_SENTENCES[code] ?? `The TLS handshake failed (${code}). ${TLS_HINT}`;
}

export interface WireTarget {
  method: string;
  path: string;
  /** host:port */
  host: string;
  hostname: string;
}

/** A Node network/TLS error as an ApiError; `code` keeps Node's code. */
export function networkError(err: unknown, target: WireTarget): ApiError {
  const code = errorCode(err);
  const where = { method: target.method, path: target.path };
  if (isTlsCode(code)) return { kind: 'tls', code, message: tlsSentence(code as string), ...where };
  switch (code) {
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return { kind: 'network', code, message: `DNS could not resolve ${target.hostname}. Check the base URL.`, ...where };
    case 'ECONNREFUSED':
      return { kind: 'network', code, message: `Nothing is listening at ${target.host}. Check the host and port.`, ...where };
    case 'ECONNRESET':
    case 'EPIPE':
      return { kind: 'network', code, message: `The connection to ${target.host} was reset before the answer arrived.`, ...where };
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return { kind: 'network', code, message: `${target.host} cannot be reached from this computer.`, ...where };
    default: {
      const detail = err instanceof Error && err.message ? `: ${err.message}` : '';
      return { kind: 'network', ...(code ? { code } : {}), message: `The request to ${target.host} failed${detail}.`, ...where };
    }
  }
}

export function errorCode(err: unknown): string | undefined {
  if (typeof err !== 'object' || err === null) return undefined;
  const code = (err as { code?: unknown }).code;
  return typeof code === 'string' ? code : undefined;
}

export function timeoutError(ms: number, target: WireTarget): ApiError {
  const seconds = Math.round(ms / 100) / 10;
  return {
    kind: 'timeout',
    method: target.method,
    path: target.path,
    message: `${target.host} did not answer within ${seconds} s. The instance may be overloaded; the timeout is set in the instance's options.`,
  };
}

export function cancelledError(target: WireTarget): ApiError {
  return { kind: 'cancelled', method: target.method, path: target.path, message: 'The request was cancelled.' };
}

export function malformedJsonError(method: string, path: string, status: number): ApiError {
  return { kind: 'http', status, method, path, message: `The platform sent a response that is not valid JSON (${method} ${path}).` };
}

/** An answer over its size limit (limits.ts): nothing of it is kept. */
export function answerTooLargeError(limit: number, target: Pick<WireTarget, 'method' | 'path'>, declared?: number): ApiError {
  const said = declared !== undefined ? ` (it announced ${describeBytes(declared)})` : '';
  return {
    kind: 'too-large',
    code: 'ANSWER_TOO_LARGE',
    method: target.method,
    path: target.path,
    message: `The answer is too large (over the ${describeBytes(limit)} limit for this call)${said}. Lilypad stopped reading it.`,
  };
}

/**
 * A 3xx: Lilypad follows no redirect (a credential must never go where the user did not
 * point it), so it says where the platform pointed and how to fix the base URL. The
 * location is shown as scheme://host/path only: its query or user part may hold a secret.
 */
export function redirectError(status: number, location: string | undefined, requestUrl: URL, target: Pick<WireTarget, 'method' | 'path'>): ApiError {
  const where = { kind: 'http' as const, status, method: target.method, path: target.path, code: 'REDIRECT' };
  let to: URL | undefined;
  try {
    to = location ? new URL(location, requestUrl) : undefined;
  } catch {
    to = undefined;
  }
  if (!to || (to.protocol !== 'http:' && to.protocol !== 'https:')) {
    return { ...where, message: `The platform answered with a redirect (${status}) that Lilypad does not follow. Check the base URL.` };
  }
  const shown = `${to.protocol}//${to.host}${to.pathname}`;
  const lead = `The platform redirected to ${shown} (${status}). Lilypad follows no redirects`;
  if (to.hostname !== requestUrl.hostname) {
    return { ...where, message: `${lead}, so no credential went to ${to.host}. If that is where the instance lives, change the base URL to it.` };
  }
  if (to.protocol !== requestUrl.protocol || to.port !== requestUrl.port) {
    return { ...where, message: `${lead}: change the base URL to ${to.protocol}//${to.host}.` };
  }
  return { ...where, message: `${lead}: the base URL's path may be wrong (for example a missing or extra /artifactory).` };
}
