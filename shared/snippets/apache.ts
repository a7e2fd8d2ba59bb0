// Apache httpd 2.4 snippet matching the NGINX one: the same ports, Docker methods and
// HA spread. It is included at the top level of the main config, after the LoadModule
// lines, and declares its own Listen lines.
import type { SnippetInput } from '../areas/http-settings/model';
import { describe, escapeRegex, normalise, type Normalised } from './common';
import { SnippetValidationError } from './errors';
import { validateSnippetInput } from './validate';

export const APACHE_MODULES = [
  'proxy',
  'proxy_http',
  'rewrite',
  'deflate',
  'headers',
  'proxy_balancer',
  'proxy_connect',
  'proxy_html',
  'ssl',
  'lbmethod_byrequests',
  'slotmem_shm',
] as const;

const ROUTER_BALANCER = 'balancer://jfrog-router';
const ARTIFACTORY_BALANCER = 'balancer://jfrog-artifactory';

function header(n: Normalised): string[] {
  return [
    '## JFrog Platform reverse proxy for Apache httpd 2.4, generated offline by Lilypad.',
    `## ${describe(n)}`,
    '## Include it at the top level of the main config, after the LoadModule lines.',
    `## Modules it needs: ${APACHE_MODULES.join(' ')}`,
    '## (proxy_html needs xml2enc loaded first; Debian/Ubuntu: a2enmod <module> for each).',
    '## It declares its own Listen lines: remove any for the same ports from ports.conf.',
    '',
  ];
}

function balancers(n: Normalised): string[] {
  if (!n.ha) return [];
  const block = (name: string, port: (node: Normalised['nodes'][number]) => number): string[] => [
    `<Proxy ${name}>`,
    ...n.nodes.map((node) => `    BalancerMember http://${node.host}:${port(node)}`),
    '    ProxySet lbmethod=byrequests',
    '</Proxy>',
  ];
  return [
    '## HA: requests are spread over every node; a node that fails is retried later',
    ...block(ROUTER_BALANCER, (node) => node.routerPort),
    ...block(ARTIFACTORY_BALANCER, (node) => node.artifactoryPort),
    '',
  ];
}

function targets(n: Normalised): { router: string; artifactory: string } {
  if (n.ha) return { router: `${ROUTER_BALANCER}/`, artifactory: `${ARTIFACTORY_BALANCER}/${n.artifactoryContext}/` };
  const node = n.nodes[0];
  return {
    router: `http://${node.host}:${node.routerPort}/`,
    artifactory: `http://${node.host}:${node.artifactoryPort}/${n.artifactoryContext}/`,
  };
}

interface HostOptions {
  port: number;
  tls: boolean;
  /** Docker rewrite lines, placed before the UI redirects. */
  docker: string[];
  ui: boolean;
  subdomain: boolean;
}

function virtualHost(n: Normalised, o: HostOptions): string[] {
  const t = targets(n);
  return [
    `<VirtualHost *:${o.port}>`,
    `    ServerName ${n.serverName}`,
    ...(o.subdomain ? [`    ServerAlias *.${n.serverName}`] : []),
    ...(o.tls ? ['    SSLEngine on', '    SSLProtocol -all +TLSv1.2 +TLSv1.3', `    SSLCertificateFile ${n.sslCertificate}`, `    SSLCertificateKeyFile ${n.sslKey}`] : []),
    '    AllowEncodedSlashes On',
    '    RewriteEngine on',
    "    ## Scheme and port the client used; a front load balancer's X-Forwarded-Proto wins",
    '    RewriteCond %{REQUEST_SCHEME} (.*)',
    '    RewriteRule .* - [E=my_scheme:%1]',
    '    RewriteCond %{HTTP:X-Forwarded-Proto} ^(https?)$',
    '    RewriteRule .* - [E=my_scheme:%1]',
    '    RewriteCond %{SERVER_PORT} (.*)',
    '    RewriteRule .* - [E=my_server_port:%1]',
    `    RequestHeader set X-JFrog-Override-Base-Url %{my_scheme}e://${n.serverName}:%{my_server_port}e`,
    '    RequestHeader set X-Forwarded-Port %{my_server_port}e',
    '    RequestHeader set X-Forwarded-Proto %{my_scheme}e',
    ...o.docker,
    ...(o.ui ? ['    RewriteRule ^/$ /ui/ [R,L]', '    RewriteRule ^/ui$ /ui/ [R,L]'] : []),
    '    ## Host as the client sent it; mod_proxy adds X-Forwarded-For itself',
    '    ProxyPreserveHost On',
    '    ProxyRequests Off',
    '    ProxyTimeout 2400',
    `    ProxyPass /${n.publicContext}/ ${t.artifactory} nocanon`,
    `    ProxyPassReverse /${n.publicContext}/ ${t.artifactory}`,
    `    ProxyPass / ${t.router} nocanon`,
    `    ProxyPassReverse / ${t.router}`,
    '    ProxyPassReverseCookiePath / /',
    '</VirtualHost>',
  ];
}

function mainHosts(n: Normalised): string[] {
  const subdomain = n.dockerMethod === 'SUBDOMAIN';
  const docker: string[] = [];
  if (subdomain) {
    docker.push(
      `    ## Docker (subdomain): <repository>.${n.serverName}/v2/... is that repository's Docker API`,
      `    RewriteCond %{HTTP_HOST} ^(.+)\\.${escapeRegex(n.serverName)}(:[0-9]+)?$ [NC]`,
      `    RewriteRule ^/(v1|v2)/(.*) /${n.publicContext}/api/docker/%1/$1/$2 [PT]`,
    );
  } else if (n.dockerMethod === 'REPOPATHPREFIX') {
    docker.push(`    ## Docker (repository path): ${n.serverName}/<repository>/<image>, resolved by Artifactory`, `    RewriteRule ^/(v2)/(.*) /${n.publicContext}/$1/$2 [PT]`);
  }
  const out: string[] = [];
  if (n.useHttps) out.push(`Listen ${n.httpsPort}`, ...virtualHost(n, { port: n.httpsPort, tls: true, docker, ui: true, subdomain }), '');
  if (n.useHttp && n.redirectHttp) {
    const port = n.httpsPort === 443 ? '' : `:${n.httpsPort}`;
    out.push(
      '## Plain HTTP only redirects to HTTPS',
      `Listen ${n.httpPort}`,
      `<VirtualHost *:${n.httpPort}>`,
      `    ServerName ${n.serverName}`,
      ...(subdomain ? [`    ServerAlias *.${n.serverName}`] : []),
      '    RewriteEngine on',
      '    RewriteCond %{HTTP_HOST} ^([^:]+)',
      `    RewriteRule ^/?(.*)$ https://%1${port}/$1 [R=301,L]`,
      '</VirtualHost>',
      '',
    );
  } else if (n.useHttp) {
    out.push(`Listen ${n.httpPort}`, ...virtualHost(n, { port: n.httpPort, tls: false, docker, ui: true, subdomain }), '');
  }
  return out;
}

function portPerRepoHosts(n: Normalised): string[] {
  if (n.dockerMethod !== 'PORTPERREPO') return [];
  const out: string[] = [];
  for (const repo of n.repos) {
    if (repo.port === undefined) continue;
    out.push(
      `## Docker (port per repository): ${n.useHttps ? 'https' : 'http'}://${n.serverName}:${repo.port} is repository ${repo.key}`,
      `Listen ${repo.port}`,
      ...virtualHost(n, {
        port: repo.port,
        tls: n.useHttps,
        docker: [`    RewriteRule ^/(v1|v2)/(.*) /${n.publicContext}/api/docker/${repo.key}/$1/$2 [PT]`],
        ui: false,
        subdomain: false,
      }),
      '',
    );
  }
  return out;
}

/** The Apache snippet; throws SnippetValidationError (with every problem) on invalid input. */
export function generateApache(input: SnippetInput): string {
  const problems = validateSnippetInput(input);
  if (problems.length > 0) throw new SnippetValidationError(problems);
  const n = normalise(input);
  const lines = [...header(n), ...balancers(n), ...mainHosts(n), ...portPerRepoHosts(n)];
  while (lines[lines.length - 1] === '') lines.pop();
  return `${lines.join('\n')}\n`;
}
