// The HTTP settings (reverse proxy) calls of Artifactory, and the Docker repository list
// the snippets need. Self-hosted only; the handler decides that before calling here.
import type { PlatformHttp } from '../http/types';
import type { DockerRepo, WebServerSettings } from '../../../shared/models/http-settings';

const WEB_SERVER = '/artifactory/api/system/configuration/webServer';
const NGINX_SNIPPET = '/artifactory/api/system/configuration/reverseProxy/nginx';
const REPOSITORIES = '/artifactory/api/repositories';

/** One entry of GET /artifactory/api/repositories; newer versions add more fields. */
interface RepositoryListItem {
  key: string;
  type?: string;
  packageType?: string;
  url?: string;
  /** Not in the documented list, but some versions and proxies add the registry port. */
  dockerPort?: number;
  port?: number;
}

export function getWebServer(http: PlatformHttp): Promise<WebServerSettings> {
  return http.json<WebServerSettings>({ method: 'GET', path: WEB_SERVER });
}

/**
 * Sends the settings back under the names they were read with: the renderer keeps the
 * HTTPS port under `httpsPort` when that is what the instance said, `sslPort` otherwise.
 * Should both arrive, only one HTTPS port is sent (`sslPort`, the documented name).
 */
export async function saveWebServer(http: PlatformHttp, settings: WebServerSettings): Promise<void> {
  await http.request({ method: 'POST', path: WEB_SERVER, json: normalisePortField(settings) });
}

export function normalisePortField(settings: WebServerSettings): WebServerSettings {
  const usesHttpsPort = settings.httpsPort !== undefined && settings.sslPort === undefined;
  const port = settings.sslPort ?? settings.httpsPort;
  const body: WebServerSettings = { ...settings };
  delete body.sslPort;
  delete body.httpsPort;
  if (port !== undefined) {
    if (usesHttpsPort) body.httpsPort = port;
    else body.sslPort = port;
  }
  return body;
}

export async function getNginxSnippet(http: PlatformHttp): Promise<string> {
  const response = await http.request({ method: 'GET', path: NGINX_SNIPPET, headers: { accept: 'text/plain' } });
  return response.text;
}

export async function listDockerRepos(http: PlatformHttp): Promise<DockerRepo[]> {
  const items = await http.json<RepositoryListItem[]>({ method: 'GET', path: REPOSITORIES, query: { packageType: 'docker' } });
  if (!Array.isArray(items)) return [];
  const keys = items.filter((item) => typeof item.key === 'string' && item.key.length > 0);
  // The listing has no port; each repository's configuration may. A repository whose
  // configuration cannot be read still appears, without a port.
  return Promise.all(
    keys.map(async (item) => {
      const port = validPort(item.dockerPort) ?? validPort(item.port) ?? (await configuredPort(http, item.key));
      return port === undefined ? { key: item.key } : { key: item.key, port };
    }),
  );
}

async function configuredPort(http: PlatformHttp, key: string): Promise<number | undefined> {
  try {
    const config = await http.json<{ dockerPort?: unknown; port?: unknown }>({ method: 'GET', path: `${REPOSITORIES}/${encodeURIComponent(key)}` });
    return validPort(config?.dockerPort) ?? validPort(config?.port);
  } catch {
    return undefined;
  }
}

function validPort(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value > 0 && value < 65536 ? value : undefined;
}
