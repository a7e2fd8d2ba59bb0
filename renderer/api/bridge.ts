import type { CallName } from '../../shared/api/call-names';
import type { CallInput, CallOutput, DesktopApi } from '../../shared/api/contract';
import type { CallTags } from '../../shared/api/call-tags';
import { ApiFailure, describeApiError, type ApiError } from '../../shared/errors';
import { createHttpBridge } from './http-bridge';

let bridge: DesktopApi | undefined;

/** The one place that touches window.lilypad. */
export function getBridge(): DesktopApi {
  bridge ??= window.lilypad ?? createHttpBridge();
  return bridge;
}

/** A failed bridge call, thrown so React Query sees an error; `apiError` holds the details. */
export class BridgeCallError extends Error {
  constructor(
    readonly call: CallName,
    readonly apiError: ApiError,
  ) {
    super(describeApiError(apiError));
    this.name = 'BridgeCallError';
  }
}

/** One bridge call; `tags` say what else main should know (the bulk run it belongs to). */
export async function callApi<K extends CallName>(name: K, input: CallInput<K>, tags?: CallTags): Promise<CallOutput<K>> {
  const fn = getBridge()[name] as (input: CallInput<K>, tags?: CallTags) => Promise<import('../../shared/errors').CallResult<CallOutput<K>>>;
  const result = await (tags === undefined ? fn(input) : fn(input, tags));
  if (!result.ok) throw new BridgeCallError(name, result.error);
  return result.value;
}

export function apiErrorOf(error: unknown): ApiError | null {
  if (error instanceof BridgeCallError) return error.apiError;
  // Raised in the renderer itself, e.g. a list walk that refused to loop.
  if (error instanceof ApiFailure) return error.error;
  if (error instanceof Error) return { kind: 'internal', message: error.message };
  return null;
}
