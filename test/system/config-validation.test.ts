// Every combination of protocol × Docker method × topology, for both web servers: the
// generated snippet, wrapped in a minimal standalone main config, must pass the real
// `nginx -t` / `apache2 -t`. On failure the whole config and the binary's words print.
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOCKER_METHODS, type SnippetInput } from '../../shared/areas/http-settings/model';
import { generateApache, generateNginx } from '../../shared/snippets';
import { requireBinary } from '../support/require-binary';
import { makeSelfSignedCert, OPENSSL, type Cert } from './support/cert';
import { APACHE, checkConfig, explain, NGINX, prepare, type Kind } from './support/web-servers';

const PROTOCOLS = {
  'HTTP only': { useHttp: true, useHttps: false },
  'HTTPS only': { useHttp: false, useHttps: true },
  'HTTP and HTTPS': { useHttp: true, useHttps: true },
} as const;
// nginx resolves upstream host names when it loads the config, so every host here must
// resolve offline (IPs and localhost).
const TOPOLOGIES = {
  'single node': [],
  '3-node HA': [
    { host: '10.0.0.5', artifactoryPort: 8081, routerPort: 8082 },
    { host: '10.0.0.6', artifactoryPort: 8081, routerPort: 8082 },
    { host: 'localhost', artifactoryPort: 18081, routerPort: 18082 },
  ],
} as const;

const available: Record<Kind, boolean> = {
  nginx: requireBinary(NGINX, 'the nginx config validation tests'),
  apache: requireBinary(APACHE, 'the apache2 config validation tests'),
};
const haveOpenssl = requireBinary(OPENSSL, 'the config validation tests (certificates)');

describe.skipIf(!haveOpenssl)("generated configs pass the real web servers' own check", () => {
  let cert: Cert;
  beforeAll(() => {
    cert = makeSelfSignedCert('art.example.com');
  });
  afterAll(() => rmSync(cert.dir, { recursive: true, force: true }));

  function input(protocol: keyof typeof PROTOCOLS, method: (typeof DOCKER_METHODS)[number], topology: keyof typeof TOPOLOGIES): SnippetInput {
    return {
      settings: {
        serverName: 'art.example.com',
        artifactoryServerName: 'localhost',
        ...PROTOCOLS[protocol],
        httpPort: 8080,
        sslPort: 8443,
        sslCertificate: cert.certificate,
        sslKey: cert.key,
        dockerReverseProxyMethod: method,
      },
      dockerRepos: [
        { key: 'docker-local', port: 5001 },
        { key: 'docker-remote', port: 5002 },
        { key: 'docker', port: 5003 },
      ],
      haNodes: [...TOPOLOGIES[topology]],
    };
  }

  for (const kind of ['nginx', 'apache'] as const) {
    describe.skipIf(!available[kind])(kind, () => {
      for (const protocol of Object.keys(PROTOCOLS) as (keyof typeof PROTOCOLS)[]) {
        for (const method of DOCKER_METHODS) {
          for (const topology of Object.keys(TOPOLOGIES) as (keyof typeof TOPOLOGIES)[]) {
            it(`${protocol} · ${method} · ${topology}`, () => {
              const settings = input(protocol, method, topology);
              const snippet = kind === 'nginx' ? generateNginx(settings) : generateApache(settings);
              const prepared = prepare(kind, snippet);
              try {
                const result = checkConfig(prepared);
                expect(result.ok, explain(prepared, result)).toBe(true);
              } finally {
                rmSync(prepared.dir, { recursive: true, force: true });
              }
            });
          }
        }
      }

      it('HTTP→HTTPS redirect with custom contexts and internal host', () => {
        const settings: SnippetInput = {
          settings: {
            serverName: 'art.example.com',
            artifactoryServerName: '127.0.0.1',
            useHttp: true,
            useHttps: true,
            httpToHttpsRedirect: true,
            httpPort: 8080,
            httpsPort: 8443,
            sslCertificate: cert.certificate,
            sslKey: cert.key,
            publicAppContext: '/jfrog/artifactory/',
            artifactoryAppContext: 'artifactory',
            dockerReverseProxyMethod: 'SUBDOMAIN',
          },
        };
        const prepared = prepare(kind, kind === 'nginx' ? generateNginx(settings) : generateApache(settings));
        try {
          const result = checkConfig(prepared);
          expect(result.ok, explain(prepared, result)).toBe(true);
        } finally {
          rmSync(prepared.dir, { recursive: true, force: true });
        }
      });
    });
  }
});
