// Access trust: the root certificate (a real one, made on first use with the openssl CLI),
// the Access configuration backup triggers, federation targets, and Artifactory's service
// pairing. Two fakes in one process see each other (core/peers.ts): a validation asks the
// target fake whether it trusts this one; a pairing token made on one fake is accepted by
// another. Since 7.12 these Access calls need an admin-scoped token: Basic with a
// password is refused (switch `basicAuth`).
import { execFile } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { promisify } from 'node:util';
import type { FakeArea } from '../core/area';
import { areaState } from '../core/area';
import { accessError, artifactoryError, empty, json, text, type FakeModule, type FakeRequest, type FakeResponse, type FakeState } from '../core/module';
import { peerAt, urlOf } from '../core/peers';

const run = promisify(execFile);
const FEDERATION = '/access/api/v1/system/federation';
const PAIRING = '/artifactory/api/v1/service_trust/pairing';
const PAIRINGS = '/artifactory/api/v1/service_trust/pairings';
/** [unsure] The use cases an Artifactory knows (the spec names these); any other answers 404. */
export const KNOWN_USE_CASES = ['federated-repo', 'artifactory-cold', 'mission-control'];
const PAIRING_TOKEN_MS = 5 * 60_000;

export interface FakeFederationTarget {
  name: string;
  url: string;
  entities: string[];
  permissionFilters: { includePatterns: string[]; excludePatterns: string[] };
  active: boolean;
}

export interface TrustState {
  /** PEM and key, made on first use. */
  root: Promise<{ pem: string }> | null;
  federations: Map<string, FakeFederationTarget>;
  /** Origins of the platforms whose root certificate this one trusts (the circle of trust). */
  trusted: Set<string>;
  /** How GET spells permission filters: 'camel' (the spec's GET) or 'snake' (its PATCH example). */
  filterSpelling: 'camel' | 'snake';
  /** 'refused': Basic user:password answers 401 on these Access calls (7.12+); 'accepted': older versions. */
  basicAuth: 'refused' | 'accepted';
  broadcasts: string[];
  exports: number;
  imports: number;
  /** Whether $JFROG_HOME/…/access.bootstrap.json is there for an import. */
  bootstrapFile: boolean;
  pairingTokens: Map<string, { useCase: string; expiresAt: number; used: boolean }>;
  /** Use case → base URLs of the paired targets. */
  pairings: Map<string, Set<string>>;
}

export const trustState = (state: FakeState): TrustState =>
  areaState(state, 'trust', () => ({
    root: null,
    federations: new Map(),
    trusted: new Set(),
    filterSpelling: 'camel',
    basicAuth: 'refused',
    broadcasts: [],
    exports: 0,
    imports: 0,
    bootstrapFile: true,
    pairingTokens: new Map(),
    pairings: new Map(),
  }));

/** `target` trusts `source` (its root certificate is in the target's trusted folder). */
export function trustSource(target: FakeState, sourceUrl: string): void {
  trustState(target).trusted.add(new URL(sourceUrl).origin);
}

async function makeRootCertificate(state: FakeState): Promise<{ pem: string }> {
  const subject = `/CN=jfac@${state.system.nodeId}/O=JFrog Access/OU=Lilypad fake`;
  const { stdout } = await run('openssl', [
    'req',
    '-x509',
    '-newkey',
    'ec',
    '-pkeyopt',
    'ec_paramgen_curve:prime256v1',
    '-nodes',
    '-keyout',
    '/dev/null',
    '-days',
    '3650',
    '-subj',
    subject,
    '-addext',
    'basicConstraints=critical,CA:TRUE',
  ]);
  return { pem: stdout };
}

export function rootCertificate(state: FakeState): Promise<{ pem: string }> {
  const own = trustState(state);
  own.root ??= makeRootCertificate(state);
  return own.root;
}

/** Basic user:password on a 7.12+ Access call: refused. */
function refusedBasic(state: FakeState, req: FakeRequest): FakeResponse | null {
  if (trustState(state).basicAuth === 'accepted') return null;
  const header = req.headers.authorization ?? '';
  if (!/^basic\s/i.test(header) || !req.principal) return null;
  const secret = Buffer.from(header.replace(/^basic\s+/i, ''), 'base64')
    .toString('utf8')
    .split(':')
    .slice(1)
    .join(':');
  if (secret !== req.principal.password || secret === req.principal.token) return null;
  // [unsure] status: the spec says basic authentication is no longer supported. A plain text on
  // purpose, as core/auth.ts does: the console explains the refusal itself.
  return accessError(401, 'Bad credentials');
}

function federationView(state: FakeState, target: FakeFederationTarget): Record<string, unknown> {
  const { permissionFilters, ...rest } = target;
  if (trustState(state).filterSpelling === 'snake') {
    return { ...rest, permission_filters: { include_patterns: permissionFilters.includePatterns, exclude_patterns: permissionFilters.excludePatterns } };
  }
  return { ...rest, permissionFilters: structuredClone(permissionFilters) };
}

/** Filters from a body in either spelling; undefined when it holds none. */
function filtersOf(body: Record<string, unknown>): FakeFederationTarget['permissionFilters'] | undefined {
  const camel = body.permissionFilters as { includePatterns?: unknown; excludePatterns?: unknown } | undefined;
  const snake = body.permission_filters as { include_patterns?: unknown; exclude_patterns?: unknown } | undefined;
  if (!camel && !snake) return undefined;
  const list = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);
  return { includePatterns: list(camel?.includePatterns ?? snake?.include_patterns), excludePatterns: list(camel?.excludePatterns ?? snake?.exclude_patterns) };
}

const ENTITIES = new Set(['users', 'groups', 'permissions', 'tokens']);

function fieldsProblem(body: Record<string, unknown>, creating: boolean): string | null {
  if (creating && (typeof body.name !== 'string' || body.name === '')) return 'name is required';
  if ((creating || body.url !== undefined) && (typeof body.url !== 'string' || !/^https?:\/\//.test(body.url))) return 'url must be a valid http(s) URL';
  if (creating || body.entities !== undefined) {
    if (!Array.isArray(body.entities) || body.entities.length === 0) return 'entities must be a non-empty list';
    const unknown = body.entities.find((entity) => !ENTITIES.has(String(entity)));
    if (unknown !== undefined) return `Unknown entity '${String(unknown)}'`;
  }
  if (body.active !== undefined && typeof body.active !== 'boolean') return 'active must be a boolean';
  return null;
}

/** What the target says when asked whether it trusts the caller. */
function validateCircle(state: FakeState, url: string): FakeResponse {
  const target = peerAt(url);
  if (!target) return accessError(412, `Circle of trust validation failed (response from target server: could not connect to ${url})`, 'PRECONDITION_FAILED');
  const self = urlOf(state);
  if (!self || !trustState(target).trusted.has(self)) {
    return accessError(412, 'Circle of trust validation failed (response from target server: 401 The source root certificate is not trusted)', 'PRECONDITION_FAILED');
  }
  return empty(204);
}

function useCaseOf(req: FakeRequest): string {
  return req.params['*'] ?? '';
}

const knownUseCase = (useCase: string): boolean => KNOWN_USE_CASES.includes(useCase.split('/')[0]);

function base64url(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

function createPairingToken(state: FakeState, req: FakeRequest): FakeResponse {
  const useCase = useCaseOf(req);
  if (!knownUseCase(useCase)) return artifactoryError(404, `Unknown use case: ${useCase}`);
  const self = urlOf(state) ?? 'http://127.0.0.1';
  const now = Date.now();
  const serviceId = `jfrt@${state.system.nodeId}`;
  const payload = {
    ext: JSON.stringify({ base_url: self, exchange_url: `${self}/artifactory/api/v1/service_trust/exchange`, revocable: true }),
    sub: `${serviceId}/users/${req.principal?.username ?? 'admin'}`,
    scp: `internal:service-trust/pairing/${useCase}:x`,
    aud: serviceId,
    iss: `${serviceId}/users/${req.principal?.username ?? 'admin'}`,
    exp: Math.floor((now + PAIRING_TOKEN_MS) / 1000),
    iat: Math.floor(now / 1000),
    jti: randomUUID(),
  };
  const token = `${base64url({ alg: 'RS256', typ: 'JWT' })}.${base64url(payload)}.${randomBytes(32).toString('base64url')}`;
  trustState(state).pairingTokens.set(token, { useCase, expiresAt: now + PAIRING_TOKEN_MS, used: false });
  return json(200, { pairing_token: token });
}

function initiatePairing(state: FakeState, req: FakeRequest): FakeResponse {
  const useCase = useCaseOf(req);
  if (!knownUseCase(useCase)) return artifactoryError(404, `Unknown use case: ${useCase}`);
  const token = req.json<{ pairing_token?: unknown }>().pairing_token;
  if (typeof token !== 'string' || token === '') return artifactoryError(400, 'pairing_token is required');
  for (const [origin, issued] of peersIssuing(token)) {
    if (issued.used || issued.expiresAt < Date.now()) return artifactoryError(401, 'The pairing token has expired or was already used');
    if (issued.useCase !== useCase) return artifactoryError(400, `The pairing token was issued for another use case (${issued.useCase})`);
    issued.used = true;
    const own = trustState(state);
    const set = own.pairings.get(useCase) ?? new Set<string>();
    set.add(origin);
    own.pairings.set(useCase, set);
    return json(200, { message: 'Trust with Artifactory was established successfully' });
  }
  return artifactoryError(401, 'The pairing token is not valid for any known service');
}

/** The fake that issued `token` (at most one). */
function* peersIssuing(token: string): Generator<[string, { useCase: string; expiresAt: number; used: boolean }]> {
  const payload = token.split('.')[1];
  let baseUrl: string | undefined;
  try {
    baseUrl = (JSON.parse(JSON.parse(Buffer.from(payload ?? '', 'base64url').toString('utf8')).ext as string) as { base_url?: string }).base_url;
  } catch {
    return;
  }
  const issuer = baseUrl ? peerAt(baseUrl) : undefined;
  const issued = issuer ? trustState(issuer).pairingTokens.get(token) : undefined;
  if (issuer && issued && baseUrl) yield [new URL(baseUrl).origin, issued];
}

const routes: FakeModule = ({ route, state }) => {
  const guarded =
    (handler: (req: FakeRequest) => FakeResponse | Promise<FakeResponse>) =>
    (req: FakeRequest): FakeResponse | Promise<FakeResponse> =>
      refusedBasic(state, req) ?? handler(req);

  route(
    'GET',
    '/access/api/v1/cert/root',
    guarded(async (req) => {
      const { pem } = await rootCertificate(state);
      // Bare base64 by default; PEM with its armour and 64-column lines when formatted=true.
      if (req.query.formatted === 'true') return text(200, pem);
      return text(200, pem.replace(/-----(BEGIN|END) CERTIFICATE-----/g, '').replace(/\s+/g, ''));
    }),
  );
  route(
    'POST',
    '/access/api/v1/system/backup/export',
    guarded(() => {
      trustState(state).exports++;
      // [unsure] body: the spec only says the file goes to $JFROG_HOME/artifactory/var/backup/access.
      return text(200, 'Access configuration exported to $JFROG_HOME/artifactory/var/backup/access');
    }),
  );
  route(
    'POST',
    '/access/api/v1/system/backup/import',
    guarded(() => {
      const own = trustState(state);
      // [unsure] what Access answers without the bootstrap file.
      if (!own.bootstrapFile) return accessError(400, 'No access.bootstrap.json found in $JFROG_HOME/artifactory/var/etc/access');
      own.imports++;
      return text(200, 'Access configuration imported');
    }),
  );

  route(
    'GET',
    FEDERATION,
    guarded(() => json(200, { configurations: [...trustState(state).federations.values()].map((t) => federationView(state, t)) })),
  );
  route(
    'POST',
    FEDERATION,
    guarded((req) => {
      const body = req.json<Record<string, unknown>>();
      const problem = fieldsProblem(body, true);
      if (problem) return accessError(400, problem);
      const own = trustState(state);
      const name = body.name as string;
      // The spec documents 404 for a name that already exists [unsure: a 409 would be usual].
      if (own.federations.has(name)) return accessError(404, `Federation target '${name}' already exists`);
      const target: FakeFederationTarget = {
        name,
        url: body.url as string,
        entities: (body.entities as unknown[]).map(String),
        permissionFilters: filtersOf(body) ?? { includePatterns: [], excludePatterns: [] },
        active: body.active === undefined ? true : (body.active as boolean),
      };
      own.federations.set(name, target);
      return json(201, federationView(state, target));
    }),
  );
  route(
    'POST',
    `${FEDERATION}/validate_server`,
    guarded((req) => {
      const url = req.json<{ url?: unknown }>().url;
      if (typeof url !== 'string' || !/^https?:\/\//.test(url)) return accessError(400, 'url must be a valid http(s) URL');
      return validateCircle(state, url);
    }),
  );
  route(
    'GET',
    `${FEDERATION}/:name`,
    guarded((req) => {
      const target = trustState(state).federations.get(req.params.name);
      return target ? json(200, federationView(state, target)) : accessError(404, 'No such federation target');
    }),
  );
  route(
    'PATCH',
    `${FEDERATION}/:name`,
    guarded((req) => {
      const own = trustState(state);
      const target = own.federations.get(req.params.name);
      if (!target) return accessError(404, 'No such federation target');
      const body = req.json<Record<string, unknown>>();
      const problem = fieldsProblem(body, false);
      if (problem) return accessError(400, problem);
      if (typeof body.url === 'string') target.url = body.url;
      if (Array.isArray(body.entities)) target.entities = body.entities.map(String);
      if (typeof body.active === 'boolean') target.active = body.active;
      const filters = filtersOf(body);
      if (filters) target.permissionFilters = filters;
      return empty(204);
    }),
  );
  route(
    'DELETE',
    `${FEDERATION}/:name`,
    guarded((req) => (trustState(state).federations.delete(req.params.name) ? empty(204) : accessError(404, 'No such federation target'))),
  );
  route(
    'PUT',
    `${FEDERATION}/:name/full_broadcast`,
    guarded((req) => {
      const own = trustState(state);
      if (!own.federations.has(req.params.name)) return accessError(404, 'No such federation target');
      own.broadcasts.push(req.params.name);
      return empty(204);
    }),
  );

  route('POST', `${PAIRING}/*`, (req) => createPairingToken(state, req));
  route('PUT', `${PAIRING}/*`, (req) => initiatePairing(state, req));
  route('GET', `${PAIRINGS}/*`, (req) => {
    const useCase = useCaseOf(req);
    if (!knownUseCase(useCase)) return artifactoryError(404, `Unknown use case: ${useCase}`);
    return json(
      200,
      [...(trustState(state).pairings.get(useCase) ?? [])].map((baseUrl) => ({ base_url: baseUrl })),
    );
  });
  // Log collection (POST /access/api/v1/logshipping/config) is served by the support-bundles area.
};

export const trustArea: FakeArea = {
  name: 'trust',
  routes,
  seed(state, scenario) {
    if (scenario.kind !== 'demo') return;
    // The demo instance signs in with Basic (its printed administrator): this Access accepts it
    // as one before 7.12 did, so the trust screens are alive from the first start.
    trustState(state).basicAuth = 'accepted';
    trustState(state).federations.set('access-eu', {
      name: 'access-eu',
      url: 'https://artifacts-eu.acme-robotics.example/access',
      entities: ['users', 'groups', 'permissions'],
      permissionFilters: { includePatterns: ['team-*'], excludePatterns: ['team-contractors*'] },
      active: true,
    });
    trustState(state).pairings.set('federated-repo/*', new Set(['https://artifacts-eu.acme-robotics.example']));
  },
};
