import { z } from 'zod';

export const WEB_SERVER_TYPES = ['DIRECT', 'NGINX', 'APACHE'] as const;
export const DOCKER_METHODS = ['SUBDOMAIN', 'REPOPATHPREFIX', 'PORTPERREPO'] as const;
export type DockerMethod = (typeof DOCKER_METHODS)[number];

/**
 * The `webServer` JSON as the platform returns it. Loose on purpose: versions differ
 * (`sslPort` vs `httpsPort`), and whatever was read is sent back unchanged, including what
 * Lilypad does not edit (`reverseProxyRepositories`, where the platform keeps the Docker
 * port of each repository; `upStreamName`). `routerPort` and `httpToHttpsRedirect` are
 * Lilypad's own, for the offline generators: never sent to the platform.
 */
export const webServerSettingsSchema = z
  .object({
    key: z.string().optional(),
    webServerType: z.enum(WEB_SERVER_TYPES).optional(),
    artifactoryAppContext: z.string().optional(),
    publicAppContext: z.string().optional(),
    serverName: z.string().optional(),
    serverNameExpression: z.string().optional(),
    artifactoryServerName: z.string().optional(),
    artifactoryPort: z.number().int().optional(),
    /** Offline only (ours: no platform source has it): the router port the generators proxy to. */
    routerPort: z.number().int().optional(),
    sslCertificate: z.string().optional(),
    sslKey: z.string().optional(),
    dockerReverseProxyMethod: z.enum(DOCKER_METHODS).optional(),
    useHttp: z.boolean().optional(),
    useHttps: z.boolean().optional(),
    httpPort: z.number().int().optional(),
    sslPort: z.number().int().optional(),
    httpsPort: z.number().int().optional(),
    /** Offline only: redirect plain HTTP to HTTPS when both are on. */
    httpToHttpsRedirect: z.boolean().optional(),
  })
  .passthrough();
export type WebServerSettings = z.infer<typeof webServerSettingsSchema>;

export const dockerRepoSchema = z.object({
  key: z.string().min(1),
  port: z.number().int().optional(),
});
export type DockerRepo = z.infer<typeof dockerRepoSchema>;

export const haNodeSchema = z.object({
  host: z.string().min(1),
  artifactoryPort: z.number().int().default(8081),
  routerPort: z.number().int().default(8082),
});
export type HaNode = z.infer<typeof haNodeSchema>;

/**
 * Everything the offline generators need. HA is on when `haNodes` is non-empty, or when
 * `ha` is true (then an empty node list is a problem); `ha: false` ignores the nodes.
 */
export const snippetInputSchema = z.object({
  settings: webServerSettingsSchema,
  dockerRepos: z.array(dockerRepoSchema).default([]),
  haNodes: z.array(haNodeSchema).default([]),
  ha: z.boolean().optional(),
});
export type SnippetInput = z.input<typeof snippetInputSchema>;

/** Fields only the offline generators use; the platform never gets them. */
export const OFFLINE_ONLY_FIELDS = ['httpToHttpsRedirect', 'routerPort'] as const;

/**
 * The body sent back to the platform: the settings as read and edited, every field under
 * the name the platform used (the HTTPS port as `sslPort`, `httpsPort`, or both if it sent
 * both), without the offline-only fields.
 */
export function webServerBody(settings: WebServerSettings): WebServerSettings {
  const body: WebServerSettings = { ...settings };
  for (const field of OFFLINE_ONLY_FIELDS) delete body[field];
  return body;
}

/**
 * Non-admins get a reduced webServer view: "the proxy method and ports" (spec, Get Reverse
 * Proxy Configuration). An admin's view always names the web server (`key`,
 * `webServerType`) [unsure: no client shows a configured instance without them]; a view
 * with neither, nor a server name, is the reduced one and must not be edited or saved.
 */
export function isNonAdminWebServerView(settings: WebServerSettings): boolean {
  return settings.key === undefined && settings.webServerType === undefined && settings.serverName === undefined;
}
