// The settings matrix the golden files are made from: one case per meaningful shape.
import type { SnippetInput } from '../../../shared/areas/http-settings/model';

const TLS = { sslCertificate: '/etc/ssl/art.crt', sslKey: '/etc/ssl/art.key' };
const REPOS = [
  { key: 'docker-remote', port: 5002 },
  { key: 'docker-local', port: 5001 },
];
const HA_NODES = [{ host: '10.0.0.5', artifactoryPort: 8081, routerPort: 8082 }, { host: '10.0.0.6', artifactoryPort: 8081, routerPort: 8082 }, { host: '10.0.0.7' }];

export const GOLDEN_CASES: Record<string, SnippetInput> = {
  'http-only': {
    settings: { serverName: 'art.example.com', useHttp: true, httpPort: 80 },
  },
  'https-only-subdomain': {
    settings: { serverName: 'art.example.com', useHttps: true, sslPort: 443, ...TLS, dockerReverseProxyMethod: 'SUBDOMAIN' },
    dockerRepos: REPOS,
  },
  'both-subdomain-like-spec-sample': {
    settings: {
      key: 'nginx',
      webServerType: 'NGINX',
      artifactoryAppContext: 'artifactory',
      publicAppContext: 'artifactory',
      serverName: 'jfrog.com',
      serverNameExpression: '*.jfrog.com',
      artifactoryServerName: 'localhost',
      artifactoryPort: 8081,
      ...TLS,
      dockerReverseProxyMethod: 'SUBDOMAIN',
      useHttps: true,
      useHttp: true,
      sslPort: 443,
      httpPort: 76,
    },
  },
  'both-redirect-repopath': {
    settings: {
      serverName: 'art.example.com',
      useHttp: true,
      useHttps: true,
      httpToHttpsRedirect: true,
      httpPort: 80,
      httpsPort: 8443,
      ...TLS,
      dockerReverseProxyMethod: 'REPOPATHPREFIX',
    },
  },
  'port-per-repo-https': {
    settings: { serverName: 'art.example.com', useHttps: true, sslPort: 443, ...TLS, dockerReverseProxyMethod: 'PORTPERREPO' },
    dockerRepos: REPOS,
  },
  'ha-3-nodes-subdomain': {
    settings: { serverName: 'art.example.com', useHttp: true, useHttps: true, ...TLS, dockerReverseProxyMethod: 'SUBDOMAIN' },
    haNodes: HA_NODES,
  },
  'ha-port-per-repo-http': {
    settings: { serverName: 'art.example.com', useHttp: true, httpPort: 8080, dockerReverseProxyMethod: 'PORTPERREPO' },
    dockerRepos: REPOS,
    haNodes: HA_NODES.slice(0, 2),
  },
  'custom-contexts-internal-host': {
    settings: {
      serverName: 'repo.corp.example',
      useHttp: true,
      httpPort: 8080,
      artifactoryServerName: '192.168.10.20',
      artifactoryPort: 18081,
      routerPort: 18082,
      publicAppContext: '/jfrog/',
      artifactoryAppContext: 'artifactory/',
      dockerReverseProxyMethod: 'SUBDOMAIN',
    },
  },
};
