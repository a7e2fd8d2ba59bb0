// Checks the settings before any text is generated and reports every problem at once,
// worded for the admin filling in the form. Values end up inside nginx/Apache config
// text, so anything that could break out of a directive is refused here.
import type { SnippetInput } from '../areas/http-settings/model';
import { DEFAULTS, haRequested, normalise } from './common';
import type { SnippetProblem } from './errors';

const HOST_LABEL = /^(?!-)[A-Za-z0-9-]{1,63}(?<!-)$/;
const REPO_KEY = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
const CONTEXT = /^[A-Za-z0-9._~-]+(\/[A-Za-z0-9._~-]+)*$/;
// Paths are printed unquoted; these characters would end or alter the directive.
const UNSAFE_PATH_CHARS = /[\s"';{}$\\#]/;
const hasControlChar = (value: string): boolean => [...value].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f);
const isUnsafePath = (value: string): boolean => UNSAFE_PATH_CHARS.test(value) || hasControlChar(value);

export function isHostName(value: string): boolean {
  return value.length > 0 && value.length <= 253 && value.split('.').every((label) => HOST_LABEL.test(label));
}

function isPort(value: number): boolean {
  return Number.isInteger(value) && value >= 1 && value <= 65535;
}

type Add = (field: string, message: string) => void;

function checkPort(add: Add, field: string, what: string, value: number | undefined): void {
  if (value !== undefined && !isPort(value)) add(field, `${what} must be a whole number from 1 to 65535 (it is ${value}).`);
}

function checkProtocols(input: SnippetInput, add: Add): void {
  const s = input.settings;
  const n = normalise(input);
  if (!n.useHttp && !n.useHttps) add('settings.useHttp', 'Turn on HTTP, HTTPS or both: otherwise the proxy listens nowhere.');
  checkPort(add, 'settings.httpPort', 'The HTTP port', s.httpPort);
  checkPort(add, 'settings.sslPort', 'The HTTPS port', s.sslPort);
  checkPort(add, 'settings.httpsPort', 'The HTTPS port', s.httpsPort);
  if (s.sslPort !== undefined && s.httpsPort !== undefined && s.sslPort !== s.httpsPort) {
    add('settings.sslPort', `sslPort (${s.sslPort}) and httpsPort (${s.httpsPort}) disagree: keep one HTTPS port.`);
  }
  if (n.useHttp && n.useHttps && n.httpPort === n.httpsPort) {
    add('settings.httpPort', `HTTP and HTTPS cannot share port ${n.httpPort}.`);
  }
  if (n.useHttps) {
    if (!n.sslCertificate) add('settings.sslCertificate', 'HTTPS needs the path of the certificate file.');
    else if (isUnsafePath(n.sslCertificate)) add('settings.sslCertificate', 'The certificate path cannot contain spaces, quotes, ;, {, }, $, \\ or #.');
    if (!n.sslKey) add('settings.sslKey', 'HTTPS needs the path of the private key file.');
    else if (isUnsafePath(n.sslKey)) add('settings.sslKey', 'The key path cannot contain spaces, quotes, ;, {, }, $, \\ or #.');
  }
}

function checkNames(input: SnippetInput, add: Add): void {
  const s = input.settings;
  const n = normalise(input);
  if (!n.serverName) {
    add(
      'settings.serverName',
      n.dockerMethod === 'SUBDOMAIN'
        ? 'The subdomain method needs a public server name: each Docker repository is reached at <repository>.<server name>.'
        : 'Enter the public server name clients use to reach the platform (e.g. artifactory.example.com).',
    );
  } else if (!isHostName(n.serverName)) {
    add('settings.serverName', `"${n.serverName}" is not a host name: use letters, digits, hyphens and dots only (e.g. artifactory.example.com).`);
  }
  const internal = s.artifactoryServerName?.trim();
  if (internal && !isHostName(internal)) {
    add('settings.artifactoryServerName', `The internal host name "${internal}" is not a host name or IP address.`);
  }
  checkPort(add, 'settings.artifactoryPort', 'The internal Artifactory port', s.artifactoryPort);
  checkPort(add, 'settings.routerPort', 'The internal router port', s.routerPort);
  for (const key of ['artifactoryAppContext', 'publicAppContext'] as const) {
    const value = s[key]?.trim().replace(/^\/+|\/+$/g, '');
    if (value && !CONTEXT.test(value)) {
      add(`settings.${key}`, `The context "${s[key]}" may only hold letters, digits, ., _, ~, - and / between segments.`);
    }
  }
}

function checkRepos(input: SnippetInput, add: Add): void {
  const n = normalise(input);
  const repos = input.dockerRepos ?? [];
  const seenKeys = new Map<string, number>();
  const seenPorts = new Map<number, string>();
  repos.forEach((repo, i) => {
    const key = repo.key.trim();
    if (!REPO_KEY.test(key)) add(`dockerRepos[${i}].key`, `"${repo.key}" is not a repository key: letters, digits, ., _ and - only, at most 64.`);
    if (seenKeys.has(key)) add(`dockerRepos[${i}].key`, `Repository ${key} is listed twice.`);
    seenKeys.set(key, i);
    if (n.dockerMethod !== 'PORTPERREPO') return;
    if (repo.port === undefined) {
      add(`dockerRepos[${i}].port`, `Repository ${key} needs a port: with the port per repository method each Docker repository listens on its own port.`);
      return;
    }
    if (!isPort(repo.port)) {
      add(`dockerRepos[${i}].port`, `The port of repository ${key} must be a whole number from 1 to 65535 (it is ${repo.port}).`);
      return;
    }
    const owner = seenPorts.get(repo.port);
    if (owner !== undefined) add(`dockerRepos[${i}].port`, `Repositories ${owner} and ${key} cannot share port ${repo.port}.`);
    else seenPorts.set(repo.port, key);
    if (n.useHttp && repo.port === n.httpPort) add(`dockerRepos[${i}].port`, `Repository ${key} cannot use port ${repo.port}: it is the HTTP port.`);
    if (n.useHttps && repo.port === n.httpsPort) add(`dockerRepos[${i}].port`, `Repository ${key} cannot use port ${repo.port}: it is the HTTPS port.`);
  });
}

function checkHa(input: SnippetInput, add: Add): void {
  if (!haRequested(input)) return;
  const nodes = input.haNodes ?? [];
  if (nodes.length === 0) add('haNodes', 'High availability is on but no nodes are listed: add at least one node, or turn HA off.');
  const seen = new Set<string>();
  nodes.forEach((node, i) => {
    const host = node.host.trim();
    if (!isHostName(host)) add(`haNodes[${i}].host`, `Node ${i + 1}: "${node.host}" is not a host name or IP address.`);
    checkPort(add, `haNodes[${i}].artifactoryPort`, `Node ${i + 1}: the Artifactory port`, node.artifactoryPort);
    checkPort(add, `haNodes[${i}].routerPort`, `Node ${i + 1}: the router port`, node.routerPort);
    const id = `${host}:${node.routerPort ?? DEFAULTS.routerPort}`;
    if (seen.has(id)) add(`haNodes[${i}]`, `Node ${i + 1} (${id}) is listed twice.`);
    seen.add(id);
  });
}

/** Every problem with the input at once; an empty list means both generators will succeed. */
export function validateSnippetInput(input: SnippetInput): SnippetProblem[] {
  const problems: SnippetProblem[] = [];
  const add: Add = (field, message) => problems.push({ field, message });
  checkProtocols(input, add);
  checkNames(input, add);
  checkRepos(input, add);
  checkHa(input, add);
  return problems;
}
