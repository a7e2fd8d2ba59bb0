// HTTP settings (reverse proxy) handlers. Self-hosted only: on Cloud there is no web
// server to configure, so the calls answer 'unsupported' instead of a bare 404.
import { ApiFailure } from '../../../shared/errors';
import { isCloudHost, type InstanceProfile } from '../../../shared/models/instance';
import { getNginxSnippet, getWebServer, listDockerRepos, saveWebServer } from '../platform/http-settings-api';
import type { InstanceContext, InstanceHandlers } from './types';

type HttpSettingsCall = 'httpSettings.get' | 'httpSettings.save' | 'httpSettings.platformSnippet' | 'httpSettings.dockerRepos';

const CLOUD_MESSAGE =
  'HTTP settings and the reverse proxy snippet exist only on self-hosted JFrog Platform instances. ' +
  'JFrog Cloud runs its own front end, so there is no NGINX or Apache to configure.';

function isCloud(instance: InstanceProfile): boolean {
  return instance.platform === 'cloud' || isCloudHost(instance.baseUrl);
}

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

const WEB_SERVER = '/artifactory/api/system/configuration/webServer';

export const httpSettingsHandlers: InstanceHandlers<HttpSettingsCall> = {
  'httpSettings.get': (_input, ctx) => selfHostedOnly(ctx, 'GET', WEB_SERVER, () => getWebServer(ctx.http)),
  'httpSettings.save': (input, ctx) => selfHostedOnly(ctx, 'POST', WEB_SERVER, () => saveWebServer(ctx.http, input.settings)),
  'httpSettings.platformSnippet': (_input, ctx) =>
    selfHostedOnly(ctx, 'GET', '/artifactory/api/system/configuration/reverseProxy/nginx', async () => ({ text: await getNginxSnippet(ctx.http) })),
  // Repositories exist on Cloud too, but the list only feeds the snippets, which do not.
  'httpSettings.dockerRepos': (_input, ctx) =>
    selfHostedOnly(ctx, 'GET', '/artifactory/api/repositories', () => listDockerRepos(ctx.http)),
};
