// The private-connection check of the connection test (JFrog Cloud only): how the host
// name resolves here, each address private or public, and what that means. DNS goes
// through a seam so tests answer with private or public addresses without real DNS.
import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { classifyAddress, describeRoute, isPrivateLinkHost, ROUTE_CAVEATS, routeVerdict, type PrivateRouteReport } from '../../../shared/areas/instances/private-route';

export type RouteResolver = (host: string) => Promise<{ address: string; family: number }[]>;

const systemResolver: RouteResolver = (host) => lookup(host, { all: true, verbatim: true });
let resolver: RouteResolver = systemResolver;

/** Tests (and only tests) answer DNS here; returns the function that puts the system resolver back. */
export function useRouteResolver(next: RouteResolver): () => void {
  resolver = next;
  return () => {
    resolver = systemResolver;
  };
}

export async function privateRouteReport(host: string): Promise<PrivateRouteReport> {
  let found: { address: string; family: number }[];
  try {
    found = isIP(host) && resolver === systemResolver ? [{ address: host, family: isIP(host) }] : await resolver(host);
  } catch {
    found = [];
  }
  const addresses = found.map(({ address, family }) => classifyAddress(address, family === 6 ? 6 : 4));
  return { host, addresses, verdict: routeVerdict(addresses), privateLinkHost: isPrivateLinkHost(host), caveats: ROUTE_CAVEATS };
}

/** The connection test's step: state and detail. */
export async function checkPrivateRoute(host: string): Promise<{ state: 'ok' | 'warn'; detail: string; report: PrivateRouteReport }> {
  const report = await privateRouteReport(host);
  return { ...describeRoute(report), report };
}
