// The webhook form as the screen holds it, and its mapping to the contract's input. Pure.
// Secrets: a stored secret is only ever "kept" (main fills it in) or replaced by what the
// admin types; no value from a response ever lands here.
import {
  EVENT_TYPES,
  criteriaFor,
  subscriptionSchema,
  type Criteria,
  type Domain,
  type HandlerInput,
  type SubscriptionInput,
  type WebhookView,
} from '../../../shared/areas/webhooks/model';

export interface HeaderRow {
  name: string;
  value: string;
}

export interface NamedSecretRow {
  name: string;
  /** What the admin typed ('' = nothing typed). */
  value: string;
  /** The platform holds a value for this name: leaving `value` empty keeps it. */
  stored: boolean;
}

export interface HandlerForm {
  kind: 'webhook' | 'custom-webhook';
  url: string;
  /** A new secret the admin typed ('' = none typed). */
  secret: string;
  /** The platform holds a secret for this handler: an empty `secret` keeps it. */
  storedSecret: boolean;
  /** Drop the stored secret (send none). */
  clearSecret: boolean;
  sign: boolean;
  proxy: string;
  headers: HeaderRow[];
  method: string;
  payload: string;
  secrets: NamedSecretRow[];
}

export interface WebhookForm {
  key: string;
  description: string;
  enabled: boolean;
  domain: Domain;
  eventTypes: string[];
  criteria: Required<Criteria>;
  handlers: HandlerForm[];
}

export const emptyCriteria = (): Required<Criteria> => ({
  anyLocal: false,
  anyRemote: false,
  anyFederated: false,
  repoKeys: [],
  anyBuild: false,
  selectedBuilds: [],
  anyReleaseBundle: false,
  registeredReleaseBundlesNames: [],
  selectedReleaseBundles: [],
  selectedEnvironments: [],
  includePatterns: [],
  excludePatterns: [],
});

export const emptyHandler = (kind: HandlerForm['kind'] = 'webhook'): HandlerForm => ({
  kind,
  url: '',
  secret: '',
  storedSecret: false,
  clearSecret: false,
  sign: false,
  proxy: '',
  headers: [],
  method: 'POST',
  payload: '',
  secrets: [],
});

export const emptyForm = (): WebhookForm => ({
  key: '',
  description: '',
  enabled: true,
  domain: 'artifact',
  eventTypes: [],
  criteria: emptyCriteria(),
  handlers: [emptyHandler()],
});

const isDomain = (value: string): value is Domain => Object.hasOwn(EVENT_TYPES, value);

/** The form of an existing subscription (edit), or a copy of it to start from (duplicate: no stored secrets, a new key). */
export function formFromView(view: WebhookView, mode: 'edit' | 'duplicate'): WebhookForm {
  const keep = mode === 'edit';
  const criteria = { ...emptyCriteria(), ...Object.fromEntries(Object.entries(view.criteria).filter(([, value]) => value !== undefined)) } as Required<Criteria>;
  return {
    key: keep ? view.key : `${view.key}-copy`,
    description: view.description,
    enabled: keep ? view.enabled : false,
    domain: isDomain(view.domain) ? view.domain : 'artifact',
    eventTypes: [...view.event_types],
    criteria,
    handlers: view.handlers.map((handler): HandlerForm =>
      handler.handler_type === 'webhook'
        ? {
            ...emptyHandler('webhook'),
            url: handler.url,
            storedSecret: keep && handler.has_secret,
            sign: handler.use_secret_for_signing,
            proxy: handler.proxy ?? '',
            headers: handler.custom_http_headers.map((h) => ({ ...h })),
          }
        : {
            ...emptyHandler('custom-webhook'),
            url: handler.url,
            method: handler.method ?? 'POST',
            payload: handler.payload ?? '',
            proxy: handler.proxy ?? '',
            headers: handler.http_headers.map((h) => ({ ...h })),
            secrets: handler.secrets.map((s) => ({ name: s.name, value: '', stored: keep })),
          },
    ),
  };
}

/** Switching domain keeps only the event types the new domain has. */
export function withDomain(form: WebhookForm, domain: Domain): WebhookForm {
  return { ...form, domain, eventTypes: form.eventTypes.filter((type) => EVENT_TYPES[domain].includes(type)) };
}

const rows = (headers: HeaderRow[]) => headers.filter((h) => h.name.trim() !== '' || h.value !== '').map((h) => ({ name: h.name.trim(), value: h.value }));

function handlerInput(handler: HandlerForm): HandlerInput {
  const proxy = handler.proxy.trim() || undefined;
  if (handler.kind === 'webhook') {
    const typed = handler.secret !== '';
    return {
      handler_type: 'webhook',
      url: handler.url.trim(),
      ...(typed ? { secret: handler.secret } : {}),
      ...(!typed && handler.storedSecret && !handler.clearSecret ? { keep_secret: true } : {}),
      use_secret_for_signing: handler.sign,
      ...(proxy ? { proxy } : {}),
      custom_http_headers: rows(handler.headers),
    };
  }
  return {
    handler_type: 'custom-webhook',
    url: handler.url.trim(),
    ...(handler.method && handler.method !== 'POST' ? { method: handler.method as 'PUT' } : {}),
    ...(handler.payload !== '' ? { payload: handler.payload } : {}),
    // A stored secret left empty is kept (no value); a new one must be typed.
    secrets: handler.secrets.map((secret) =>
      secret.value !== '' ? { name: secret.name.trim(), value: secret.value } : secret.stored ? { name: secret.name.trim() } : { name: secret.name.trim(), value: '' },
    ),
    http_headers: rows(handler.headers),
    ...(proxy ? { proxy } : {}),
  };
}

/** The contract's input from the form: only the domain's criteria, secrets as typed or kept. */
export function toSubscriptionInput(form: WebhookForm): SubscriptionInput {
  return {
    key: form.key.trim(),
    description: form.description,
    enabled: form.enabled,
    domain: form.domain,
    event_types: form.eventTypes,
    criteria: criteriaFor(form.domain, form.criteria),
    handlers: form.handlers.map(handlerInput),
  };
}

/** Problems by field path ('key', 'criteria.repoKeys', 'handlers.0.url', …): the same schema main checks. */
export function formProblems(form: WebhookForm): Record<string, string> {
  const parsed = subscriptionSchema.safeParse(toSubscriptionInput(form));
  if (parsed.success) return {};
  const out: Record<string, string> = {};
  for (const issue of parsed.error.issues) {
    const path = issue.path.join('.');
    out[path] ??= issue.message;
  }
  return out;
}

/** Typed secrets are dropped once sent, so none stays in the page. */
export function withoutTypedSecrets(form: WebhookForm): WebhookForm {
  return { ...form, handlers: form.handlers.map((handler) => ({ ...handler, secret: '', secrets: handler.secrets.map((secret) => ({ ...secret, value: '' })) })) };
}
