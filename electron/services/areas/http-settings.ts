// HTTP settings area (reverse proxy; API-NOTES "HTTP settings"). Self-hosted only: on
// Cloud there is no web server to configure, so the calls answer 'unsupported' instead
// of a bare 404.
// 1. Requests: shared/areas/http-settings/calls.ts. 2. Platform calls. 3. Handlers.
import { requestFor } from '../../../shared/api/contract';
import { HTTP_SETTINGS_PATHS } from '../../../shared/areas/http-settings/calls';
import type { DockerRepo, WebServerSettings } from '../../../shared/areas/http-settings/model';
import { isCloud } from '../../../shared/areas/instances/platform-kind';
import { ApiFailure } from '../../../shared/errors';
import type { PlatformHttp } from '../http/types';
import type { AreaHandlers, InstanceContext } from './types';

// ---- Platform calls --------------------------------------------------------------------

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

async function listDockerRepos(http: PlatformHttp): Promise<DockerRepo[]> {
  const items = await http.json<RepositoryListItem[]>({ method: 'GET', path: HTTP_SETTINGS_PATHS.repositories, query: { packageType: 'docker' } });
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
    const config = await http.json<{ dockerPort?: unknown; port?: unknown }>({
      method: 'GET',
      path: `${HTTP_SETTINGS_PATHS.repositories}/${encodeURIComponent(key)}`,
    });
    return validPort(config?.dockerPort) ?? validPort(config?.port);
  } catch {
    return undefined;
  }
}

function validPort(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value > 0 && value < 65536 ? value : undefined;
}

const CLOUD_MESSAGE =
  'HTTP settings and the reverse proxy snippet exist only on self-hosted JFrog Platform instances. ' +
  'JFrog Cloud runs its own front end, so there is no NGINX or Apache to configure.';

function unsupported(method: string, path: string): ApiFailure {
  return new ApiFailure({ kind: 'unsupported', message: CLOUD_MESSAGE, method, path });
}

/**
 * Runs a self-hosted-only call. A known Cloud instance is answered without a request;
 * an instance of unknown kind that answers 404 is treated as Cloud (the platform's own
 * way of saying the call does not exist there).
 */
async function selfHostedOnly<T>(ctx: InstanceContext, method: string, path: string, run: () => Promise<T>): Promise<T> {
  if (isCloud(ctx.instance)) throw unsupported(method, path);
  try {
    return await run();
  } catch (error) {
    if (error instanceof ApiFailure && error.error.status === 404 && ctx.instance.platform !== 'self-hosted') {
      throw unsupported(method, path);
    }
    throw error;
  }
}

// ---- Handlers --------------------------------------------------------------------------

export const httpSettingsArea: AreaHandlers<'httpSettings'> = {
  'httpSettings.get': (input, ctx) =>
    selfHostedOnly(ctx, 'GET', HTTP_SETTINGS_PATHS.webServer, () => ctx.http.json<WebServerSettings>(requestFor('httpSettings.get', input))),
  'httpSettings.save': (input, ctx) =>
    selfHostedOnly(ctx, 'POST', HTTP_SETTINGS_PATHS.webServer, async () => {
      await ctx.http.request(requestFor('httpSettings.save', input));
    }),
  'httpSettings.platformSnippet': (input, ctx) =>
    selfHostedOnly(ctx, 'GET', HTTP_SETTINGS_PATHS.nginxSnippet, async () => {
      const response = await ctx.http.request({ ...requestFor('httpSettings.platformSnippet', input), headers: { accept: 'text/plain' } });
      return { text: response.text };
    }),
  // Repositories exist on Cloud too, but the list only feeds the snippets, which do not.
  'httpSettings.dockerRepos': (_input, ctx) => selfHostedOnly(ctx, 'GET', HTTP_SETTINGS_PATHS.repositories, () => listDockerRepos(ctx.http)),
};
