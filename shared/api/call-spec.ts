// How a bridge call is declared. Each area lists its calls in shared/areas/<area>/calls.ts
// with these builders; shared/api/contract.ts merges the areas into the one contract.
import { z } from 'zod';
import type { ApiRequest } from './request';

export type CallScope = 'app' | 'instance';

/** The input of an instance call as the request mapping sees it: without the instance id. */
export type RequestInputOf<S extends z.ZodRawShape> = z.output<z.ZodObject<S>>;

/** One bridge call: its input schema, whether it targets an instance, whether it changes anything. */
export interface CallSpec<I extends z.ZodType = z.ZodType, O = unknown, S extends CallScope = CallScope> {
  input: I;
  scope: S;
  /** Mutating instance calls are refused in main for read-only instances and written to the activity log. */
  mutates: boolean;
  /**
   * The platform request behind the call, shared by the handler (which sends it) and
   * "Copy as cURL" (which prints it). Absent for calls that are several requests or none.
   */
  request?: (input: never) => ApiRequest;
  /** What the call acts on, for the activity log (a user name, a group, a project key). */
  target?: (input: never) => string;
  /** Characters any one string of the input may hold; INPUT_LIMITS.stringChars (input-guard.ts) when absent. */
  maxInputChars?: number;
  /** For app calls about one saved instance (edit, remove): its id, so the activity log names it. */
  instanceOf?: (input: never) => string | undefined;
  /** Phantom: the output type. Never set at run time. */
  readonly output?: O;
}

export interface CallOptions<In> {
  request?: (input: In) => ApiRequest;
  target?: (input: In) => string;
}

export const instanceRefSchema = z.string().min(1).max(64);

export function onInstance<S extends z.ZodRawShape>(shape: S) {
  return z.object({ instanceId: instanceRefSchema, ...shape }).strict();
}

type InstanceSpec<S extends z.ZodRawShape, O> = CallSpec<ReturnType<typeof onInstance<S>>, O, 'instance'> & {
  request?: (input: RequestInputOf<S>) => ApiRequest;
  target?: (input: RequestInputOf<S>) => string;
};

/** A call that works without an instance (app settings, the instance list). */
export const appCall =
  <O>() =>
  <I extends z.ZodType>(
    input: I,
    options: { mutates?: boolean; target?: (input: z.output<I>) => string; instanceOf?: (input: z.output<I>) => string | undefined; maxInputChars?: number } = {},
  ): CallSpec<I, O, 'app'> => ({
    input,
    scope: 'app',
    mutates: options.mutates ?? false,
    ...(options.target ? { target: options.target as (input: never) => string } : {}),
    ...(options.maxInputChars ? { maxInputChars: options.maxInputChars } : {}),
    ...(options.instanceOf ? { instanceOf: options.instanceOf as (input: never) => string | undefined } : {}),
  });

/** A call with one platform request: the mapping is known to exist (for "Copy as cURL"). */
type MappedSpec<S extends z.ZodRawShape, O> = InstanceSpec<S, O> & { request: (input: RequestInputOf<S>) => ApiRequest };

function instanceCall(mutates: boolean) {
  return <O>() => {
    function build<S extends z.ZodRawShape>(shape: S, options: CallOptions<RequestInputOf<S>> & { request: (input: RequestInputOf<S>) => ApiRequest }): MappedSpec<S, O>;
    function build<S extends z.ZodRawShape>(shape: S, options?: CallOptions<RequestInputOf<S>>): InstanceSpec<S, O>;
    function build<S extends z.ZodRawShape>(shape: S, options: CallOptions<RequestInputOf<S>> = {}): InstanceSpec<S, O> {
      return { input: onInstance(shape), scope: 'instance', mutates, ...options } as InstanceSpec<S, O>;
    }
    return build;
  };
}

/** Reads from an instance. */
export const read = instanceCall(false);
/** Changes an instance: refused on read-only instances, recorded in the activity log. */
export const write = instanceCall(true);

export const noInput = z.object({}).strict();
