// DNS-rebinding and cross-site guards for the loopback host: a page on another origin can
// make the browser send requests to 127.0.0.1, but it cannot fake Host or Origin.
import type { IncomingHttpHeaders } from 'node:http';

/** The Host values under which our own page reaches us. */
export function allowedHosts(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`];
}

export function isAllowedHost(headers: IncomingHttpHeaders, port: number): boolean {
  const host = headers.host;
  return typeof host === 'string' && allowedHosts(port).includes(host.toLowerCase());
}

/** An Origin, when the browser sends one, must be the page's own (http://<Host>). */
export function isAllowedOrigin(headers: IncomingHttpHeaders, port: number): boolean {
  const origin = headers.origin;
  if (origin === undefined) return true;
  if (typeof origin !== 'string' || typeof headers.host !== 'string') return false;
  return allowedHosts(port).some((host) => origin.toLowerCase() === `http://${host}` && headers.host?.toLowerCase() === host);
}

export function isJsonContentType(headers: IncomingHttpHeaders): boolean {
  const type = headers['content-type'];
  if (typeof type !== 'string') return false;
  return type.split(';')[0].trim().toLowerCase() === 'application/json';
}
