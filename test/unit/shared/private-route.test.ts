import { describe, expect, it } from 'vitest';
import { classifyAddress, describeRoute, isPrivateLinkHost, ROUTE_CAVEATS, routeVerdict, vpceIdProblem } from '../../../shared/areas/instances/private-route';

describe('private route', () => {
  it.each([
    ['10.1.2.3', 4, 'private'],
    ['172.16.0.1', 4, 'private'],
    ['172.31.255.255', 4, 'private'],
    ['172.32.0.1', 4, 'public'],
    ['192.168.1.1', 4, 'private'],
    ['100.64.0.1', 4, 'private'],
    ['127.0.0.1', 4, 'private'],
    ['169.254.169.254', 4, 'private'],
    ['8.8.8.8', 4, 'public'],
    ['52.1.2.3', 4, 'public'],
    ['fd12:3456::1', 6, 'private'],
    ['fe80::1', 6, 'private'],
    ['::1', 6, 'private'],
    ['::ffff:10.0.0.1', 6, 'private'],
    ['2600:1f18::1', 6, 'public'],
  ] as const)('%s is %s', (address, family, kind) => {
    expect(classifyAddress(address, family).kind).toBe(kind);
  });

  it('verdicts and the PrivateLink host form', () => {
    const priv = classifyAddress('10.0.0.5', 4);
    const pub = classifyAddress('52.1.2.3', 4);
    expect(routeVerdict([priv, priv])).toBe('private');
    expect(routeVerdict([pub])).toBe('public');
    expect(routeVerdict([priv, pub])).toBe('mixed');
    expect(routeVerdict([])).toBe('unresolved');
    expect(isPrivateLinkHost('acme.pe.jfrog.io')).toBe(true);
    expect(isPrivateLinkHost('acme.jfrog.io')).toBe(false);
  });

  it('says each address and its kind, and the caveats in plain words', () => {
    const report = { host: 'acme.jfrog.io', addresses: [classifyAddress('10.0.0.5', 4)], verdict: 'private' as const, privateLinkHost: false, caveats: ROUTE_CAVEATS };
    const { state, detail } = describeRoute(report);
    expect(state).toBe('ok');
    expect(detail).toContain('10.0.0.5 (private, RFC 1918 (10.0.0.0/8))');
    expect(detail).toContain('private route');
    expect(detail).toContain('does not block access from the public Internet');
    expect(detail).toContain('S3');
    const pl = describeRoute({ ...report, host: 'acme.pe.jfrog.io', addresses: [classifyAddress('52.1.2.3', 4)], verdict: 'public', privateLinkHost: true });
    expect(pl.state).toBe('warn');
  });

  it('checks the vpce- endpoint id form', () => {
    expect(vpceIdProblem('vpce-1234abc123a123456')).toBeNull();
    expect(vpceIdProblem('vpc-1234')).toContain('starts with "vpce-"');
    expect(vpceIdProblem('vpce-ABC')).toContain('lower-case');
  });
});
