// "Copy as cURL": a platform request as a shell command a person can paste. Pure, and
// it never sees a secret: the credential is always an environment variable reference,
// and so is any secret inside a body (a new user's password, a password change, a license
// being installed, a webhook's secrets, a refresh token, a token to revoke), JSON or form-encoded.
import type { AuthKind } from './areas/instances/model';
import { requestFor, type MappedCallName, type RequestInput } from './api/contract';

export const TOKEN_VAR = 'JFROG_TOKEN';
export const PASSWORD_VAR = 'JFROG_PASSWORD';
/** Stands for a password the command sets (not the one it authenticates with). */
export const BODY_SECRET_VAR = 'JFROG_NEW_PASSWORD';
/** Stands for a license key the command installs. */
export const LICENSE_KEY_VAR = 'JFROG_LICENSE_KEY';
/** Stands for a webhook's secret (named secrets of a custom webhook get JFROG_WEBHOOK_SECRET_<NAME>). */
export const WEBHOOK_SECRET_VAR = 'JFROG_WEBHOOK_SECRET';
/** Stand for token values a body carries (a refresh, a revoke by value). */
export const REFRESH_TOKEN_VAR = 'JFROG_REFRESH_TOKEN';
export const TOKEN_VALUE_VAR = 'JFROG_TOKEN_TO_REVOKE';
export const ACCESS_TOKEN_VALUE_VAR = 'JFROG_OLD_ACCESS_TOKEN';

export interface CurlRequest {
  method: string;
  baseUrl: string;
  path: string;
  query?: Record<string, string | number | boolean | undefined>;
  json?: unknown;
  /** A body sent as is (`contentType`, text/plain by default): XML, a URL; form bodies are printed field by field. */
  text?: string;
  /** The body's content type when it is not plain JSON (SCIM sends application/scim+json). */
  contentType?: string;
  authKind: AuthKind;
  /** For the two Basic kinds. */
  username?: string;
}

export interface CurlTarget {
  baseUrl: string;
  authKind: AuthKind;
  username?: string;
}

/** POSIX single quotes: everything literal; a ' becomes '\'' (close, escaped quote, reopen). */
export function shellQuote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

/** Inside double quotes only \ " $ ` are special; escaping them keeps the text literal. */
const doubleQuoteBody = (value: string): string => value.replace(/[\\"$`]/g, (c) => `\\${c}`);

function authArgs(authKind: AuthKind, username: string | undefined): string {
  if (authKind === 'token') return `-H "Authorization: Bearer $${TOKEN_VAR}"`;
  const user = doubleQuoteBody(username ?? '');
  return `-u "${user}:$${authKind === 'basic-password' ? PASSWORD_VAR : TOKEN_VAR}"`;
}

function urlOf(baseUrl: string, path: string, query: CurlRequest['query']): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) if (value !== undefined) params.append(key, String(value));
  const search = params.toString();
  return `${baseUrl.replace(/\/+$/, '')}${path}${search ? `?${search}` : ''}`;
}

/** Stands for a pairing token (made on the other instance by the first command of a pairing). */
export const PAIRING_TOKEN_VAR = 'JFROG_PAIRING_TOKEN';

// A marker no real value equals; after quoting it is swapped for "'"$VAR"'", which closes
// the single quotes so the shell expands the variable inside the JSON string (its value
// lands in the JSON as is, so a " or \ in it would need escaping by the person).
const markerFor = (variable: string): string => `\u0001lilypad-secret:${variable}\u0001`;
/** Body keys whose string value is a secret, and the variable that stands for it. */
const SECRET_KEYS: Record<string, string> = {
  password: BODY_SECRET_VAR,
  licenseKey: LICENSE_KEY_VAR,
  secret: WEBHOOK_SECRET_VAR,
  pairing_token: PAIRING_TOKEN_VAR,
  refresh_token: REFRESH_TOKEN_VAR,
  token: TOKEN_VALUE_VAR,
  access_token: ACCESS_TOKEN_VALUE_VAR,
};
const secretVarOf = (key: string): string | undefined => (Object.hasOwn(SECRET_KEYS, key) ? SECRET_KEYS[key] : undefined);
/** Body keys holding a list of named secrets ({name, value}): each value becomes its own variable. */
const SECRET_LISTS = new Set(['secrets']);

/** JFROG_WEBHOOK_SECRET_<NAME>: the variable for a custom webhook's named secret. */
export const namedSecretVar = (name: string): string => `${WEBHOOK_SECRET_VAR}_${name.toUpperCase().replace(/[^A-Z0-9_]/g, '_')}`;

function hideSecrets(key: string, value: unknown): unknown {
  const variable = secretVarOf(key);
  if (typeof value === 'string' && variable) return markerFor(variable);
  if (SECRET_LISTS.has(key) && Array.isArray(value)) {
    return value.map((item: unknown) => {
      if (typeof item !== 'object' || item === null) return item;
      const entry = item as Record<string, unknown>;
      return typeof entry.value === 'string' ? { ...entry, value: markerFor(namedSecretVar(String(entry.name ?? ''))) } : entry;
    });
  }
  return value;
}

function bodyArg(json: unknown): string {
  const text = JSON.stringify(json, hideSecrets);
  // The marker as JSON writes it: "\u0001lilypad-secret:VAR\u0001".
  return shellQuote(text).replace(/"\\u0001lilypad-secret:([A-Z0-9_]+)\\u0001"/g, (_match, variable: string) => `"'"$${variable}"'"`);
}

const FORM = /^application\/x-www-form-urlencoded\b/i;
const decodeFormPart = (part: string): string => {
  try {
    return decodeURIComponent(part.replace(/\+/g, ' '));
  } catch {
    return part;
  }
};

/** A form body as one --data-urlencode per field; a secret field names its variable (curl encodes the value). */
function formArgs(text: string): string[] {
  const args: string[] = [];
  for (const pair of text.split('&').filter(Boolean)) {
    const eq = pair.indexOf('=');
    const key = decodeFormPart(eq < 0 ? pair : pair.slice(0, eq));
    const value = eq < 0 ? '' : decodeFormPart(pair.slice(eq + 1));
    const variable = secretVarOf(key);
    args.push('--data-urlencode', variable ? `"${doubleQuoteBody(key)}=$${variable}"` : shellQuote(`${key}=${value}`));
  }
  return args;
}

export function toCurl(req: CurlRequest): string {
  const method = req.method.toUpperCase();
  const parts = ['curl'];
  if (method !== 'GET') parts.push('-X', method);
  parts.push(authArgs(req.authKind, req.username));
  if (req.json !== undefined) parts.push('-H', shellQuote(`Content-Type: ${req.contentType ?? 'application/json'}`), '--data-raw', bodyArg(req.json));
  else if (req.text !== undefined && FORM.test(req.contentType ?? '')) parts.push(...formArgs(req.text));
  else if (req.text !== undefined) parts.push('-H', shellQuote(`Content-Type: ${req.contentType ?? 'text/plain'}`), '--data-raw', shellQuote(req.text));
  parts.push(shellQuote(urlOf(req.baseUrl, req.path, req.query)));
  return parts.join(' ');
}

/** The cURL of any call with a request mapping, from the same mapping the handler sends. */
export function curlForCall<K extends MappedCallName>(name: K, input: RequestInput<K>, target: CurlTarget): string {
  return toCurl({ ...requestFor(name, input), ...target });
}
