// What one bridge call may send back to the window. It knows every secret the call
// touches (the instance's, and any password in the input), watches the platform's answers
// for an echo of one, and bounds the result's size. Scrubbing a result walks it, so it
// happens only when a secret could be in it: an answer echoed one (found by a native byte
// search in the client). A page of 100,000 users is not walked for nothing.
import { fail, ok, type CallResult } from '../../../shared/errors';
import { WINDOW_RESULT_LIMIT, describeBytes } from './limits';
import { echoForms, scrubValue, secretForms } from './scrub';
import type { PlatformHttp, PlatformRequest } from './types';

/** Input fields that hold a secret, at any depth (e.g. `secret`, `password`, `user.password`, `licenseKeys[]`). */
const SECRET_KEY = /^(secret|password|token|accessToken|apiKey|newPassword|licenseKey|licenseKeys)$/i;
const MAX_SECRET_DEPTH = 4;

export function secretsInInput(input: unknown, depth = 0): string[] {
  if (typeof input !== 'object' || input === null || depth > MAX_SECRET_DEPTH) return [];
  const found: string[] = [];
  for (const [key, value] of Object.entries(input)) {
    if (typeof value === 'string' && SECRET_KEY.test(key) && value.length > 0) found.push(value);
    // A list of secrets (license keys): every string in it.
    else if (Array.isArray(value) && SECRET_KEY.test(key)) found.push(...value.filter((item): item is string => typeof item === 'string' && item.length > 0));
    else if (typeof value === 'object' && value !== null) found.push(...secretsInInput(value, depth + 1));
  }
  return found;
}

/**
 * The approximate JSON size of a value, counted until it passes `limit` (then the walk
 * stops). Strings count their length: close enough to bound memory, exact enough to be fair.
 */
export function approximateSize(value: unknown, limit: number): number {
  let total = 0;
  const visit = (node: unknown): void => {
    if (total > limit) return;
    if (typeof node === 'string') total += node.length + 2;
    else if (Array.isArray(node)) {
      total += 2;
      for (const item of node) {
        visit(item);
        total += 1;
        if (total > limit) return;
      }
    } else if (node !== null && typeof node === 'object') {
      total += 2;
      for (const key in node) {
        total += key.length + 4;
        visit((node as Record<string, unknown>)[key]);
        if (total > limit) return;
      }
    } else total += 8;
  };
  visit(value);
  return total;
}

export interface CallScope {
  /** Every form of every secret this call knows, for scrubbing its errors. */
  readonly secrets: readonly string[];
  /** Adds the forms of an instance's secret (secretForms) once the call has resolved it. */
  addSecretForms(forms: readonly string[]): void;
  /** The instance's client with the caller's signal, the input's secrets watched, and answers noted. */
  bind(http: PlatformHttp, signal: AbortSignal | undefined): PlatformHttp;
  /** The result as the window may get it: scrubbed when needed, refused when too large. */
  answer<T>(value: T): CallResult<T>;
}

export function openCallScope(rawInput: unknown, resultLimit: number = WINDOW_RESULT_LIMIT): CallScope {
  const inputSecrets = secretsInInput(rawInput);
  const secrets: string[] = inputSecrets.flatMap((secret) => secretForms(secret));
  const watched = [...secrets];
  let echoed = false;

  const bindRequest = (req: PlatformRequest, signal: AbortSignal | undefined): PlatformRequest => ({
    ...req,
    signal: req.signal ?? signal,
    watchFor: watched.length ? [...(req.watchFor ?? []), ...watched] : req.watchFor,
    onAnswer: (info) => {
      if (info.secretEchoed) echoed = true;
      req.onAnswer?.(info);
    },
  });

  return {
    secrets,
    addSecretForms(forms) {
      secrets.push(...forms);
    },
    bind(http, signal) {
      return {
        request: (req) => http.request(bindRequest(req, signal)),
        json: (req) => http.json(bindRequest(req, signal)),
        download: (req, target) => http.download(bindRequest(req, signal), target),
      };
    },
    answer(value) {
      const clean = echoed ? scrubValue(value, echoForms(secrets)) : value;
      if (approximateSize(clean, resultLimit) > resultLimit) {
        return fail({
          kind: 'too-large',
          code: 'RESULT_TOO_LARGE',
          message: `The answer is too large to show (over the ${describeBytes(resultLimit)} limit for one call).`,
        });
      }
      return ok(clean);
    },
  };
}
