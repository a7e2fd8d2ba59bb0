// Webhooks: the Event service's subscriptions (`/event/api/v1/subscriptions`; API-NOTES
// "Webhooks", JFrog's Terraform provider for the domains, criteria and handler fields).
// Errors use Artifactory's body (the provider reads them as ArtifactoryErrorsResponse).
// The test call really delivers: it POSTs a sample event to each handler's URL and
// reports what the receiver answered, as the platform does (200 even on failure).
import { createHmac } from 'node:crypto';
import type { FakeArea, SeedScenario } from '../core/area';
import { areaState } from '../core/area';
import { empty, fail, json, type FakeModule, type FakeRequest, type FakeState } from '../core/module';

const BASE = '/event/api/v1/subscriptions';

/** What the Event service answers instead of a secret's value [unsure: the spec's samples echo it in clear]. */
export const SECRET_MASK = '*****';

type Json = Record<string, unknown>;

export interface FakeWebhooksState {
  subscriptions: Map<string, Json>;
  /**
   * How answers carry secrets: 'masked' (default; a "webhook" secret as SECRET_MASK,
   * custom secrets by name only, as the spec's custom sample) or 'clear' (the spec's
   * predefined samples). [unsure] which a given version does: keep both.
   */
  secretEcho: 'masked' | 'clear';
  /** Every delivery the test call made (for tests that check what was sent). */
  deliveries: { url: string; method: string; headers: Record<string, string>; body: string; status?: number; error?: string }[];
}

export const webhooksState = (state: FakeState): FakeWebhooksState =>
  areaState(state, 'webhooks', () => ({ subscriptions: new Map<string, Json>(), secretEcho: 'masked' as const, deliveries: [] }));

const EVENTS: Record<string, string[]> = {
  artifact: ['deployed', 'deleted', 'moved', 'copied', 'cached'],
  artifact_property: ['added', 'deleted'],
  docker: ['pushed', 'deleted', 'promoted'],
  build: ['uploaded', 'deleted', 'promoted'],
  release_bundle: ['created', 'signed', 'deleted'],
  distribution: ['distribute_started', 'distribute_completed', 'distribute_aborted', 'distribute_failed', 'delete_started', 'delete_completed', 'delete_failed'],
  artifactory_release_bundle: ['received', 'delete_started', 'delete_completed', 'delete_failed'],
  destination: ['received', 'delete_started', 'delete_completed', 'delete_failed'],
  release_bundle_v2: ['release_bundle_v2_started', 'release_bundle_v2_failed', 'release_bundle_v2_completed'],
  release_bundle_v2_promotion: ['release_bundle_v2_promotion_started', 'release_bundle_v2_promotion_failed', 'release_bundle_v2_promotion_completed'],
  user: ['locked'],
  artifact_lifecycle: ['archive', 'restore'],
};

const obj = (value: unknown): Json => (typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : {});
const list = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);
const none = (value: unknown): boolean => list(value).length === 0;

// ---- Checks (400 with a message, as the platform refuses bad combinations) ---------------

/** The server-side criteria rules [unsure: taken to match JFrog's provider, which checks before sending]. */
function checkCriteria(domain: string, criteria: Json): void {
  if (['artifact', 'artifact_property', 'docker'].includes(domain)) {
    if (criteria.anyLocal !== true && criteria.anyRemote !== true && criteria.anyFederated !== true && none(criteria.repoKeys)) {
      fail(400, 'repoKeys cannot be empty when anyLocal, anyRemote and anyFederated are false');
    }
  } else if (domain === 'build') {
    if (criteria.anyBuild !== true && none(criteria.selectedBuilds) && none(criteria.includePatterns))
      fail(400, 'selectedBuilds or includePatterns cannot be empty when anyBuild is false');
  } else if (['release_bundle', 'distribution', 'artifactory_release_bundle', 'destination'].includes(domain)) {
    if (criteria.anyReleaseBundle !== true && none(criteria.registeredReleaseBundlesNames))
      fail(400, 'registeredReleaseBundlesNames cannot be empty when anyReleaseBundle is false');
  } else if (domain === 'release_bundle_v2') {
    const selected = criteria.selectedReleaseBundles;
    const names = Array.isArray(selected) ? list(selected) : list(obj(selected)['release-bundles-v2']);
    if (criteria.anyReleaseBundle !== true && names.length === 0) fail(400, 'selectedReleaseBundles cannot be empty when anyReleaseBundle is false');
  }
}

function checkHandler(raw: unknown, index: number): Json {
  const handler = obj(raw);
  const type = handler.handler_type;
  if (type !== 'webhook' && type !== 'custom-webhook') fail(400, `handlers[${index}].handler_type must be "webhook" or "custom-webhook"`);
  if (typeof handler.url !== 'string' || !/^https?:\/\/\S+$/i.test(handler.url)) fail(400, `handlers[${index}].url must be an http or https URL`);
  if (type === 'custom-webhook') {
    for (const secret of Array.isArray(handler.secrets) ? handler.secrets : []) {
      const name = obj(secret).name;
      if (typeof name !== 'string' || !/^[a-zA-Z_][a-zA-Z0-9_]*$/.test(name)) fail(400, `Secret name '${String(name)}' must match ^[a-zA-Z_][a-zA-Z0-9_]*$`);
    }
  }
  return handler;
}

function checkSubscription(body: Json, key: string): Json {
  if (key.length < 2 || key.length > 200 || /\s/.test(key)) fail(400, 'key must be 2 to 200 characters without spaces');
  if (typeof body.description === 'string' && body.description.length > 1000) fail(400, 'description must be at most 1000 characters');
  const filter = obj(body.event_filter);
  const domain = filter.domain;
  if (typeof domain !== 'string' || !EVENTS[domain]) fail(400, `Invalid domain '${String(domain)}'`);
  const types = list(filter.event_types);
  if (types.length === 0) fail(400, 'event_types cannot be empty');
  const wrong = types.find((type) => !EVENTS[domain].includes(type));
  if (wrong !== undefined) fail(400, `Event type '${wrong}' is not supported for domain '${domain}'`);
  checkCriteria(domain, obj(filter.criteria));
  const handlers = Array.isArray(body.handlers) ? body.handlers : [];
  if (handlers.length === 0) fail(400, 'handlers cannot be empty');
  return {
    key,
    description: typeof body.description === 'string' ? body.description : '',
    enabled: body.enabled !== false,
    event_filter: { domain, event_types: types, criteria: obj(filter.criteria) },
    handlers: handlers.map(checkHandler),
  };
}

// ---- Secrets ------------------------------------------------------------------------------

/** A subscription as answered: secrets masked or in clear (the `secretEcho` switch). */
function answerOf(sub: Json, echo: FakeWebhooksState['secretEcho']): Json {
  if (echo === 'clear') return structuredClone(sub);
  const copy = structuredClone(sub);
  copy.handlers = (copy.handlers as Json[]).map((handler) => {
    if (handler.handler_type === 'webhook') return typeof handler.secret === 'string' && handler.secret !== '' ? { ...handler, secret: SECRET_MASK } : { ...handler, secret: '' };
    return { ...handler, secrets: (Array.isArray(handler.secrets) ? handler.secrets : []).map((secret) => ({ name: obj(secret).name })) };
  });
  return copy;
}

/**
 * On a PUT, a "webhook" secret equal to the mask, and a custom secret without a value,
 * keep what is stored for the handler with the same URL [unsure]; an absent "webhook"
 * secret clears it.
 */
function keepStoredSecrets(next: Json, previous: Json): void {
  const before = (previous.handlers as Json[]) ?? [];
  next.handlers = (next.handlers as Json[]).map((handler) => {
    const stored = before.find((candidate) => candidate.url === handler.url && candidate.handler_type === handler.handler_type);
    if (handler.handler_type === 'webhook') return handler.secret === SECRET_MASK ? { ...handler, secret: stored?.secret ?? '' } : handler;
    const storedSecrets = (Array.isArray(stored?.secrets) ? stored.secrets : []).map(obj);
    return {
      ...handler,
      secrets: (Array.isArray(handler.secrets) ? handler.secrets : [])
        .map(obj)
        .map((secret) =>
          typeof secret.value === 'string' && secret.value !== '' ? secret : { name: secret.name, value: storedSecrets.find((s) => s.name === secret.name)?.value ?? '' },
        ),
    };
  });
}

// ---- The test call: a real delivery -----------------------------------------------------------

/** Sample event data per domain [unsure: field names from JFrog's event docs as we know them]. */
function sampleData(domain: string): Json {
  switch (domain) {
    case 'artifact':
    case 'artifact_property':
      return {
        repo_key: 'sample-repo',
        path: 'sample-dir/sample-artifact.txt',
        name: 'sample-artifact.txt',
        size: 42,
        sha256: 'a'.repeat(64),
        ...(domain === 'artifact_property' ? { property: { key: 'sample-key', values: ['sample-value'] } } : {}),
      };
    case 'docker':
      return {
        repo_key: 'sample-docker-local',
        path: 'sample-image/1.0/manifest.json',
        name: 'manifest.json',
        sha256: 'b'.repeat(64),
        size: 1024,
        image_name: 'sample-image',
        tag: '1.0',
        platforms: [{ architecture: 'amd64', os: 'linux' }],
      };
    case 'build':
      return { build_name: 'sample-build', build_number: '1', build_started: '2024-01-01T00:00:00.000+0000' };
    case 'user':
      return { username: 'sample-user' };
    case 'artifact_lifecycle':
      return { repo_key: 'sample-repo', path: 'sample-dir/sample-artifact.txt', name: 'sample-artifact.txt' };
    case 'release_bundle_v2':
    case 'release_bundle_v2_promotion':
      return {
        release_bundle_name: 'sample-bundle',
        release_bundle_version: '1.0.0',
        project_key: 'default',
        ...(domain === 'release_bundle_v2_promotion' ? { environment: 'PROD' } : {}),
      };
    default:
      return { release_bundle_name: 'sample-bundle', release_bundle_version: '1.0.0', release_bundle_size: 2048 };
  }
}

/** Go-template fields `{{.data.a.b}}`, `{{.secrets.name}}`, `{{.event_type}}` … as plain lookups. */
function renderTemplate(template: string, context: Json): string {
  return template.replace(/\{\{\s*\.([A-Za-z0-9_.]+)\s*\}\}/g, (_match, path: string) => {
    let value: unknown = context;
    for (const part of path.split('.')) value = obj(value)[part];
    return value === undefined ? '' : typeof value === 'string' ? value : JSON.stringify(value);
  });
}

interface Delivery {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: string;
}

/**
 * "webhook": the event as JSON; the secret goes in X-JFrog-Event-Auth as is, or, when
 * signing, as the hex HMAC-SHA256 of the body keyed with it (JFrog's docs name the
 * header; the hex HMAC is what receivers such as Telegraf's check) [unsure].
 */
function deliveryFor(handler: Json, sub: Json): Delivery {
  const filter = obj(sub.event_filter);
  const domain = String(filter.domain);
  const event = {
    domain,
    event_type: list(filter.event_types)[0] ?? EVENTS[domain][0],
    data: sampleData(domain),
    subscription_key: sub.key,
    jpd_origin: 'http://sample-jpd.example',
    source: 'jfrog/event-test',
  };
  const extra = (value: unknown) => Object.fromEntries((Array.isArray(value) ? value : []).map(obj).map((h) => [String(h.name), String(h.value ?? '')]));
  if (handler.handler_type === 'custom-webhook') {
    const secrets = Object.fromEntries((Array.isArray(handler.secrets) ? handler.secrets : []).map(obj).map((s) => [String(s.name), String(s.value ?? '')]));
    const context = { ...event, secrets };
    const headers = Object.fromEntries(Object.entries(extra(handler.http_headers)).map(([name, value]) => [name, renderTemplate(value, context)]));
    return {
      url: String(handler.url),
      method: typeof handler.method === 'string' ? handler.method : 'POST',
      headers,
      body: renderTemplate(typeof handler.payload === 'string' ? handler.payload : '', context),
    };
  }
  const body = JSON.stringify(event);
  const headers: Record<string, string> = { 'content-type': 'application/json', ...extra(handler.custom_http_headers) };
  const secret = typeof handler.secret === 'string' ? handler.secret : '';
  if (secret) headers['x-jfrog-event-auth'] = handler.use_secret_for_signing === true ? createHmac('sha256', secret).update(body).digest('hex') : secret;
  return { url: String(handler.url), method: 'POST', headers, body };
}

async function deliver(store: FakeWebhooksState, delivery: Delivery): Promise<string | null> {
  const record: FakeWebhooksState['deliveries'][number] = { ...delivery };
  store.deliveries.push(record);
  try {
    const answer = await fetch(delivery.url, {
      method: delivery.method,
      headers: delivery.headers,
      body: delivery.method === 'GET' ? undefined : delivery.body,
      signal: AbortSignal.timeout(10_000),
      redirect: 'manual',
    });
    record.status = answer.status;
    const text = (await answer.text()).slice(0, 200);
    return answer.ok ? null : `${delivery.url} answered HTTP ${answer.status}${text ? `: ${text}` : ''}`;
  } catch (caught) {
    record.error = caught instanceof Error ? caught.message : String(caught);
    return `Could not reach ${delivery.url}: ${record.error}`;
  }
}

async function testSubscription(store: FakeWebhooksState, body: Json): Promise<Json> {
  const sub = checkSubscription(body, typeof body.key === 'string' ? body.key : 'test');
  // A subscription that exists keeps its stored secrets for what the test leaves masked.
  const stored = store.subscriptions.get(String(sub.key));
  if (stored) keepStoredSecrets(sub, stored);
  const problems: string[] = [];
  for (const handler of sub.handlers as Json[]) {
    const problem = await deliver(store, deliveryFor(handler, sub));
    if (problem) problems.push(problem);
  }
  return problems.length === 0 ? { result: 'success', message: 'Test is successful' } : { result: 'failure', message: problems.join('; ') };
}

// ---- Routes ---------------------------------------------------------------------------------

function bodyOf(req: FakeRequest): Json {
  const body = req.json<unknown>();
  if (typeof body !== 'object' || body === null || Array.isArray(body)) fail(400, 'The request body must be a JSON object');
  return body as Json;
}

function existing(store: FakeWebhooksState, key: string): Json {
  const sub = store.subscriptions.get(key);
  if (!sub) fail(404, `Subscription '${key}' does not exist`);
  return sub;
}

const routes: FakeModule = ({ route, state }) => {
  const store = () => webhooksState(state);
  route('GET', BASE, () =>
    json(
      200,
      [...store().subscriptions.values()].map((sub) => answerOf(sub, store().secretEcho)),
    ),
  );
  route('POST', BASE, (req) => {
    const body = bodyOf(req);
    const sub = checkSubscription(body, typeof body.key === 'string' ? body.key : '');
    if (store().subscriptions.has(String(sub.key))) fail(409, `Subscription with key '${String(sub.key)}' already exists`);
    store().subscriptions.set(String(sub.key), sub);
    return json(201, answerOf(sub, store().secretEcho));
  });
  route('POST', `${BASE}/test`, async (req) => json(200, await testSubscription(store(), bodyOf(req))));
  route('GET', `${BASE}/:key`, (req) => json(200, answerOf(existing(store(), req.params.key), store().secretEcho)));
  route('PUT', `${BASE}/:key`, (req) => {
    const previous = existing(store(), req.params.key);
    const body = bodyOf(req);
    // [unsure] a different key in the body: refused rather than renaming.
    if (typeof body.key === 'string' && body.key !== req.params.key) fail(400, `The key of a subscription cannot change ('${body.key}' != '${req.params.key}')`);
    const next = checkSubscription(body, req.params.key);
    keepStoredSecrets(next, previous);
    store().subscriptions.set(req.params.key, next);
    return empty(204);
  });
  route('DELETE', `${BASE}/:key`, (req) => {
    existing(store(), req.params.key);
    store().subscriptions.delete(req.params.key);
    return empty(204);
  });
  // Custom-webhook secret rotation (text/plain body). [unsure] the success status: 200, no body.
  route('PUT', `${BASE}/:key/secrets/:name`, (req) => {
    const sub = existing(store(), req.params.key);
    let found = false;
    sub.handlers = (sub.handlers as Json[]).map((handler) => {
      if (!Array.isArray(handler.secrets)) return handler;
      const secrets = handler.secrets.map(obj).map((secret) => {
        if (secret.name !== req.params.name) return secret;
        found = true;
        return { name: secret.name, value: req.bodyText };
      });
      return { ...handler, secrets };
    });
    if (!found) fail(404, `Secret '${req.params.name}' does not exist in subscription '${req.params.key}'`);
    return empty(200);
  });
};

// ---- Seed -------------------------------------------------------------------------------------

export function subscription(
  key: string,
  domain: string,
  overrides: Partial<{ description: string; enabled: boolean; event_types: string[]; criteria: Json; handlers: Json[] }> = {},
): Json {
  return {
    key,
    description: overrides.description ?? '',
    enabled: overrides.enabled ?? true,
    event_filter: { domain, event_types: overrides.event_types ?? [EVENTS[domain][0]], criteria: overrides.criteria ?? defaultCriteria(domain) },
    handlers: overrides.handlers ?? [{ handler_type: 'webhook', url: `https://hooks.example.com/${key}`, secret: '', use_secret_for_signing: false, custom_http_headers: [] }],
  };
}

function defaultCriteria(domain: string): Json {
  if (['artifact', 'artifact_property', 'docker'].includes(domain))
    return { anyLocal: true, anyRemote: false, anyFederated: false, repoKeys: [], includePatterns: [], excludePatterns: [] };
  if (domain === 'build') return { anyBuild: true, selectedBuilds: [], includePatterns: [], excludePatterns: [] };
  if (domain === 'release_bundle_v2') return { anyReleaseBundle: true, selectedReleaseBundles: { 'release-bundles-v2': [] }, includePatterns: [], excludePatterns: [] };
  if (domain === 'release_bundle_v2_promotion') return { selectedEnvironments: ['PROD'] };
  if (['user', 'artifact_lifecycle'].includes(domain)) return {};
  return { anyReleaseBundle: true, registeredReleaseBundlesNames: [], includePatterns: [], excludePatterns: [] };
}

const webhook = (url: string, secret = '', sign = false, headers: Json[] = []): Json => ({
  handler_type: 'webhook',
  url,
  secret,
  use_secret_for_signing: sign,
  custom_http_headers: headers,
});

const DEMO: Json[] = [
  subscription('ci-docker-push', 'docker', {
    description: 'Tell CI when a release image is pushed',
    event_types: ['pushed'],
    criteria: { anyLocal: false, anyRemote: false, anyFederated: false, repoKeys: ['docker-local'], includePatterns: ['release/**'], excludePatterns: ['**/tmp-*'] },
    handlers: [webhook('https://ci.acme-robotics.example/hooks/docker', 'demo-ci-secret', true)],
  }),
  subscription('security-scan-trigger', 'artifact', {
    description: 'Queue a scan for every deployed artifact',
    event_types: ['deployed', 'copied', 'moved'],
    handlers: [webhook('https://scanner.acme-robotics.example/api/events', 'demo-scan-token', false, [{ name: 'X-Team', value: 'security' }])],
  }),
  subscription('cache-warmup', 'artifact', {
    description: 'Record remote cache hits for the mirror dashboard',
    event_types: ['cached'],
    criteria: { anyLocal: false, anyRemote: true, anyFederated: false, repoKeys: [], includePatterns: [], excludePatterns: [] },
  }),
  subscription('license-properties', 'artifact_property', {
    description: 'Sync license properties to the compliance wiki',
    event_types: ['added', 'deleted'],
    criteria: { anyLocal: true, anyRemote: false, anyFederated: false, repoKeys: [], includePatterns: ['**/*.jar'], excludePatterns: [] },
  }),
  subscription('release-builds', 'build', {
    description: 'Post promoted builds to the release channel',
    event_types: ['promoted'],
    criteria: { anyBuild: false, selectedBuilds: ['robot-firmware', 'fleet-api'], includePatterns: [], excludePatterns: [] },
    handlers: [
      {
        handler_type: 'custom-webhook',
        url: 'https://chat.acme-robotics.example/api/post',
        payload: '{"text":"Build {{.data.build_name}} #{{.data.build_number}} promoted"}',
        secrets: [{ name: 'chat_token', value: 'demo-chat-token' }],
        http_headers: [
          { name: 'Authorization', value: 'Bearer {{.secrets.chat_token}}' },
          { name: 'Content-Type', value: 'application/json' },
        ],
      },
    ],
  }),
  subscription('build-cleanup-audit', 'build', { description: 'Audit trail of deleted builds', event_types: ['deleted'], enabled: false }),
  subscription('bundle-signing', 'release_bundle', {
    description: 'Notify release managers when bundles are signed',
    event_types: ['signed'],
    criteria: { anyReleaseBundle: false, registeredReleaseBundlesNames: ['fleet-release'], includePatterns: [], excludePatterns: [] },
  }),
  subscription('edge-distribution', 'distribution', { description: 'Track distribution to the edge nodes', event_types: ['distribute_completed', 'distribute_failed'] }),
  subscription('edge-received', 'destination', { description: 'Edge nodes confirm received bundles', event_types: ['received'] }),
  subscription('rbv2-pipeline', 'release_bundle_v2', {
    description: 'Start deployment when a v2 bundle completes',
    event_types: ['release_bundle_v2_completed', 'release_bundle_v2_failed'],
    criteria: { anyReleaseBundle: false, selectedReleaseBundles: { 'release-bundles-v2': ['fleet-api', 'robot-firmware'] }, includePatterns: [], excludePatterns: [] },
    handlers: [webhook('https://deploy.acme-robotics.example/rbv2', 'demo-deploy-secret', true)],
  }),
  subscription('prod-promotions', 'release_bundle_v2_promotion', {
    description: 'Page on-call for production promotions',
    event_types: ['release_bundle_v2_promotion_completed', 'release_bundle_v2_promotion_failed'],
    criteria: { selectedEnvironments: ['PROD'] },
  }),
  subscription('locked-accounts', 'user', { description: 'Open a ticket when an account is locked', event_types: ['locked'] }),
  subscription('archive-log', 'artifact_lifecycle', { description: 'Log archive and restore operations', event_types: ['archive', 'restore'], enabled: false }),
];

/** `count` subscriptions across every domain, for the scale seed, tests and the bench. */
export function seedWebhooks(state: FakeState, count: number): void {
  const store = webhooksState(state);
  const domains = Object.keys(EVENTS);
  for (let i = 0; i < count; i++) {
    const domain = domains[i % domains.length];
    const key = `${domain.replace(/_/g, '-')}-hook-${String(i + 1).padStart(4, '0')}`;
    const events = EVENTS[domain];
    store.subscriptions.set(
      key,
      subscription(key, domain, {
        description: `Subscription ${i + 1} for ${domain.replace(/_/g, ' ')} events`,
        enabled: i % 7 !== 0,
        event_types: events.slice(0, 1 + (i % events.length)),
        handlers: [webhook(`https://hooks-${i % 10}.example.com/${key}`, i % 3 === 0 ? `secret-${i}` : '', i % 2 === 0)],
      }),
    );
  }
}

function seed(state: FakeState, scenario: SeedScenario): void {
  const store = webhooksState(state);
  if (scenario.kind === 'minimal') {
    store.subscriptions.set('artifact-audit', subscription('artifact-audit', 'artifact', { description: 'Audit every deployed artifact', event_types: ['deployed'] }));
  } else if (scenario.kind === 'demo') {
    for (const sub of DEMO) store.subscriptions.set(String(sub.key), structuredClone(sub));
  } else seedWebhooks(state, 1000);
}

export const webhooksArea: FakeArea = { name: 'webhooks', routes, seed };
