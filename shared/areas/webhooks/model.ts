// Webhook subscriptions (Event service, `/event/api/v1/subscriptions`; API-NOTES "Webhooks").
// The domains, their event types and the criteria shape of each domain follow JFrog's
// Terraform provider; so do the criteria rules (checkCriteria), with messages an admin
// can act on. Secrets are write-only: the models the renderer gets never hold a value.
import { z } from 'zod';

export const DOMAINS = [
  'artifact',
  'artifact_property',
  'docker',
  'build',
  'release_bundle',
  'distribution',
  'artifactory_release_bundle',
  'destination',
  'release_bundle_v2',
  'release_bundle_v2_promotion',
  'user',
  'artifact_lifecycle',
] as const;
export type Domain = (typeof DOMAINS)[number];

export const DOMAIN_LABELS: Record<Domain, string> = {
  artifact: 'Artifact',
  artifact_property: 'Artifact property',
  docker: 'Docker',
  build: 'Build',
  release_bundle: 'Release bundle',
  distribution: 'Distribution',
  artifactory_release_bundle: 'Artifactory release bundle (deprecated)',
  destination: 'Destination',
  release_bundle_v2: 'Release bundle v2',
  release_bundle_v2_promotion: 'Release bundle v2 promotion',
  user: 'User',
  artifact_lifecycle: 'Artifact lifecycle',
};

const RB_DESTINATION_EVENTS = ['received', 'delete_started', 'delete_completed', 'delete_failed'] as const;

export const EVENT_TYPES: Record<Domain, readonly string[]> = {
  artifact: ['deployed', 'deleted', 'moved', 'copied', 'cached'],
  artifact_property: ['added', 'deleted'],
  docker: ['pushed', 'deleted', 'promoted'],
  build: ['uploaded', 'deleted', 'promoted'],
  release_bundle: ['created', 'signed', 'deleted'],
  distribution: ['distribute_started', 'distribute_completed', 'distribute_aborted', 'distribute_failed', 'delete_started', 'delete_completed', 'delete_failed'],
  artifactory_release_bundle: RB_DESTINATION_EVENTS,
  destination: RB_DESTINATION_EVENTS,
  release_bundle_v2: ['release_bundle_v2_started', 'release_bundle_v2_failed', 'release_bundle_v2_completed'],
  release_bundle_v2_promotion: ['release_bundle_v2_promotion_started', 'release_bundle_v2_promotion_failed', 'release_bundle_v2_promotion_completed'],
  user: ['locked'],
  artifact_lifecycle: ['archive', 'restore'],
};

/** Which criteria shape a domain takes. */
export type CriteriaKind = 'repo' | 'build' | 'releaseBundle' | 'releaseBundleV2' | 'promotion' | 'none';

export const CRITERIA_KIND: Record<Domain, CriteriaKind> = {
  artifact: 'repo',
  artifact_property: 'repo',
  docker: 'repo',
  build: 'build',
  release_bundle: 'releaseBundle',
  distribution: 'releaseBundle',
  artifactory_release_bundle: 'releaseBundle',
  destination: 'releaseBundle',
  release_bundle_v2: 'releaseBundleV2',
  release_bundle_v2_promotion: 'promotion',
  user: 'none',
  artifact_lifecycle: 'none',
};

const names = (label: string) =>
  z.array(z.string().trim().min(1, `${label} cannot be blank`).max(255, `${label} is at most 255 characters`)).max(1000, `At most 1,000 ${label.toLowerCase()}s`);
const patterns = names('A pattern');

/** The criteria of every shape, in the platform's camelCase. Only the domain's own fields are sent. */
export const criteriaSchema = z
  .object({
    anyLocal: z.boolean().optional(),
    anyRemote: z.boolean().optional(),
    anyFederated: z.boolean().optional(),
    repoKeys: names('Repository').optional(),
    anyBuild: z.boolean().optional(),
    selectedBuilds: names('Build').optional(),
    anyReleaseBundle: z.boolean().optional(),
    registeredReleaseBundlesNames: names('Release bundle').optional(),
    /** Release bundle v2: names under the "release-bundles-v2" key (API-NOTES). */
    selectedReleaseBundles: names('Release bundle').optional(),
    selectedEnvironments: names('Environment').optional(),
    includePatterns: patterns.optional(),
    excludePatterns: patterns.optional(),
  })
  .strict();
export type Criteria = z.infer<typeof criteriaSchema>;

export interface CriteriaProblem {
  /** The criteria field the problem is about (where the form shows it). */
  field: keyof Criteria;
  message: string;
}

const empty = (list: readonly string[] | undefined): boolean => !list || list.length === 0;

/**
 * The rules JFrog's Terraform provider checks before it sends a subscription, per
 * criteria shape. Patterns alone do not select repositories or release bundles; for
 * builds an include pattern is enough (the provider accepts it).
 */
export function checkCriteria(domain: Domain, criteria: Criteria): CriteriaProblem[] {
  switch (CRITERIA_KIND[domain]) {
    case 'repo':
      return !criteria.anyLocal && !criteria.anyRemote && !criteria.anyFederated && empty(criteria.repoKeys)
        ? [{ field: 'repoKeys', message: 'Pick at least one repository, or trigger on any local, remote or federated repository (patterns alone do not select repositories)' }]
        : [];
    case 'build':
      return !criteria.anyBuild && empty(criteria.selectedBuilds) && empty(criteria.includePatterns)
        ? [{ field: 'selectedBuilds', message: 'Pick at least one build or an include pattern, or trigger on any build' }]
        : [];
    case 'releaseBundle':
      return !criteria.anyReleaseBundle && empty(criteria.registeredReleaseBundlesNames)
        ? [{ field: 'registeredReleaseBundlesNames', message: 'Name at least one release bundle, or trigger on any release bundle (patterns alone are not enough)' }]
        : [];
    case 'releaseBundleV2':
      return !criteria.anyReleaseBundle && empty(criteria.selectedReleaseBundles)
        ? [{ field: 'selectedReleaseBundles', message: 'Name at least one release bundle, or trigger on any release bundle' }]
        : [];
    default:
      return [];
  }
}

/** The criteria fields a domain takes (everything else is dropped before sending). */
export const CRITERIA_FIELDS: Record<CriteriaKind, readonly (keyof Criteria)[]> = {
  repo: ['anyLocal', 'anyRemote', 'anyFederated', 'repoKeys', 'includePatterns', 'excludePatterns'],
  build: ['anyBuild', 'selectedBuilds', 'includePatterns', 'excludePatterns'],
  releaseBundle: ['anyReleaseBundle', 'registeredReleaseBundlesNames', 'includePatterns', 'excludePatterns'],
  releaseBundleV2: ['anyReleaseBundle', 'selectedReleaseBundles', 'includePatterns', 'excludePatterns'],
  promotion: ['selectedEnvironments'],
  none: [],
};

/** The domain's own criteria fields, with booleans and lists filled in. */
export function criteriaFor(domain: Domain, criteria: Criteria): Criteria {
  const out: Record<string, unknown> = {};
  for (const field of CRITERIA_FIELDS[CRITERIA_KIND[domain]]) {
    const value = criteria[field];
    out[field] = field.startsWith('any') ? value === true : Array.isArray(value) ? value : [];
  }
  return out as Criteria;
}

// ---- Handlers -----------------------------------------------------------------------

const httpUrl = z
  .string()
  .trim()
  .min(1, 'The URL is required')
  .max(2048, 'The URL is at most 2,048 characters')
  .refine((value) => /^https?:\/\/[^\s/]+/i.test(value), 'The URL must start with http:// or https:// and name a host');

const proxyKey = z
  .string()
  .trim()
  .min(1, 'Leave the proxy empty or name a proxy key')
  .max(255)
  .refine((value) => !/^http/i.test(value), 'The proxy is the key of a proxy configured in Artifactory, not a URL')
  .optional();

export const headerSchema = z
  .object({
    name: z
      .string()
      .trim()
      .min(1, 'A header needs a name')
      .max(255)
      .regex(/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/, 'A header name holds letters, digits and - _ . only'),
    value: z.string().max(4096, 'A header value is at most 4,096 characters'),
  })
  .strict();
export type Header = z.infer<typeof headerSchema>;

/** The platform's rule for a custom webhook's secret names (JFrog's Terraform provider). */
export const SECRET_NAME_PATTERN = /^[a-zA-Z_][a-zA-Z0-9_]*$/;
export const secretNameSchema = z
  .string()
  .min(1, 'A secret needs a name')
  .max(255)
  .regex(SECRET_NAME_PATTERN, 'A secret name starts with a letter or _ and holds letters, digits and _ only');

const secretValue = z.string().min(1, 'Type the secret, or leave it unchanged').max(4096, 'A secret is at most 4,096 characters');

export const CUSTOM_METHODS = ['POST', 'PUT', 'PATCH', 'GET', 'DELETE'] as const;

/**
 * A "webhook" handler as the console sends it. `secret` is a value the admin just typed;
 * `keep_secret` (console only, never sent) keeps the stored one on an edit.
 */
export const webhookHandlerSchema = z
  .object({
    handler_type: z.literal('webhook'),
    url: httpUrl,
    secret: secretValue.optional(),
    keep_secret: z.boolean().optional(),
    use_secret_for_signing: z.boolean().default(false),
    proxy: proxyKey,
    custom_http_headers: z.array(headerSchema).max(50).default([]),
  })
  .strict();

/** A custom webhook's secret: `value` absent keeps the stored one (edits only). */
export const namedSecretSchema = z.object({ name: secretNameSchema, value: secretValue.optional() }).strict();

export const customHandlerSchema = z
  .object({
    handler_type: z.literal('custom-webhook'),
    url: httpUrl,
    /**
     * GET, POST, PUT, PATCH or DELETE; absent means POST. JFrog's provider has sent it as
     * `method` since December 2024; the console sends it only when it is not POST, so a
     * platform from before the field never sees it for the default.
     */
    method: z.enum(CUSTOM_METHODS).optional(),
    payload: z.string().max(100_000, 'The payload template is at most 100,000 characters').optional(),
    secrets: z.array(namedSecretSchema).max(50).default([]),
    http_headers: z.array(headerSchema).max(50).default([]),
    proxy: proxyKey,
  })
  .strict()
  .superRefine((handler, ctx) => {
    const seen = new Set<string>();
    handler.secrets.forEach((secret, index) => {
      if (seen.has(secret.name)) ctx.addIssue({ code: 'custom', path: ['secrets', index, 'name'], message: `The secret name "${secret.name}" is used twice` });
      seen.add(secret.name);
    });
  });

export const handlerSchema = z.discriminatedUnion('handler_type', [webhookHandlerSchema, customHandlerSchema]);
export type HandlerInput = z.input<typeof handlerSchema>;
export type HandlerOutput = z.output<typeof handlerSchema>;

// ---- Subscription -------------------------------------------------------------------

/** 2–200 characters, no spaces (JFrog's provider); it is also a path segment. */
export const webhookKeySchema = z
  .string()
  .min(2, 'The key is 2 to 200 characters')
  .max(200, 'The key is 2 to 200 characters')
  .refine((value) => !/\s/.test(value), 'The key cannot contain spaces')
  .refine((value) => value !== '..' && !value.includes('/'), 'The key cannot contain "/" or be ".."');

export const subscriptionSchema = z
  .object({
    key: webhookKeySchema,
    description: z.string().max(1000, 'The description is at most 1,000 characters').default(''),
    enabled: z.boolean().default(true),
    domain: z.enum(DOMAINS, { error: 'Choose a domain' }),
    event_types: z.array(z.string()).min(1, 'Choose at least one event type'),
    criteria: criteriaSchema.default({}),
    handlers: z.array(handlerSchema).min(1, 'Add at least one handler').max(20, 'At most 20 handlers'),
  })
  .strict()
  .superRefine((sub, ctx) => {
    const allowed = EVENT_TYPES[sub.domain];
    sub.event_types.forEach((type, index) => {
      if (!allowed.includes(type)) ctx.addIssue({ code: 'custom', path: ['event_types', index], message: `"${type}" is not an event of the ${DOMAIN_LABELS[sub.domain]} domain` });
    });
    for (const problem of checkCriteria(sub.domain, sub.criteria)) ctx.addIssue({ code: 'custom', path: ['criteria', problem.field], message: problem.message });
  });
export type SubscriptionInput = z.input<typeof subscriptionSchema>;
export type Subscription = z.output<typeof subscriptionSchema>;

// ---- What the renderer gets ---------------------------------------------------------

export interface WebhookHandlerView {
  handler_type: 'webhook';
  url: string;
  /** A secret is stored (its value is never shown). */
  has_secret: boolean;
  use_secret_for_signing: boolean;
  proxy?: string;
  custom_http_headers: Header[];
}

export interface CustomHandlerView {
  handler_type: 'custom-webhook';
  url: string;
  method?: string;
  payload?: string;
  /** Names only: values are write-only. */
  secrets: { name: string }[];
  http_headers: Header[];
  proxy?: string;
}

export type HandlerView = WebhookHandlerView | CustomHandlerView;

export interface WebhookView {
  key: string;
  description: string;
  enabled: boolean;
  domain: string;
  event_types: string[];
  criteria: Criteria;
  handlers: HandlerView[];
}

export interface WebhookTestReport {
  /** "success" or "failure" as the platform says. */
  result: string;
  message: string;
}

export interface ImportOutcome {
  key: string;
  outcome: 'created' | 'skipped' | 'failed';
  message?: string;
  status?: number;
}

export interface RepositoryRef {
  key: string;
  type: string;
  packageType: string;
}
