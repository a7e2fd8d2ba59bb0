// Defaults and normalisation shared by the validator and both generators, so that
// every consumer reads the same meaning out of the loose `webServer` JSON.
import type { DockerMethod, SnippetInput } from '../areas/http-settings/model';

export const DEFAULTS = {
  httpPort: 80,
  httpsPort: 443,
  artifactoryPort: 8081,
  routerPort: 8082,
  internalHost: 'localhost',
  artifactoryAppContext: 'artifactory',
} as const;

export interface Node {
  host: string;
  artifactoryPort: number;
  routerPort: number;
}

export interface Repo {
  key: string;
  port: number | undefined;
}

/** The settings with every default applied; what the generators print from. */
export interface Normalised {
  serverName: string;
  useHttp: boolean;
  useHttps: boolean;
  httpPort: number;
  httpsPort: number;
  redirectHttp: boolean;
  sslCertificate: string;
  sslKey: string;
  /** Path segment(s) of Artifactory on its own port, without slashes ("artifactory"). */
  artifactoryContext: string;
  /** Path segment(s) under which clients reach Artifactory; defaults to artifactoryContext. */
  publicContext: string;
  dockerMethod: DockerMethod | undefined;
  /** Sorted by key: a set of repositories, whatever order the platform listed them in. */
  repos: Repo[];
  ha: boolean;
  /** In HA every node; otherwise one node built from the single-server settings. */
  nodes: Node[];
}

const trimSlashes = (value: string): string => value.trim().replace(/^\/+|\/+$/g, '');

/** Some versions say `httpsPort`, others `sslPort`: either is accepted, sslPort first. */
export function httpsPortOf(settings: SnippetInput['settings']): number | undefined {
  return settings.sslPort ?? settings.httpsPort;
}

export function haRequested(input: SnippetInput): boolean {
  return input.ha ?? (input.haNodes ?? []).length > 0;
}

export function normalise(input: SnippetInput): Normalised {
  const s = input.settings;
  const artifactoryContext = trimSlashes(s.artifactoryAppContext ?? '') || DEFAULTS.artifactoryAppContext;
  const ha = haRequested(input);
  const single: Node = {
    host: s.artifactoryServerName?.trim() || DEFAULTS.internalHost,
    artifactoryPort: s.artifactoryPort ?? DEFAULTS.artifactoryPort,
    routerPort: s.routerPort ?? DEFAULTS.routerPort,
  };
  const haNodes = (input.haNodes ?? []).map((node) => ({
    host: node.host.trim(),
    artifactoryPort: node.artifactoryPort ?? DEFAULTS.artifactoryPort,
    routerPort: node.routerPort ?? DEFAULTS.routerPort,
  }));
  const repos = (input.dockerRepos ?? []).map((repo) => ({ key: repo.key.trim(), port: repo.port })).sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const useHttp = s.useHttp === true;
  const useHttps = s.useHttps === true;
  return {
    serverName: (s.serverName ?? '').trim().toLowerCase(),
    useHttp,
    useHttps,
    httpPort: s.httpPort ?? DEFAULTS.httpPort,
    httpsPort: httpsPortOf(s) ?? DEFAULTS.httpsPort,
    redirectHttp: useHttp && useHttps && s.httpToHttpsRedirect === true,
    sslCertificate: (s.sslCertificate ?? '').trim(),
    sslKey: (s.sslKey ?? '').trim(),
    artifactoryContext,
    publicContext: trimSlashes(s.publicAppContext ?? '') || artifactoryContext,
    dockerMethod: s.dockerReverseProxyMethod,
    repos,
    ha,
    nodes: ha ? haNodes : [single],
  };
}

/** Escapes text for a regular expression (nginx server_name and locations, Apache RewriteCond). */
export function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Short summary line for the snippet header, so a reader knows what it was made for. */
export function describe(n: Normalised): string {
  const protocols = [n.useHttps ? `HTTPS on ${n.httpsPort}` : '', n.useHttp ? `HTTP on ${n.httpPort}` : ''].filter(Boolean).join(', ');
  const docker = n.dockerMethod ? `Docker: ${n.dockerMethod}` : 'Docker: none';
  const nodes = n.ha ? `HA with ${n.nodes.length} node(s)` : `single node ${n.nodes[0].host}`;
  return `${n.serverName} | ${protocols} | ${docker} | ${nodes}`;
}
