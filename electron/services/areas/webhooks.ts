// Webhooks area (Event service; API-NOTES "Webhooks"). Secret values are write-only: the
// platform may answer with them (the spec's samples do) or masked, so every answer is
// turned into a view without them before it leaves main. An edit that keeps a secret
// sends back what the platform holds for that handler, read here in main.
// 1. Requests: shared/areas/webhooks/calls.ts. 2. Wire → model, secrets kept in main. 3. Handlers.
import { requestFor } from '../../../shared/api/contract';
import { RB_V2_KEY, subscriptionPath, SUBSCRIPTIONS_PATH } from '../../../shared/areas/webhooks/calls';
import type { Criteria, HandlerOutput, HandlerView, ImportOutcome, RepositoryRef, Subscription, WebhookTestReport, WebhookView } from '../../../shared/areas/webhooks/model';
import { ApiFailure } from '../../../shared/errors';
import type { PlatformHttp } from '../http/types';
import type { AreaHandlers } from './types';
import { bool, obj, str, strings, writeThenRead, type Raw } from './wire';

// ---- Wire → model ----------------------------------------------------------------------

const headers = (value: unknown) => (Array.isArray(value) ? value : []).map((item) => obj(item)).map((item) => ({ name: str(item.name), value: str(item.value) }));

/** `selectedReleaseBundles` is a map {"release-bundles-v2": […]} (API-NOTES); older answers hold a list. */
function releaseBundlesV2(value: unknown): string[] {
  return Array.isArray(value) ? strings(value) : strings(obj(value)[RB_V2_KEY]);
}

export function toCriteria(value: unknown): Criteria {
  const raw = obj(value);
  const out: Criteria = {};
  for (const flag of ['anyLocal', 'anyRemote', 'anyFederated', 'anyBuild', 'anyReleaseBundle'] as const) if (typeof raw[flag] === 'boolean') out[flag] = raw[flag];
  // [unsure] JFrog's provider reads `anyReleaseBundles` back for release bundles in one version.
  if (out.anyReleaseBundle === undefined && typeof raw.anyReleaseBundles === 'boolean') out.anyReleaseBundle = raw.anyReleaseBundles;
  for (const list of ['repoKeys', 'selectedBuilds', 'registeredReleaseBundlesNames', 'selectedEnvironments', 'includePatterns', 'excludePatterns'] as const) {
    if (Array.isArray(raw[list])) out[list] = strings(raw[list]);
  }
  if (raw.selectedReleaseBundles !== undefined) out.selectedReleaseBundles = releaseBundlesV2(raw.selectedReleaseBundles);
  return out;
}

function toHandlerView(value: unknown): HandlerView {
  const raw = obj(value);
  const proxy = str(raw.proxy) || undefined;
  if (raw.handler_type === 'custom-webhook') {
    return {
      handler_type: 'custom-webhook',
      url: str(raw.url),
      ...(str(raw.method) ? { method: str(raw.method) } : {}),
      ...(typeof raw.payload === 'string' ? { payload: raw.payload } : {}),
      secrets: (Array.isArray(raw.secrets) ? raw.secrets : []).map((item) => ({ name: str(obj(item).name) })),
      http_headers: headers(raw.http_headers),
      ...(proxy ? { proxy } : {}),
    };
  }
  return {
    handler_type: 'webhook',
    url: str(raw.url),
    has_secret: typeof raw.secret === 'string' && raw.secret !== '',
    use_secret_for_signing: bool(raw.use_secret_for_signing),
    ...(proxy ? { proxy } : {}),
    custom_http_headers: headers(raw.custom_http_headers),
  };
}

/** A subscription as the renderer sees it: every secret value left behind. */
export function toWebhookView(value: unknown): WebhookView {
  const raw = obj(value);
  const filter = obj(raw.event_filter);
  return {
    key: str(raw.key),
    description: str(raw.description),
    enabled: bool(raw.enabled),
    domain: str(filter.domain),
    event_types: strings(filter.event_types),
    criteria: toCriteria(filter.criteria),
    handlers: (Array.isArray(raw.handlers) ? raw.handlers : []).map(toHandlerView),
  };
}

export function toWebhookList(value: unknown): WebhookView[] {
  if (!Array.isArray(value)) {
    throw new ApiFailure({
      kind: 'http',
      method: 'GET',
      path: SUBSCRIPTIONS_PATH,
      message: 'The platform answered the subscription list with something that is not a list, so Lilypad cannot tell which webhooks exist.',
    });
  }
  return value.map(toWebhookView);
}

/** The subscription without secret values (export, import into another instance). */
export function withoutSecrets(value: unknown): Raw {
  const raw = { ...obj(value) };
  raw.handlers = (Array.isArray(raw.handlers) ? raw.handlers : []).map((item) => {
    const handler = { ...obj(item) };
    delete handler.secret;
    if (Array.isArray(handler.secrets)) handler.secrets = handler.secrets.map((secret) => ({ name: str(obj(secret).name) }));
    return handler;
  });
  return raw;
}

// ---- Kept secrets ------------------------------------------------------------------------

/** The stored handler an edited one stands for: same URL and kind first (as JFrog's provider matches), else the same position. */
function storedFor(stored: Raw[], handler: HandlerOutput, index: number): Raw | undefined {
  return (
    stored.find((raw) => raw.url === handler.url && raw.handler_type === handler.handler_type) ?? (stored[index]?.handler_type === handler.handler_type ? stored[index] : undefined)
  );
}

/**
 * Fills in the secrets an edit keeps with what the platform holds (in clear, or its
 * mask, which the platform reads as "unchanged" [unsure]). A kept secret the platform
 * did not return at all is left out.
 */
export function withKeptSecrets(sub: Subscription, current: unknown): Subscription {
  const stored = (Array.isArray(obj(current).handlers) ? (obj(current).handlers as unknown[]) : []).map(obj);
  const handlers = sub.handlers.map((handler, index): HandlerOutput => {
    const match = storedFor(stored, handler, index);
    if (handler.handler_type === 'webhook') {
      const { keep_secret, ...rest } = handler;
      if (!keep_secret || rest.secret !== undefined) return rest;
      const secret = typeof match?.secret === 'string' && match.secret !== '' ? match.secret : undefined;
      return secret !== undefined ? { ...rest, secret } : rest;
    }
    const storedSecrets = (Array.isArray(match?.secrets) ? match.secrets : []).map(obj);
    return {
      ...handler,
      secrets: handler.secrets.map((secret) => {
        if (secret.value !== undefined) return secret;
        const value = storedSecrets.find((candidate) => candidate.name === secret.name)?.value;
        return typeof value === 'string' && value !== '' ? { name: secret.name, value } : secret;
      }),
    };
  });
  return { ...sub, handlers };
}

const needsStored = (sub: Subscription): boolean =>
  sub.handlers.some((handler) =>
    handler.handler_type === 'webhook' ? handler.keep_secret === true && handler.secret === undefined : handler.secrets.some((secret) => secret.value === undefined),
  );

/** Every secret value the input carries, so an echo of one in an answer is scrubbed. */
export function secretsOf(sub: Subscription): string[] {
  return sub.handlers.flatMap((handler) =>
    handler.handler_type === 'webhook' ? (handler.secret ? [handler.secret] : []) : handler.secrets.flatMap((secret) => (secret.value ? [secret.value] : [])),
  );
}

/** Secret values a subscription as read holds (when the platform answers them in clear). */
export function rawSecrets(value: unknown): string[] {
  return (Array.isArray(obj(value).handlers) ? (obj(value).handlers as unknown[]) : [])
    .map(obj)
    .flatMap((handler) => [
      ...(typeof handler.secret === 'string' && handler.secret !== '' ? [handler.secret] : []),
      ...(Array.isArray(handler.secrets) ? handler.secrets : []).map((secret) => obj(secret).value).filter((v): v is string => typeof v === 'string' && v !== ''),
    ]);
}

const readRaw = (http: PlatformHttp, key: string): Promise<unknown> => http.json(requestFor('webhooks.get', { key }));
const readView = async (http: PlatformHttp, key: string): Promise<WebhookView> => toWebhookView(await readRaw(http, key));
const viewFromAnswer = (body: unknown): WebhookView | undefined => (typeof obj(body).key === 'string' && obj(body).event_filter ? toWebhookView(body) : undefined);

async function withStoredSecrets(http: PlatformHttp, sub: Subscription, key: string | undefined): Promise<Subscription> {
  if (!key || !needsStored(sub)) return withKeptSecrets(sub, {});
  return withKeptSecrets(sub, await readRaw(http, key));
}

// ---- Import into another instance ---------------------------------------------------------

async function importOne(source: PlatformHttp, target: PlatformHttp, key: string): Promise<ImportOutcome> {
  let raw: unknown;
  try {
    raw = await readRaw(source, key);
  } catch (caught) {
    if (caught instanceof ApiFailure)
      return { key, outcome: 'failed', message: `Could not read it from the source: ${caught.error.message}`, ...(caught.error.status ? { status: caught.error.status } : {}) };
    throw caught;
  }
  try {
    await target.request({ method: 'POST', path: SUBSCRIPTIONS_PATH, json: withoutSecrets(raw) });
    return { key, outcome: 'created' };
  } catch (caught) {
    if (!(caught instanceof ApiFailure)) throw caught;
    if (caught.error.status === 409) return { key, outcome: 'skipped', message: 'A subscription with this key already exists there', status: 409 };
    return { key, outcome: 'failed', message: caught.error.platformMessage ?? caught.error.message, ...(caught.error.status ? { status: caught.error.status } : {}) };
  }
}

// ---- Handlers --------------------------------------------------------------------------

function toRepositories(value: unknown): RepositoryRef[] {
  return (Array.isArray(value) ? value : []).map(obj).map((repo) => ({ key: str(repo.key), type: str(repo.type).toLowerCase(), packageType: str(repo.packageType) }));
}

export const webhooksArea: AreaHandlers<'webhooks'> = {
  'webhooks.list': async (input, { http }) => toWebhookList(await http.json({ ...requestFor('webhooks.list', input), answerSize: 'list' })),
  'webhooks.get': async (input, { http }) => readView(http, input.key),
  'webhooks.create': async (input, { http }) => {
    const subscription = withKeptSecrets(input.subscription, {});
    return writeThenRead(
      http,
      { ...requestFor('webhooks.create', { subscription }), watchFor: secretsOf(subscription) },
      viewFromAnswer,
      () => readView(http, subscription.key),
      `The platform created the webhook ${subscription.key}`,
    );
  },
  'webhooks.update': async (input, { http }) => {
    const subscription = await withStoredSecrets(http, input.subscription, input.key);
    return writeThenRead(
      http,
      { ...requestFor('webhooks.update', { key: input.key, subscription }), watchFor: secretsOf(subscription) },
      viewFromAnswer,
      () => readView(http, input.key),
      `The platform updated the webhook ${input.key}`,
    );
  },
  'webhooks.setEnabled': async (input, { http }) => {
    const current = obj(await readRaw(http, input.key));
    // The whole subscription goes back as read (secrets as the platform holds them), with only `enabled` changed.
    return writeThenRead(
      http,
      { method: 'PUT', path: subscriptionPath(input.key), json: { ...current, key: input.key, enabled: input.enabled }, watchFor: rawSecrets(current) },
      viewFromAnswer,
      () => readView(http, input.key),
      `The platform ${input.enabled ? 'enabled' : 'disabled'} the webhook ${input.key}`,
    );
  },
  'webhooks.delete': async (input, { http }) => {
    await http.request(requestFor('webhooks.delete', input));
  },
  'webhooks.test': async (input, { http }) => {
    const subscription = await withStoredSecrets(http, input.subscription, input.existingKey);
    // 200 with {result, message} even when the delivery failed: a result, not an error.
    const body = obj(await http.json({ ...requestFor('webhooks.test', { subscription }), watchFor: secretsOf(subscription) }));
    const report: WebhookTestReport = { result: str(body.result, 'unknown'), message: str(body.message) };
    return report;
  },
  'webhooks.import': async (input, ctx) => {
    const source = await ctx.connect(input.sourceInstanceId);
    const outcomes: ImportOutcome[] = [];
    for (const key of input.keys) outcomes.push(await importOne(source.http, ctx.http, key));
    return outcomes;
  },
  'webhooks.repositories': async (input, { http }) => toRepositories(await http.json({ ...requestFor('webhooks.repositories', input), answerSize: 'list' })),
};
