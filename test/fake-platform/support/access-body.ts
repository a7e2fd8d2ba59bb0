// Request-body checks shared by the fake Access users and groups modules: Access answers
// 400 with an error body for unknown fields, wrong types and bad add/remove lists.
import { fail, type FakeRequest, type FakeState } from '../core/module';

export type FieldType = 'string' | 'boolean' | 'string[]';
export type Body = Record<string, unknown>;

/**
 * The JSON object of an Access request. Access's JSON endpoints consume
 * application/json only: a body sent as text/plain gets 415 (switch
 * `accessContentType`; [unsure] whether every version is this strict).
 */
export function bodyObject(req: FakeRequest, state: FakeState): Body {
  const type = (req.headers['content-type'] ?? '').toLowerCase();
  if (state.switches.accessContentType === 'strict' && !/^application\/([a-z.+-]*\+)?json\b/.test(type)) {
    fail(415, `Unsupported Media Type: ${type || 'no content type'}; send application/json`);
  }
  const body = req.json<unknown>();
  if (typeof body !== 'object' || body === null || Array.isArray(body)) fail(400, 'The request body must be a JSON object');
  return body as Body;
}

const isType = (value: unknown, type: FieldType): boolean => (type === 'string[]' ? Array.isArray(value) && value.every((v) => typeof v === 'string') : typeof value === type);

/**
 * 400 for a field not in `allowed` or of the wrong type; null counts as absent.
 * [unsure] whether Access rejects unknown fields or ignores them: rejecting makes a
 * console that sends stray fields (e.g. `username` in a PATCH) fail loudly here.
 */
export function checkFields(body: Body, allowed: Record<string, FieldType>): void {
  for (const [key, value] of Object.entries(body)) {
    const type = allowed[key];
    if (!type) fail(400, `Unrecognized field "${key}"`);
    if (value !== null && !isType(value, type)) fail(400, `Field "${key}" must be ${type === 'string[]' ? 'an array of strings' : `a ${type}`}`);
  }
}

export interface AddRemove {
  add: string[];
  remove: string[];
}

/** The spec's rules for `{add, remove}`: at least one non-empty list, no name in both. */
export function addRemoveOf(body: Body): AddRemove {
  checkFields(body, { add: 'string[]', remove: 'string[]' });
  const add = [...new Set((body.add as string[] | null | undefined) ?? [])];
  const remove = [...new Set((body.remove as string[] | null | undefined) ?? [])];
  if (add.length === 0 && remove.length === 0) fail(400, 'Either add or remove must be provided');
  const both = add.find((name) => remove.includes(name));
  if (both !== undefined) fail(400, `"${both}" is in both add and remove`);
  return { add, remove };
}

/** Absolute uri of a resource, as Access puts in list rows. */
export function uriOf(req: FakeRequest, path: string): string {
  return `http://${req.headers.host ?? '127.0.0.1'}${path}`;
}
