// Same input → same bytes; key order and repository order do not change the output;
// sslPort and httpsPort both work.
import { describe, expect, it } from 'vitest';
import type { SnippetInput } from '../../../shared/areas/http-settings/model';
import { generateApache, generateNginx } from '../../../shared/snippets';
import { GOLDEN_CASES } from './cases';

const generators = { nginx: generateNginx, apache: generateApache };

/** The same object with its keys (recursively) in reverse order. */
function reverseKeys<T>(value: T): T {
  if (Array.isArray(value)) return value.map(reverseKeys) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .reverse()
        .map(([k, v]) => [k, reverseKeys(v)]),
    ) as T;
  }
  return value;
}

describe.each(Object.entries(generators))('%s output stability', (_name, generate) => {
  it('gives the same bytes twice and whatever the key order', () => {
    for (const input of Object.values(GOLDEN_CASES)) {
      const first = generate(input);
      expect(generate(structuredClone(input))).toBe(first);
      expect(generate(reverseKeys(input))).toBe(first);
    }
  });

  it('does not depend on the order Docker repositories are listed in', () => {
    const input = GOLDEN_CASES['port-per-repo-https'];
    expect(generate({ ...input, dockerRepos: [...(input.dockerRepos ?? [])].reverse() })).toBe(generate(input));
  });

  it('accepts sslPort and httpsPort alike', () => {
    const base = { serverName: 'art.example.com', useHttps: true, sslCertificate: '/c', sslKey: '/k' };
    const viaSsl = generate({ settings: { ...base, sslPort: 8443 } });
    expect(generate({ settings: { ...base, httpsPort: 8443 } })).toBe(viaSsl);
    expect(generate({ settings: { ...base, sslPort: 8443, httpsPort: 8443 } })).toBe(viaSsl);
    expect(viaSsl).toContain('8443');
    expect(generate({ settings: base })).toContain('443');
  });

  it('does not mutate its input', () => {
    const input: SnippetInput = structuredClone(GOLDEN_CASES['ha-port-per-repo-http']);
    const copy = structuredClone(input);
    generate(input);
    expect(input).toEqual(copy);
  });
});

describe('what the snippets contain', () => {
  it('nginx: HA upstreams name every node and replace direct targets', () => {
    const text = generateNginx(GOLDEN_CASES['ha-3-nodes-subdomain']);
    expect(text).toMatch(/upstream jfrog_router \{\n {4}server 10\.0\.0\.5:8082;\n {4}server 10\.0\.0\.6:8082;\n {4}server 10\.0\.0\.7:8082;\n\}/);
    expect(text).toMatch(/upstream jfrog_artifactory \{\n {4}server 10\.0\.0\.5:8081;/);
    expect(text).toContain('proxy_pass http://jfrog_router;');
    expect(text).not.toContain('localhost');
  });

  it('apache: HA balancers with byrequests', () => {
    const text = generateApache(GOLDEN_CASES['ha-3-nodes-subdomain']);
    expect(text).toContain(
      '<Proxy balancer://jfrog-router>\n    BalancerMember http://10.0.0.5:8082\n    BalancerMember http://10.0.0.6:8082\n    BalancerMember http://10.0.0.7:8082\n    ProxySet lbmethod=byrequests\n</Proxy>',
    );
    expect(text).toContain('ProxyPass / balancer://jfrog-router/ nocanon');
  });

  it('one server per Docker repository with the port method, none otherwise', () => {
    const input = GOLDEN_CASES['port-per-repo-https'];
    expect(generateNginx(input).match(/^server \{/gm)).toHaveLength(3);
    expect(generateApache(input).match(/^<VirtualHost/gm)).toHaveLength(3);
    const subdomain = { ...input, settings: { ...input.settings, dockerReverseProxyMethod: 'SUBDOMAIN' as const } };
    expect(generateNginx(subdomain).match(/^server \{/gm)).toHaveLength(1);
  });

  it('HTTP only has no TLS lines; HTTPS only has no plain listener', () => {
    const http = generateNginx(GOLDEN_CASES['http-only']);
    expect(http).not.toContain('ssl');
    expect(generateApache(GOLDEN_CASES['http-only'])).not.toContain('SSL');
    const https = generateNginx(GOLDEN_CASES['https-only-subdomain']);
    expect(https.match(/listen .*;/g)).toEqual(['listen 443 ssl;']);
  });
});
