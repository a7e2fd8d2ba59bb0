// NGINX snippet in the shape Artifactory 7's own generator emits (see API-NOTES), plus
// the offline extras: HA upstreams, port-per-repository servers, HTTP→HTTPS redirect.
// The text is included at http{} level, so it may hold ssl_* defaults, upstreams and servers.
import type { SnippetInput } from '../areas/http-settings/model';
import { describe, escapeRegex, normalise, type Normalised } from './common';
import { SnippetValidationError } from './errors';
import { validateSnippetInput } from './validate';

const ROUTER_UPSTREAM = 'jfrog_router';
const ARTIFACTORY_UPSTREAM = 'jfrog_artifactory';

function routerTarget(n: Normalised): string {
  return n.ha ? `http://${ROUTER_UPSTREAM}` : `http://${n.nodes[0].host}:${n.nodes[0].routerPort}`;
}

function artifactoryTarget(n: Normalised): string {
  return n.ha ? `http://${ARTIFACTORY_UPSTREAM}` : `http://${n.nodes[0].host}:${n.nodes[0].artifactoryPort}`;
}

function header(n: Normalised): string[] {
  return [
    '## JFrog Platform reverse proxy for NGINX, generated offline by Lilypad.',
    `## ${describe(n)}`,
    '## Include it inside the http { } block of nginx.conf (e.g. from conf.d/ or',
    '## sites-enabled/), then check with `nginx -t` and reload.',
    ...(n.dockerMethod === 'PORTPERREPO' && n.repos.length > 0
      ? [
          `## Every Docker repository port is a listening socket (${n.repos.length} here): nginx needs`,
          '## worker_connections (events { } in nginx.conf) above the number of sockets.',
        ]
      : []),
    '',
  ];
}

function sslBlock(n: Normalised): string[] {
  if (!n.useHttps) return [];
  return [
    '## add ssl entries: used by every HTTPS server below',
    'ssl_protocols TLSv1.2 TLSv1.3;',
    `ssl_certificate ${n.sslCertificate};`,
    `ssl_certificate_key ${n.sslKey};`,
    'ssl_session_cache shared:SSL:1m;',
    'ssl_prefer_server_ciphers on;',
    '',
  ];
}

function upstreams(n: Normalised): string[] {
  if (!n.ha) return [];
  const block = (name: string, port: (node: Normalised['nodes'][number]) => number): string[] => [
    `upstream ${name} {`,
    ...n.nodes.map((node) => `    server ${node.host}:${port(node)};`),
    '}',
  ];
  return [
    '## HA: requests are spread over every node (round robin); a node that fails is',
    '## skipped for a few seconds.',
    ...block(ROUTER_UPSTREAM, (node) => node.routerPort),
    ...block(ARTIFACTORY_UPSTREAM, (node) => node.artifactoryPort),
    '',
  ];
}

/** The `location` tree every server shares: router at /, Artifactory under its context. */
function locations(n: Normalised): string[] {
  const retry = n.ha
    ? [
        '        ## HA: a node that refuses or times out is skipped for the next one;',
        '        ## a request a node already received is not sent twice.',
        '        proxy_next_upstream error timeout;',
        `        proxy_next_upstream_tries ${n.nodes.length};`,
      ]
    : ['        proxy_next_upstream error timeout non_idempotent;', '        proxy_next_upstream_tries 1;'];
  // Same context publicly and internally: a regex location passes the raw URI through
  // (encoded slashes intact). A different public context has its prefix rewritten; a
  // rewrite (not a proxy_pass URI) so that Docker rewrites landing here are mapped too.
  const artifactory =
    n.publicContext === n.artifactoryContext
      ? [`        location ~ ^/${escapeRegex(n.artifactoryContext)}/ {`, `            proxy_pass ${artifactoryTarget(n)};`, '        }']
      : [
          `        ## public /${n.publicContext}/ is /${n.artifactoryContext}/ on the Artifactory port`,
          `        location /${n.publicContext}/ {`,
          `            rewrite ^/${escapeRegex(n.publicContext)}/(.*)$ /${n.artifactoryContext}/$1 break;`,
          `            proxy_pass ${artifactoryTarget(n)};`,
          '        }',
        ];
  return [
    '    location / {',
    '        proxy_read_timeout 2400s;',
    '        proxy_pass_header Server;',
    '        proxy_cookie_path ~*^/.* /;',
    ...retry,
    '        proxy_set_header X-JFrog-Override-Base-Url $http_x_forwarded_proto://$host:$server_port;',
    '        proxy_set_header X-Forwarded-Port $server_port;',
    '        proxy_set_header X-Forwarded-Proto $http_x_forwarded_proto;',
    '        proxy_set_header Host $http_host;',
    '        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;',
    `        proxy_pass ${routerTarget(n)};`,
    '',
    '        ## Artifactory itself (REST API, downloads) goes straight to its own port',
    ...artifactory,
    '    }',
  ];
}

interface ServerOptions {
  listens: string[];
  serverName: string;
  /** Docker rewrites, placed before the UI redirects. */
  docker: string[];
  ui: boolean;
}

function server(n: Normalised, o: ServerOptions): string[] {
  return [
    'server {',
    ...o.listens.map((listen) => `    listen ${listen};`),
    `    server_name ${o.serverName};`,
    '',
    "    ## Keep the scheme a front load balancer reported; otherwise use this connection's",
    "    if ($http_x_forwarded_proto = '') {",
    '        set $http_x_forwarded_proto $scheme;',
    '    }',
    ...o.docker,
    ...(o.ui ? ['    rewrite ^/$ /ui/ redirect;', '    rewrite ^/ui$ /ui/ redirect;'] : []),
    '    chunked_transfer_encoding on;',
    '    ## No upload size limit: artifacts and image layers can be large',
    '    client_max_body_size 0;',
    '',
    ...locations(n),
    '}',
  ];
}

function mainServers(n: Normalised): string[] {
  const subdomain = n.dockerMethod === 'SUBDOMAIN';
  const serverName = subdomain ? `~^(?<repo>.+)\\.${escapeRegex(n.serverName)}$ ${n.serverName}` : n.serverName;
  const docker: string[] = [];
  if (subdomain) {
    docker.push(
      `    ## Docker (subdomain): <repository>.${n.serverName}/v2/... is that repository's Docker API`,
      '    if ($repo != "") {',
      `        rewrite ^/(v1|v2)/(.*) /${n.publicContext}/api/docker/$repo/$1/$2 break;`,
      '    }',
    );
  } else if (n.dockerMethod === 'REPOPATHPREFIX') {
    docker.push(`    ## Docker (repository path): ${n.serverName}/<repository>/<image>, resolved by Artifactory`, `    rewrite ^/(v2)/(.*) /${n.publicContext}/$1/$2;`);
  }
  const listens: string[] = [];
  if (n.useHttps) listens.push(`${n.httpsPort} ssl`);
  if (n.useHttp && !n.redirectHttp) listens.push(`${n.httpPort}`);
  const out = [...server(n, { listens, serverName, docker, ui: true }), ''];
  if (n.redirectHttp) {
    const port = n.httpsPort === 443 ? '' : `:${n.httpsPort}`;
    out.push(
      '## Plain HTTP only redirects to HTTPS',
      'server {',
      `    listen ${n.httpPort};`,
      `    server_name ${serverName};`,
      `    return 301 https://$host${port}$request_uri;`,
      '}',
      '',
    );
  }
  return out;
}

function portPerRepoServers(n: Normalised): string[] {
  if (n.dockerMethod !== 'PORTPERREPO') return [];
  const out: string[] = [];
  for (const repo of n.repos) {
    if (repo.port === undefined) continue;
    out.push(
      `## Docker (port per repository): ${n.useHttps ? 'https' : 'http'}://${n.serverName}:${repo.port} is repository ${repo.key}`,
      ...server(n, {
        listens: [n.useHttps ? `${repo.port} ssl` : `${repo.port}`],
        serverName: n.serverName,
        docker: [`    rewrite ^/(v1|v2)/(.*) /${n.publicContext}/api/docker/${repo.key}/$1/$2 break;`],
        ui: false,
      }),
      '',
    );
  }
  return out;
}

/** The NGINX snippet; throws SnippetValidationError (with every problem) on invalid input. */
export function generateNginx(input: SnippetInput): string {
  const problems = validateSnippetInput(input);
  if (problems.length > 0) throw new SnippetValidationError(problems);
  const n = normalise(input);
  const lines = [...header(n), ...sslBlock(n), ...upstreams(n), ...mainServers(n), ...portPerRepoServers(n)];
  while (lines[lines.length - 1] === '') lines.pop();
  return `${lines.join('\n')}\n`;
}
