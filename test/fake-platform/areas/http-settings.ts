// HTTP settings (reverse proxy) of a self-hosted Artifactory: the webServer JSON and the
// NGINX snippet. Cloud answers 404 for all of it (`only: 'self-hosted'`).
import type { FakeArea } from '../core/area';
import { artifactoryError, json, text, type FakeModule, type FakeState } from '../core/module';
import type { FakeWebServer } from '../core/state';
import { NGINX_FIXTURES } from '../fixtures/reverse-proxy-nginx';
import { renderFixture } from '../fixtures/render-fixture';

const BASE = '/artifactory/api/system/configuration';
const WEB_SERVER_TYPES = ['DIRECT', 'NGINX', 'APACHE'];
const DOCKER_METHODS = ['SUBDOMAIN', 'REPOPATHPREFIX', 'PORTPERREPO'];
const PORT_FIELDS = ['httpPort', 'sslPort', 'httpsPort', 'artifactoryPort', 'routerPort'] as const;

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
    routerPort: 8082,
    sslCertificate: '/etc/ssl/certs/acme.crt',
    sslKey: '/etc/ssl/private/acme.key',
    dockerReverseProxyMethod: 'SUBDOMAIN',
    useHttp: true,
    useHttps: true,
    httpPort: 80,
    sslPort: 443,
  };
}

/** The first problem the real service would reject the body for, or null. */
export function webServerProblem(body: unknown): string | null {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return 'Request body must be a JSON object';
  const ws = body as FakeWebServer;
  for (const field of PORT_FIELDS) {
    const value = ws[field];
    if (value === undefined || value === null) continue;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > 65535) {
      return `Invalid port for '${field}': ${JSON.stringify(value)}. A port must be a number between 1 and 65535`;
    }
  }
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

export function renderNginxSnippet(state: FakeState): string {
  const ws = state.webServer;
  const method = (DOCKER_METHODS.includes(String(ws.dockerReverseProxyMethod)) ? ws.dockerReverseProxyMethod : 'REPOPATHPREFIX') as keyof typeof NGINX_FIXTURES;
  const https = ws.useHttps === true;
  const http = ws.useHttp !== false;
  const serverName = ws.serverName || 'localhost';
  const sslPort = ws.sslPort ?? ws.httpsPort ?? 443;
  const repos = state.repositories
    .filter((repo) => repo.packageType.toLowerCase() === 'docker' && repo.dockerPort !== undefined)
    .map((repo) => ({ key: repo.key, port: repo.dockerPort as number }));
  return renderFixture(
    NGINX_FIXTURES[method],
    {
      SSL_ON: https ? '' : null,
      SSL_OFF: https ? null : '',
      SSL_CERTIFICATE: https ? ws.sslCertificate ?? '' : null,
      SSL_KEY: https ? ws.sslKey ?? '' : null,
      SSL_PORT: https ? String(sslPort) : null,
      HTTP_PORT: http ? String(ws.httpPort ?? 80) : null,
      SERVER_NAME: serverName,
      SERVER_NAME_REGEX: serverName.replace(/\./g, '\\.'),
      INTERNAL_HOST: ws.artifactoryServerName || 'localhost',
      ARTIFACTORY_PORT: String(ws.artifactoryPort ?? 8081),
      ROUTER_PORT: String(ws.routerPort ?? 8082),
    },
    repos,
  );
}

const routes: FakeModule = ({ route, state }) => {
  if (Object.keys(state.webServer).length === 0) state.webServer = defaultWebServer();

  route(
    'GET',
    `${BASE}/webServer`,
    (req) => json(200, req.principal?.admin ? state.webServer : limitedView(state.webServer)),
    { auth: 'user', only: 'self-hosted' },
  );

  route(
    'POST',
    `${BASE}/webServer`,
    (req) => {
      const body = req.json<FakeWebServer>();
      const problem = webServerProblem(body);
      if (problem) return artifactoryError(400, problem);
      // Stored as sent: the platform keeps whichever port field name the client used.
      state.webServer = { ...body };
      return text(200, 'Reverse proxy configuration updated successfully');
    },
    { auth: 'admin', only: 'self-hosted' },
  );

  route(
    'GET',
    `${BASE}/reverseProxy/nginx`,
    () => text(200, state.reverseProxySnippet ?? renderNginxSnippet(state)),
    { auth: 'user', only: 'self-hosted' },
  );
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
    routerPort: 8082,
    sslCertificate: '',
    sslKey: '',
    dockerReverseProxyMethod: 'REPOPATHPREFIX',
    useHttp: true,
    useHttps: false,
    httpPort: 80,
    sslPort: 443,
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
  routerPort: 8082,
  sslCertificate: '/etc/ssl/certs/artifacts.acme-robotics.example.crt',
  sslKey: '/etc/ssl/private/artifacts.acme-robotics.example.key',
  dockerReverseProxyMethod: 'SUBDOMAIN',
  useHttp: true,
  useHttps: true,
  httpPort: 80,
  sslPort: 443,
};

export const httpSettingsArea: FakeArea = {
  name: 'http-settings',
  routes,
  seed(state, scenario) {
    state.webServer = scenario.kind === 'demo' ? { ...DEMO_WEB_SERVER } : directWebServer();
  },
};
