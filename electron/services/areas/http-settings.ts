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
import { obj, str } from './wire';

// ---- Platform calls --------------------------------------------------------------------

/**
 * The Docker repositories and their ports. The list comes from the repository listing;
 * the port of each (port per repository) from the webServer JSON, where the platform keeps
 * `reverseProxyRepositories.reverseProxyRepoConfigs[{repoRef, serverName, port}]`. A
 * repository's own configuration has no port field.
 */
async function listDockerRepos(http: PlatformHttp): Promise<DockerRepo[]> {
  const [items, webServer] = await Promise.all([
    http.json<unknown>({ method: 'GET', path: HTTP_SETTINGS_PATHS.repositories, query: { packageType: 'docker' }, answerSize: 'list' }),
    http.json<unknown>(requestFor('httpSettings.get', {})),
  ]);
  const ports = portsByRepository(webServer);
  const keys = (Array.isArray(items) ? items : []).map((item) => str(obj(item).key)).filter((key) => key.length > 0);
  return keys.map((key) => {
    const port = ports.get(key);
    return port === undefined ? { key } : { key, port };
  });
}

/** repoRef → port from the webServer JSON; entries without a valid port (the platform's default is -1) are left out. */
export function portsByRepository(webServer: unknown): Map<string, number> {
  const configs = obj(obj(obj(webServer).reverseProxyRepositories)).reverseProxyRepoConfigs;
  const ports = new Map<string, number>();
  for (const config of Array.isArray(configs) ? configs : []) {
    const { repoRef, port } = obj(config);
    if (typeof repoRef === 'string' && validPort(port)) ports.set(repoRef, port);
  }
  return ports;
}

function validPort(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value > 0 && value < 65536;
}

const CLOUD_MESSAGE =
  'HTTP settings and the reverse proxy snippet exist only on self-hosted JFrog Platform instances. ' +
  'JFrog Cloud runs its own front end, so there is no NGINX or Apache to configure.';

function unsupported(method: string, path: string): ApiFailure {
  return new ApiFailure({ kind: 'unsupported', message: CLOUD_MESSAGE, method, path });
}

const FORBIDDEN_OR_CLOUD =
  'The platform refused this (403). Either the credential of this instance is not an administrator (use an admin token), ' +
  'or the instance is JFrog Cloud, where HTTP settings do not exist. "Test connection" on the Instances screen tells which.';

/**
 * Runs a self-hosted-only call. A known Cloud instance is answered without a request;
 * an instance of unknown kind that answers 404 is treated as Cloud (the platform's own
 * way of saying the call does not exist there), and one that answers 403 gets both
 * possible reasons: Cloud may refuse rather than hide the call.
 */
async function selfHostedOnly<T>(ctx: InstanceContext, method: string, path: string, run: () => Promise<T>): Promise<T> {
  if (isCloud(ctx.instance)) throw unsupported(method, path);
  try {
    return await run();
  } catch (error) {
    if (!(error instanceof ApiFailure) || ctx.instance.platform === 'self-hosted') throw error;
    if (error.error.status === 404) throw unsupported(method, path);
    if (error.error.status === 403) throw new ApiFailure({ ...error.error, message: FORBIDDEN_OR_CLOUD });
    throw error;
  }
}

// ---- Handlers --------------------------------------------------------------------------

export const httpSettingsArea: AreaHandlers<'httpSettings'> = {
  'httpSettings.get': (input, ctx) => selfHostedOnly(ctx, 'GET', HTTP_SETTINGS_PATHS.webServer, () => ctx.http.json<WebServerSettings>(requestFor('httpSettings.get', input))),
  'httpSettings.save': (input, ctx) =>
    selfHostedOnly(ctx, 'POST', HTTP_SETTINGS_PATHS.webServer, async () => {
      await ctx.http.request(requestFor('httpSettings.save', input));
    }),
  'httpSettings.platformSnippet': (input, ctx) =>
    selfHostedOnly(ctx, 'GET', HTTP_SETTINGS_PATHS.nginxSnippet, async () => {
      const response = await ctx.http.request({ ...requestFor('httpSettings.platformSnippet', input), headers: { accept: 'text/plain' }, answerSize: 'snippet' });
      return { text: response.text };
    }),
  // Repositories exist on Cloud too, but the list only feeds the snippets, which do not.
  'httpSettings.dockerRepos': (_input, ctx) => selfHostedOnly(ctx, 'GET', HTTP_SETTINGS_PATHS.repositories, () => listDockerRepos(ctx.http)),
};
