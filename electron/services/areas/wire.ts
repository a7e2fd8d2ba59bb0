// Small readers for platform JSON: answers are untrusted, so fields are read defensively
// (a missing boolean is false, a non-string is the fallback). And the one way handlers
// send writes: a 2xx is success whatever its body (empty, 204, `{}`, text), and what the
// console needs afterwards is read back rather than assumed.
import { ApiFailure } from '../../../shared/errors';
import type { PlatformHttp, PlatformRequest } from '../http/types';

export type Raw = Record<string, unknown>;

export const obj = (value: unknown): Raw => (typeof value === 'object' && value !== null ? (value as Raw) : {});
export const str = (value: unknown, fallback = ''): string => (typeof value === 'string' ? value : fallback);
export const bool = (value: unknown): boolean => value === true;
export const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);

/** The JSON of a body, or undefined when it is empty or not JSON. */
export function jsonOrNothing(text: string): unknown {
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * Sends a write. Any 2xx is success: its body's JSON comes back when there is some,
 * undefined when the platform answered with nothing usable (204, empty, text).
 */
export async function sendWrite(http: PlatformHttp, req: PlatformRequest): Promise<unknown> {
  return jsonOrNothing((await http.request(req)).text);
}

/**
 * A write whose result the caller shows: taken from the answer when `fromAnswer` finds it
 * there, otherwise read back with `readBack`. If that read fails, the error says the write
 * itself was done, so nobody retries it into a 409.
 */
export async function writeThenRead<T>(
  http: PlatformHttp,
  req: PlatformRequest,
  fromAnswer: (body: unknown) => T | undefined,
  readBack: () => Promise<T>,
  done: string,
): Promise<T> {
  const found = fromAnswer(await sendWrite(http, req));
  if (found !== undefined) return found;
  try {
    return await readBack();
  } catch (caught) {
    if (!(caught instanceof ApiFailure)) throw caught;
    throw new ApiFailure({ ...caught.error, message: `${done}, but reading the result back failed: ${caught.error.message}` });
  }
}
