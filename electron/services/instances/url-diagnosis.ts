// The usual base-URL mistakes, named with their fix: pure functions of what the
// connection test saw, so each sentence is tested without a network.

/** `https://host/artifactory` (the Artifactory 6 habit): the platform root is wanted. */
export function artifactorySuffixFix(baseUrl: string): string | null {
  const url = new URL(baseUrl);
  if (!/\/artifactory\/?$/i.test(url.pathname)) return null;
  const root = `${url.origin}${url.pathname.replace(/\/artifactory\/?$/i, '')}`;
  return `The base URL ends in /artifactory. Lilypad adds /artifactory/api/… itself, so remove it: use ${root}.`;
}

/** `https://` to a port that answered in plain HTTP. */
export function plainHttpPortFix(baseUrl: string): string {
  const url = new URL(baseUrl);
  return `${url.host} speaks plain HTTP, not TLS. Use http://${url.host}${trimmedPath(url)}, or the platform's HTTPS port (often 443) with https://.`;
}

/** `http://` to a port that completed a TLS handshake. */
export function tlsPortFix(baseUrl: string): string {
  const url = new URL(baseUrl);
  return `${url.host} speaks TLS (HTTPS), not plain HTTP. Use https://${url.host}${trimmedPath(url)}.`;
}

/** An http → https redirect on the same host: the platform wants https. */
export function httpsRedirectFix(baseUrl: string, location: string | undefined): string | null {
  if (!location) return null;
  let target: URL;
  try {
    target = new URL(location, baseUrl);
  } catch {
    return null;
  }
  const url = new URL(baseUrl);
  if (url.protocol !== 'http:' || target.protocol !== 'https:' || target.hostname !== url.hostname) return null;
  return `${url.host} redirects to https. Use https://${target.host}${trimmedPath(url)}.`;
}

/**
 * Any other redirect: Lilypad follows none (credentials must not go to another place), so it
 * says where the platform pointed and lets the user decide whether that is the base URL.
 */
export function redirectFix(baseUrl: string, status: number, location: string | undefined): string | null {
  if (status < 300 || status > 399 || !location) return null;
  let target: URL;
  try {
    target = new URL(location, baseUrl);
  } catch {
    return null;
  }
  return `The platform redirected to ${oneLine(target.href, 300)} (${status}). Lilypad follows no redirect: if that is where the platform lives, use it as the base URL.`;
}

/** What answered at a URL, for "this is not a JFrog platform". */
export interface AnswerSeen {
  status: number;
  server?: string;
  contentType?: string;
  /** The HTML <title>, when the body is a page. */
  title?: string;
}

/** "HTTP 200 · server nginx/1.25.3 · page “Welcome to nginx!”" */
export function describeAnswer(answer: AnswerSeen): string {
  const parts = [`HTTP ${answer.status}`];
  if (answer.server) parts.push(`server ${oneLine(answer.server, 80)}`);
  if (answer.title) parts.push(`page \u201c${oneLine(answer.title, 120)}\u201d`);
  else if (answer.contentType) parts.push(oneLine(answer.contentType.split(';')[0], 60));
  return parts.join(' \u00b7 ');
}

export function notJFrogFix(baseUrl: string, answer: AnswerSeen): string {
  return `${new URL(baseUrl).host} answers, but not as a JFrog platform (${describeAnswer(answer)}). Check the host, the port and the path of the base URL.`;
}

/** The <title> of an HTML page, decoded enough to read. */
export function htmlTitle(body: string): string | undefined {
  const match = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(body.slice(0, 65_536));
  if (!match) return undefined;
  const text = match[1]
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
  return text || undefined;
}

/** The router health body (200 or 503) is JSON with a `router` object: only the JFrog Platform answers that. */
export function isRouterHealthBody(body: string): boolean {
  try {
    const value = JSON.parse(body) as unknown;
    if (typeof value !== 'object' || value === null) return false;
    const { router, services } = value as { router?: unknown; services?: unknown };
    return (typeof router === 'object' && router !== null) || Array.isArray(services);
  } catch {
    return false;
  }
}

function trimmedPath(url: URL): string {
  return url.pathname === '/' ? '' : url.pathname.replace(/\/+$/, '');
}

function oneLine(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}\u2026` : flat;
}
