// httpSettings.* calls: the reverse proxy settings of a self-hosted Artifactory and what
// the snippets need (API-NOTES "HTTP settings").
import { read, write } from '../../api/call-spec';
import { webServerSettingsSchema, webServerBody, type DockerRepo, type WebServerSettings } from './model';

export const HTTP_SETTINGS_PATHS = {
  webServer: '/artifactory/api/system/configuration/webServer',
  nginxSnippet: '/artifactory/api/system/configuration/reverseProxy/nginx',
  repositories: '/artifactory/api/repositories',
} as const;

export const httpSettingsCalls = {
  'httpSettings.get': read<WebServerSettings>()({}, { request: () => ({ method: 'GET', path: HTTP_SETTINGS_PATHS.webServer }) }),
  'httpSettings.save': write<void>()(
    { settings: webServerSettingsSchema },
    { request: ({ settings }) => ({ method: 'POST', path: HTTP_SETTINGS_PATHS.webServer, json: webServerBody(settings) }), target: () => 'webServer' },
  ),
  'httpSettings.platformSnippet': read<{ text: string }>()({}, { request: () => ({ method: 'GET', path: HTTP_SETTINGS_PATHS.nginxSnippet }) }),
  /** The Docker repositories and their ports: a list, then more. */
  'httpSettings.dockerRepos': read<DockerRepo[]>()({}),
};
