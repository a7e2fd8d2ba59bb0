// The editable form behind both the HTTP settings screen and the offline generator.
// Ports are kept as the text typed, so "80a" can be shown as a problem instead of being
// silently dropped; the settings object keeps every other field as read (passthrough),
// and the HTTPS port stays under the name(s) the platform used (sslPort, httpsPort, or
// both). `routerPort` is the offline generators' own field: it is never saved.
import type { DockerRepo, HaNode, SnippetInput, WebServerSettings } from '../../../../shared/areas/http-settings/model';
import type { SnippetProblem } from '../../../../shared/snippets/errors';

export const PORT_FIELDS = ['httpPort', 'httpsPort', 'artifactoryPort', 'routerPort'] as const;
export type PortField = (typeof PORT_FIELDS)[number];
export type HttpsPortName = 'sslPort' | 'httpsPort';

export interface RepoRow {
  id: number;
  key: string;
  port: string;
}

export interface NodeRow {
  id: number;
  host: string;
  artifactoryPort: string;
  routerPort: string;
}

export interface SnippetFormState {
  /** Everything but the ports, as read or loaded. */
  settings: WebServerSettings;
  ports: Record<PortField, string>;
  /** The name(s) the HTTPS port travels under: those that were read (sslPort when none was). */
  httpsPortNames: HttpsPortName[];
  repos: RepoRow[];
  ha: boolean;
  nodes: NodeRow[];
}

let nextRowId = 1;
export const newRowId = () => nextRowId++;

const portText = (value: number | undefined) => (value === undefined ? '' : String(value));

export function formFromSettings(settings: WebServerSettings, repos: DockerRepo[] = [], nodes: HaNode[] = []): SnippetFormState {
  const read = (['sslPort', 'httpsPort'] as const).filter((name) => settings[name] !== undefined);
  const httpsPortNames: HttpsPortName[] = read.length > 0 ? [...read] : ['sslPort'];
  const rest: WebServerSettings = { ...settings };
  for (const field of ['httpPort', 'sslPort', 'httpsPort', 'artifactoryPort', 'routerPort'] as const) delete rest[field];
  return {
    settings: rest,
    ports: {
      httpPort: portText(settings.httpPort),
      httpsPort: portText(settings.sslPort ?? settings.httpsPort),
      artifactoryPort: portText(settings.artifactoryPort),
      routerPort: portText(settings.routerPort),
    },
    httpsPortNames,
    repos: repos.map((repo) => ({ id: newRowId(), key: repo.key, port: portText(repo.port) })),
    ha: nodes.length > 0,
    nodes: nodes.map((node) => ({ id: newRowId(), host: node.host, artifactoryPort: portText(node.artifactoryPort), routerPort: portText(node.routerPort) })),
  };
}

/** A blank start for the offline generator: the platform's own defaults. */
export function defaultForm(): SnippetFormState {
  return formFromSettings({
    key: 'nginx',
    webServerType: 'NGINX',
    artifactoryAppContext: 'artifactory',
    publicAppContext: 'artifactory',
    serverName: '',
    artifactoryServerName: 'localhost',
    artifactoryPort: 8081,
    routerPort: 8082,
    dockerReverseProxyMethod: 'SUBDOMAIN',
    useHttp: true,
    useHttps: false,
    httpPort: 80,
    sslPort: 443,
  });
}

type Parsed = { value: number | undefined; bad: boolean };
function parsePort(text: string): Parsed {
  const trimmed = text.trim();
  if (trimmed === '') return { value: undefined, bad: false };
  if (!/^\d{1,6}$/.test(trimmed)) return { value: undefined, bad: true };
  return { value: Number(trimmed), bad: false };
}

export interface FormOutput {
  /** What the generators, the validator and Save use. */
  input: SnippetInput;
  /** Typing problems the validator never sees (non-numeric port text). */
  localProblems: SnippetProblem[];
}

const NOT_A_NUMBER = 'Enter a port number (digits only), e.g. 8080.';

export function formOutput(form: SnippetFormState): FormOutput {
  const localProblems: SnippetProblem[] = [];
  const settings: WebServerSettings = { ...form.settings };
  for (const field of PORT_FIELDS) {
    const parsed = parsePort(form.ports[field]);
    const names = field === 'httpsPort' ? form.httpsPortNames : [field];
    if (parsed.bad) localProblems.push({ field: `settings.${names[0]}`, message: NOT_A_NUMBER });
    if (parsed.value !== undefined) for (const name of names) settings[name] = parsed.value;
  }
  const dockerRepos: DockerRepo[] = form.repos.map((row, i) => {
    const parsed = parsePort(row.port);
    if (parsed.bad) localProblems.push({ field: `dockerRepos[${i}].port`, message: NOT_A_NUMBER });
    return parsed.value === undefined ? { key: row.key } : { key: row.key, port: parsed.value };
  });
  const haNodes: HaNode[] = form.ha
    ? form.nodes.map((row, i) => {
        const a = parsePort(row.artifactoryPort);
        const r = parsePort(row.routerPort);
        if (a.bad) localProblems.push({ field: `haNodes[${i}].artifactoryPort`, message: NOT_A_NUMBER });
        if (r.bad) localProblems.push({ field: `haNodes[${i}].routerPort`, message: NOT_A_NUMBER });
        return { host: row.host, artifactoryPort: a.value ?? 8081, routerPort: r.value ?? 8082 };
      })
    : [];
  return { input: { settings, dockerRepos, haNodes, ha: form.ha }, localProblems };
}

/** Local typing problems win over what the validator says about the same field. */
export function mergeProblems(local: SnippetProblem[], validated: SnippetProblem[]): SnippetProblem[] {
  const taken = new Set(local.map((problem) => problem.field));
  return [...local, ...validated.filter((problem) => !taken.has(problem.field))];
}

/** The messages for one field (exact match), for its helper text. */
export function messagesFor(problems: SnippetProblem[], field: string): string[] {
  return problems.filter((problem) => problem.field === field).map((problem) => problem.message);
}
