// Pure pieces of the private-connection check of a JFrog Cloud instance: is an address
// private or public, is a host name the PrivateLink form, is an endpoint id in AWS's
// `vpce-` form. The check itself (DNS) runs in main: electron/services/instances/private-route.ts.

export type AddressKind = 'private' | 'public';

export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
  kind: AddressKind;
  /** Why it is private: "RFC 1918", "loopback", "carrier-grade NAT"…; empty when public. */
  range: string;
}

function ipv4Parts(address: string): number[] | null {
  const parts = address.split('.');
  if (parts.length !== 4) return null;
  const numbers = parts.map((part) => (/^\d{1,3}$/.test(part) ? Number(part) : NaN));
  return numbers.every((n) => n >= 0 && n <= 255) ? numbers : null;
}

/** The private range an IPv4 address is in, or '' for a public one. */
function ipv4Range(address: string): string {
  const p = ipv4Parts(address);
  if (!p) return '';
  const [a, b] = p;
  if (a === 10) return 'RFC 1918 (10.0.0.0/8)';
  if (a === 172 && b >= 16 && b <= 31) return 'RFC 1918 (172.16.0.0/12)';
  if (a === 192 && b === 168) return 'RFC 1918 (192.168.0.0/16)';
  if (a === 100 && b >= 64 && b <= 127) return 'carrier-grade NAT (100.64.0.0/10)';
  if (a === 127) return 'loopback';
  if (a === 169 && b === 254) return 'link-local';
  return '';
}

function ipv6Range(address: string): string {
  const lower = address.toLowerCase();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(lower);
  if (mapped) return ipv4Range(mapped[1]);
  if (lower === '::1') return 'loopback';
  if (/^f[cd][0-9a-f]{0,2}:/.test(lower)) return 'unique local (fc00::/7)';
  if (/^fe[89ab][0-9a-f]?:/.test(lower)) return 'link-local';
  return '';
}

export function classifyAddress(address: string, family: 4 | 6): ResolvedAddress {
  const range = family === 4 ? ipv4Range(address) : ipv6Range(address);
  return { address, family, kind: range ? 'private' : 'public', range };
}

/**
 * The domain JFrog adds for a PrivateLink: `<server>.pe.jfrog.io` beside the public
 * `<server>.jfrog.io` [unsure: the seed page lost its example; this is the form JFrog's
 * documentation gives elsewhere].
 */
export const isPrivateLinkHost = (host: string): boolean => /^[a-z0-9-]+\.pe\.jfrog\.io$/i.test(host);

/** `vpce-` then lower-case letters and digits, e.g. vpce-1234abc123a123456. */
export function vpceIdProblem(id: string): string | null {
  if (!id.startsWith('vpce-')) return 'An AWS endpoint id starts with "vpce-", for example vpce-1234abc123a123456';
  if (!/^vpce-[a-z0-9]+$/.test(id)) return 'After "vpce-" an endpoint id holds only lower-case letters and digits';
  return null;
}

export type RouteVerdict = 'private' | 'public' | 'mixed' | 'unresolved';

export interface PrivateRouteReport {
  host: string;
  addresses: ResolvedAddress[];
  verdict: RouteVerdict;
  privateLinkHost: boolean;
  caveats: string[];
}

export const ROUTE_CAVEATS = [
  'A PrivateLink does not block access from the public Internet: ask JFrog to restrict the instance to your allow-listed addresses if that is what you need.',
  'Downloads may be redirected to an AWS S3 bucket, which is reached outside the private route (through the public Internet or an S3 gateway endpoint in your VPC).',
];

export function routeVerdict(addresses: ResolvedAddress[]): RouteVerdict {
  if (addresses.length === 0) return 'unresolved';
  if (addresses.every((a) => a.kind === 'private')) return 'private';
  if (addresses.every((a) => a.kind === 'public')) return 'public';
  return 'mixed';
}

/** One readable paragraph for the connection test's step. */
export function describeRoute(report: PrivateRouteReport): { state: 'ok' | 'warn'; detail: string } {
  const list = report.addresses.map((a) => `${a.address} (${a.kind}${a.range ? `, ${a.range}` : ''})`).join(', ');
  const resolves = `${report.host} resolves to ${list}.`;
  const caveats = ` Keep in mind: ${report.caveats.join(' ')}`;
  switch (report.verdict) {
    case 'unresolved':
      return { state: 'warn', detail: `${report.host} did not resolve here, so the route cannot be told.` };
    case 'private':
      return { state: 'ok', detail: `${resolves} Lilypad reaches the instance through a private route (such as an AWS PrivateLink), not the public Internet.${caveats}` };
    case 'mixed':
      return { state: 'warn', detail: `${resolves} Some addresses are private and some public: connections may leave the private route.${caveats}` };
    case 'public':
      return report.privateLinkHost
        ? { state: 'warn', detail: `${resolves} This is the PrivateLink name, but it resolves to public addresses: the private DNS zone for it is not in effect here.` }
        : { state: 'ok', detail: `${resolves} Lilypad reaches the instance over the public Internet (no private route such as an AWS PrivateLink).` };
  }
}
