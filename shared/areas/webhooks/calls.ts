// webhooks.* calls: inputs, and where each goes on the platform (Event service; API-NOTES
// "Webhooks"). The request body is the platform's shape: event_filter {domain,
// event_types, criteria} and handlers; console-only fields (keep_secret) never leave.
import { z } from 'zod';
import { instanceRefSchema, read, write } from '../../api/call-spec';
import { seg } from '../../api/request';
import {
  CRITERIA_KIND,
  criteriaFor,
  subscriptionSchema,
  webhookKeySchema,
  type HandlerOutput,
  type ImportOutcome,
  type RepositoryRef,
  type Subscription,
  type WebhookTestReport,
  type WebhookView,
} from './model';

export const SUBSCRIPTIONS_PATH = '/event/api/v1/subscriptions';
export const REPOSITORIES_PATH = '/artifactory/api/repositories';

export const subscriptionPath = (key: string): string => `${SUBSCRIPTIONS_PATH}/${seg(key)}`;

/** The v2 release bundle names sit under this key of `selectedReleaseBundles` (API-NOTES). */
export const RB_V2_KEY = 'release-bundles-v2';

export function wireCriteria(sub: Pick<Subscription, 'domain' | 'criteria'>): Record<string, unknown> {
  const criteria: Record<string, unknown> = { ...criteriaFor(sub.domain, sub.criteria) };
  if (CRITERIA_KIND[sub.domain] === 'releaseBundleV2') criteria.selectedReleaseBundles = { [RB_V2_KEY]: criteria.selectedReleaseBundles ?? [] };
  return criteria;
}

export function wireHandler(handler: HandlerOutput): Record<string, unknown> {
  if (handler.handler_type === 'webhook') {
    return {
      handler_type: 'webhook',
      url: handler.url,
      ...(handler.secret !== undefined ? { secret: handler.secret } : {}),
      use_secret_for_signing: handler.use_secret_for_signing,
      ...(handler.proxy ? { proxy: handler.proxy } : {}),
      custom_http_headers: handler.custom_http_headers,
    };
  }
  return {
    handler_type: 'custom-webhook',
    url: handler.url,
    ...(handler.method ? { method: handler.method } : {}),
    ...(handler.payload ? { payload: handler.payload } : {}),
    secrets: handler.secrets.map((secret) => (secret.value !== undefined ? { name: secret.name, value: secret.value } : { name: secret.name })),
    http_headers: handler.http_headers,
    ...(handler.proxy ? { proxy: handler.proxy } : {}),
  };
}

/** The subscription as the platform takes it (POST, PUT, test). */
export function wireSubscription(sub: Subscription, key = sub.key): Record<string, unknown> {
  return {
    key,
    description: sub.description,
    enabled: sub.enabled,
    event_filter: { domain: sub.domain, event_types: sub.event_types, criteria: wireCriteria(sub) },
    handlers: sub.handlers.map(wireHandler),
  };
}

const key = webhookKeySchema;

export const webhooksCalls = {
  'webhooks.list': read<WebhookView[]>()({}, { request: () => ({ method: 'GET', path: SUBSCRIPTIONS_PATH }) }),
  'webhooks.get': read<WebhookView>()({ key }, { request: ({ key }) => ({ method: 'GET', path: subscriptionPath(key) }) }),
  'webhooks.create': write<WebhookView>()(
    { subscription: subscriptionSchema },
    { request: ({ subscription }) => ({ method: 'POST', path: SUBSCRIPTIONS_PATH, json: wireSubscription(subscription) }), target: ({ subscription }) => subscription.key },
  ),
  /** The key cannot change: the body carries the path's key whatever the form says. */
  'webhooks.update': write<WebhookView>()(
    { key, subscription: subscriptionSchema },
    { request: ({ key, subscription }) => ({ method: 'PUT', path: subscriptionPath(key), json: wireSubscription(subscription, key) }), target: ({ key }) => key },
  ),
  /** Read, flip `enabled`, write the whole subscription back: two requests. */
  'webhooks.setEnabled': write<WebhookView>()({ key, enabled: z.boolean() }, { target: ({ key }) => key }),
  'webhooks.delete': write<void>()({ key }, { request: ({ key }) => ({ method: 'DELETE', path: subscriptionPath(key) }), target: ({ key }) => key }),
  /**
   * The platform's test call: the form as it stands, sent with sample data. `existingKey`
   * lets main fill in the secrets an edit keeps. Changes nothing on the instance.
   */
  'webhooks.test': read<WebhookTestReport>()(
    { subscription: subscriptionSchema, existingKey: key.optional() },
    { request: ({ subscription }) => ({ method: 'POST', path: `${SUBSCRIPTIONS_PATH}/test`, json: wireSubscription(subscription) }) },
  ),
  /**
   * Copies subscriptions of another saved instance (`sourceInstanceId`, read in main with
   * its own credential) into this one, without secrets. A key that exists is skipped.
   */
  'webhooks.import': write<ImportOutcome[]>()(
    { sourceInstanceId: instanceRefSchema, keys: z.array(key).min(1, 'Select at least one subscription').max(1000) },
    { target: ({ keys }) => keys.join(', ') },
  ),
  /** The repositories the criteria picker offers. */
  'webhooks.repositories': read<RepositoryRef[]>()({}, { request: () => ({ method: 'GET', path: REPOSITORIES_PATH }) }),
};
