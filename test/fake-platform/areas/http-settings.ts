// HTTP settings (reverse proxy) of a self-hosted Artifactory: the webServer JSON and the
// NGINX snippet. Cloud answers 404 for all of it (`only: 'self-hosted'`). The Docker port of
// each repository (port per repository) lives here, under
// reverseProxyRepositories.reverseProxyRepoConfigs[{repoRef, serverName, port}], as in
// Artifactory's reverse proxy descriptor; a repository's own configuration has no port.
import type { FakeArea } from '../core/area';
import { artifactoryError, json, text, type FakeModule, type FakeState } from '../core/module';
import type { FakeReverseProxyRepoConfig, FakeWebServer } from '../core/state';
import { NGINX_FIXTURES } from '../fixtures/reverse-proxy-nginx';
import { renderFixture } from '../fixtures/render-fixture';

const BASE = '/artifactory/api/system/configuration';
const WEB_SERVER_TYPES = ['DIRECT', 'NGINX', 'APACHE'];
const DOCKER_METHODS = ['SUBDOMAIN', 'REPOPATHPREFIX', 'PORTPERREPO'];
const PORT_FIELDS = ['httpPort', 'sslPort', 'httpsPort', 'artifactoryPort'] as const;
/**
 * The fields the descriptor model holds (sslPort in the model; httpsPort as some versions
 * name it). [unsure] whether the platform refuses unknown fields or ignores them: the fake
 * ignores them (they are not stored), so a test must look at the request body to catch a
 * console that sends its own extras.
 */
const KNOWN_FIELDS = new Set([
  'key',
  'webServerType',
  'artifactoryAppContext',
  'publicAppContext',
  'serverName',
  'serverNameExpression',
  'artifactoryServerName',
  'upStreamName',
  'artifactoryPort',
  'sslCertificate',
  'sslKey',
  'dockerReverseProxyMethod',
  'useHttp',
  'useHttps',
  'httpPort',
  'sslPort',
  'httpsPort',
  'reverseProxyRepositories',
]);
/** The router's port the platform's own snippet proxies to: its system setting, not a webServer field. */
const ROUTER_PORT = 8082;

/** Port-per-repository entries as the platform holds them. */
export function repoPorts(serverName: string, ports: Record<string, number>): FakeWebServer['reverseProxyRepositories'] {
  return { reverseProxyRepoConfigs: Object.entries(ports).map(([repoRef, port]) => ({ repoRef, serverName, port })) };
}

/** What a fresh self-hosted instance holds; the seed may replace it. */
export function defaultWebServer(): FakeWebServer {
  return {
    key: 'nginx',
    webServerType: 'NGINX',
    artifactoryAppContext: 'artifactory',
    publicAppContext: 'artifactory',
    serverName: 'artifactory.acme.test',
    serverNameExpression: '*.artifactory.acme.test',
    artifactoryServerName: 'localhost',
    artifactoryPort: 8081,
    sslCertificate: '/etc/ssl/certs/acme.crt',
    sslKey: '/etc/ssl/private/acme.key',
    dockerReverseProxyMethod: 'SUBDOMAIN',
    useHttp: true,
    useHttps: true,
    httpPort: 80,
    sslPort: 443,
    reverseProxyRepositories: repoPorts('artifactory.acme.test', { 'docker-local': 5001, 'docker-remote': 5002, 'docker-virtual': 5000 }),
  };
}

const validPort = (value: unknown): boolean => typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 65535;

/** [unsure] wording: the platform refuses a port entry for a repository it does not have. */
function repoPortsProblem(state: FakeState, value: unknown): string | null {
  if (value === undefined || value === null) return null;
  const configs = (value as { reverseProxyRepoConfigs?: unknown }).reverseProxyRepoConfigs;
  if (typeof value !== 'object' || (configs !== undefined && configs !== null && !Array.isArray(configs))) {
    return 'reverseProxyRepositories.reverseProxyRepoConfigs must be a list';
  }
  for (const entry of (configs ?? []) as Partial<FakeReverseProxyRepoConfig>[]) {
    if (typeof entry?.repoRef !== 'string' || !state.repositories.some((repo) => repo.key === entry.repoRef)) {
      return `Repository '${String(entry?.repoRef)}' of the reverse proxy configuration does not exist`;
    }
    if (!validPort(entry.port)) return `Invalid port for repository '${entry.repoRef}': ${JSON.stringify(entry.port)}`;
  }
  return null;
}

/** The first problem the real service would reject the body for, or null. */
export function webServerProblem(body: unknown, state?: FakeState): string | null {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return 'Request body must be a JSON object';
  const ws = body as FakeWebServer;
  for (const field of PORT_FIELDS) {
    const value = ws[field];
    if (value === undefined || value === null) continue;
    if (!validPort(value)) {
      return `Invalid port for '${field}': ${JSON.stringify(value)}. A port must be a number between 1 and 65535`;
    }
  }
  const repoProblem = state ? repoPortsProblem(state, ws.reverseProxyRepositories) : null;
  if (repoProblem) return repoProblem;
  if (ws.webServerType !== undefined && !WEB_SERVER_TYPES.includes(String(ws.webServerType))) {
    return `Unknown web server type '${String(ws.webServerType)}'`;
  }
  if (ws.dockerReverseProxyMethod !== undefined && !DOCKER_METHODS.includes(String(ws.dockerReverseProxyMethod))) {
    return `Unknown docker reverse proxy method '${String(ws.dockerReverseProxyMethod)}'. Valid values: ${DOCKER_METHODS.join(', ')}`;
  }
  if (ws.webServerType !== 'DIRECT' && ws.useHttp === false && ws.useHttps === false) {
    return 'At least one of HTTP or HTTPS must be enabled';
  }
  if (ws.useHttps === true && (!ws.sslCertificate || !ws.sslKey)) {
    return 'SSL certificate and SSL key are required when HTTPS is enabled';
  }
  if (ws.webServerType !== 'DIRECT' && (ws.useHttp !== false || ws.useHttps) && !ws.serverName) {
    return 'Public server name is required';
  }
  return null;
}

/** Non-admins see the proxy method and the ports only (spec: "Get Reverse Proxy Configuration"). */
function limitedView(ws: FakeWebServer): FakeWebServer {
  const view: Record<string, unknown> = { dockerReverseProxyMethod: ws.dockerReverseProxyMethod };
  for (const field of ['httpPort', 'sslPort', 'httpsPort', 'useHttp', 'useHttps'] as const) {
    if (ws[field] !== undefined) view[field] = ws[field];
  }
  return view as FakeWebServer;
}

/** The whole JSON; reverseProxyRepositories only when some repository has a port, as the platform answers. */
function adminView(ws: FakeWebServer): FakeWebServer {
  const view = { ...ws };
  if (!ws.reverseProxyRepositories?.reverseProxyRepoConfigs?.length) delete view.reverseProxyRepositories;
  return view;
}

export function renderNginxSnippet(state: FakeState): string {
  const ws = state.webServer;
  const method = (DOCKER_METHODS.includes(String(ws.dockerReverseProxyMethod)) ? ws.dockerReverseProxyMethod : 'REPOPATHPREFIX') as keyof typeof NGINX_FIXTURES;
  const https = ws.useHttps === true;
  const http = ws.useHttp !== false;
  const serverName = ws.serverName || 'localhost';
  const sslPort = ws.sslPort ?? ws.httpsPort ?? 443;
  const docker = new Set(state.repositories.filter((repo) => repo.packageType.toLowerCase() === 'docker').map((repo) => repo.key));
  const repos = (ws.reverseProxyRepositories?.reverseProxyRepoConfigs ?? [])
    .filter((config) => docker.has(config.repoRef))
    .map((config) => ({ key: config.repoRef, port: config.port }));
  return renderFixture(
    NGINX_FIXTURES[method],
    {
      SSL_ON: https ? '' : null,
      SSL_OFF: https ? null : '',
      SSL_CERTIFICATE: https ? (ws.sslCertificate ?? '') : null,
      SSL_KEY: https ? (ws.sslKey ?? '') : null,
      SSL_PORT: https ? String(sslPort) : null,
      HTTP_PORT: http ? String(ws.httpPort ?? 80) : null,
      SERVER_NAME: serverName,
      SERVER_NAME_REGEX: serverName.replace(/\./g, '\\.'),
      INTERNAL_HOST: ws.artifactoryServerName || 'localhost',
      ARTIFACTORY_PORT: String(ws.artifactoryPort ?? 8081),
      ROUTER_PORT: String(ROUTER_PORT),
    },
    repos,
  );
}

const routes: FakeModule = ({ route, state }) => {
  if (Object.keys(state.webServer).length === 0) state.webServer = defaultWebServer();

  route('GET', `${BASE}/webServer`, (req) => json(200, req.principal?.admin ? adminView(state.webServer) : limitedView(state.webServer)), { auth: 'user', only: 'self-hosted' });

  route(
    'POST',
    `${BASE}/webServer`,
    (req) => {
      const body = req.json<FakeWebServer>();
      const problem = webServerProblem(body, state);
      if (problem) return artifactoryError(400, problem);
      // Stored as sent (known fields only): the platform keeps whichever port field name the client used.
      state.webServer = Object.fromEntries(Object.entries(body).filter(([field]) => KNOWN_FIELDS.has(field))) as FakeWebServer;
      return text(200, 'Reverse proxy configuration updated successfully');
    },
    { auth: 'admin', only: 'self-hosted' },
  );

  route('GET', `${BASE}/reverseProxy/nginx`, () => text(200, state.reverseProxySnippet ?? renderNginxSnippet(state)), { auth: 'user', only: 'self-hosted' });
};

// ---- Seed -------------------------------------------------------------------------------

/** HTTP settings a fresh self-hosted instance typically has: direct access, no proxy. */
export function directWebServer(): FakeWebServer {
  return {
    key: 'direct',
    webServerType: 'DIRECT',
    artifactoryAppContext: 'artifactory',
    publicAppContext: 'artifactory',
    serverName: '',
    serverNameExpression: '',
    artifactoryServerName: 'localhost',
    artifactoryPort: 8081,
    sslCertificate: '',
    sslKey: '',
    dockerReverseProxyMethod: 'REPOPATHPREFIX',
    useHttp: true,
    useHttps: false,
    httpPort: 80,
    sslPort: 443,
    reverseProxyRepositories: repoPorts('', { 'docker-local': 5001 }),
  };
}

const DEMO_WEB_SERVER: FakeWebServer = {
  key: 'nginx',
  webServerType: 'NGINX',
  artifactoryAppContext: 'artifactory',
  publicAppContext: 'artifactory',
  serverName: 'artifacts.acme-robotics.example',
  serverNameExpression: '*.artifacts.acme-robotics.example',
  artifactoryServerName: 'localhost',
  artifactoryPort: 8081,
  sslCertificate: '/etc/ssl/certs/artifacts.acme-robotics.example.crt',
  sslKey: '/etc/ssl/private/artifacts.acme-robotics.example.key',
  dockerReverseProxyMethod: 'SUBDOMAIN',
  useHttp: true,
  useHttps: true,
  httpPort: 80,
  sslPort: 443,
  reverseProxyRepositories: repoPorts('artifacts.acme-robotics.example', { 'docker-local': 5001, 'docker-remote': 5002, docker: 5000 }),
};

export const httpSettingsArea: FakeArea = {
  name: 'http-settings',
  routes,
  seed(state, scenario) {
    state.webServer = scenario.kind === 'demo' ? structuredClone(DEMO_WEB_SERVER) : directWebServer();
  },
};
