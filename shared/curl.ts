// "Copy as cURL": a platform request as a shell command a person can paste. Pure, and
// it never sees a secret: the credential is always an environment variable reference,
// and so is any password inside a JSON body (a new user's password, a password change).
import type { AuthKind } from './areas/instances/model';
import { requestFor, type MappedCallName, type RequestInput } from './api/contract';

export const TOKEN_VAR = 'JFROG_TOKEN';
export const PASSWORD_VAR = 'JFROG_PASSWORD';
/** Stands for a password the command sets (not the one it authenticates with). */
export const BODY_SECRET_VAR = 'JFROG_NEW_PASSWORD';

export interface CurlRequest {
  method: string;
  baseUrl: string;
  path: string;
  query?: Record<string, string | number | boolean | undefined>;
  json?: unknown;
  /** A text body (XML, a URL), sent as `contentType` (text/plain when absent). */
  text?: string;
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
/** Body fields that hold a secret, and the variable that stands for each in the command. */
export const SECRET_KEYS: ReadonlyMap<string, string> = new Map([
  ['password', BODY_SECRET_VAR],
  ['pairing_token', PAIRING_TOKEN_VAR],
]);
const markerOf = (variable: string): string => `\u0001lilypad-secret-${variable}\u0001`;

function bodyArg(json: unknown): string {
  const text = JSON.stringify(json, (key, value: unknown) => {
    const variable = SECRET_KEYS.get(key);
    return variable && typeof value === 'string' ? markerOf(variable) : value;
  });
  let quoted = shellQuote(text);
  for (const variable of new Set(SECRET_KEYS.values())) quoted = quoted.split(JSON.stringify(markerOf(variable))).join(`"'"$${variable}"'"`);
  return quoted;
}

export function toCurl(req: CurlRequest): string {
  const method = req.method.toUpperCase();
  const parts = ['curl'];
  if (method !== 'GET') parts.push('-X', method);
  parts.push(authArgs(req.authKind, req.username));
  if (req.json !== undefined) parts.push('-H', shellQuote('Content-Type: application/json'), '--data-raw', bodyArg(req.json));
  else if (req.text !== undefined) parts.push('-H', shellQuote(`Content-Type: ${req.contentType ?? 'text/plain'}`), '--data-raw', shellQuote(req.text));
  parts.push(shellQuote(urlOf(req.baseUrl, req.path, req.query)));
  return parts.join(' ');
}

/** The cURL of any call with a request mapping, from the same mapping the handler sends. */
export function curlForCall<K extends MappedCallName>(name: K, input: RequestInput<K>, target: CurlTarget): string {
  return toCurl({ ...requestFor(name, input), ...target });
}
