// The one entry point of every bridge call: validate against the contract, resolve the
// instance, refuse writes to read-only instances, run the area's handler, and always
// answer with a CallResult whose error text holds no secret.
import { contract, CALL_NAMES, type CallName } from '../../shared/api/contract';
import { ApiFailure, fail, type ApiError, type CallResult } from '../../shared/errors';
import type { CallMeta } from './app-services-types';
import type { AllHandlers, AppContext, ConnectedInstance, InstanceContext } from './areas/types';
import { scrubApiError, scrubText } from './http/scrub';
// Security: input shape, unknown keys, secrets, result size (input-guard.ts, call-scope.ts).
import { inputShapeIssues, unknownKeyIssues } from '../../shared/api/input-guard';
import { openCallScope } from './http/call-scope';
import { errorFields, silentLogger, type Logger } from './log/logger';

export interface DispatcherOptions {
  handlers: AllHandlers;
  appContext: AppContext;
  /** A saved instance with a client bound to its stored secret; also the secrets to scrub. */
  connect(instanceId: string): Promise<ConnectedInstance & { secrets: string[] }>;
  notePlatform(id: string, kind: 'cloud' | 'self-hosted'): void;
  /** Unexpected errors (with their stack) go here. */
  log?: Logger;
}

export type Dispatch = (name: string, rawInput: unknown, meta?: CallMeta) => Promise<CallResult<unknown>>;

type LooseHandler = (input: unknown, ctx: AppContext | InstanceContext) => Promise<unknown>;

const KNOWN = new Set<string>(CALL_NAMES);
const isCallName = (name: string): name is CallName => KNOWN.has(name);

export function createDispatcher(options: DispatcherOptions): Dispatch {
  return async (name, rawInput, meta = {}) => {
    if (typeof name !== 'string' || !isCallName(name)) {
      return fail({ kind: 'validation', message: `There is no call named ${String(name).slice(0, 80)}.` });
    }
    // Secrets known for this call (its input's, then each instance's), to scrub from anything that goes back.
    const scope = openCallScope(rawInput);
    const secrets = scope.secrets;
    try {
      const spec = contract[name];
      const shapeIssues = inputShapeIssues(rawInput, { stringChars: spec.maxInputChars });
      if (shapeIssues.length > 0) return fail(invalid(name, shapeIssues, secrets));
      const parsed = spec.input.safeParse(rawInput ?? {});
      if (!parsed.success) {
        const issues = parsed.error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));
        return fail(invalid(name, issues, secrets));
      }
      const unknownKeys = unknownKeyIssues(rawInput, parsed.data);
      if (unknownKeys.length > 0) return fail(invalid(name, unknownKeys, secrets));

      // Every instance the handler reaches goes through the call's scope (signal, secrets, echoes).
      const connect = async (instanceId: string, signal?: AbortSignal): Promise<ConnectedInstance> => {
        const connected = await options.connect(instanceId);
        scope.addSecretForms(connected.secrets);
        return { instance: connected.instance, http: scope.bind(connected.http, signal ?? meta.signal) };
      };
      const appContext: AppContext = { ...options.appContext, connect };
      const handler = options.handlers[name] as LooseHandler;
      if (spec.scope === 'app') return scope.answer(await handler(parsed.data, meta.signal ? { ...appContext, signal: meta.signal } : appContext));

      const { instanceId } = parsed.data as { instanceId: string };
      const connected = await connect(instanceId);
      if (connected.instance.readOnly && spec.mutates) {
        return fail({ kind: 'read-only', message: `${connected.instance.name} is read-only: Lilypad does not send changes to it.` });
      }
      const ctx: InstanceContext = {
        ...appContext,
        instance: connected.instance,
        http: connected.http,
        notePlatform: (kind) => options.notePlatform(instanceId, kind),
      };
      return scope.answer(await handler(parsed.data, ctx));
    } catch (caught) {
      if (!(caught instanceof ApiFailure)) (options.log ?? silentLogger).error(`unexpected error in ${name}`, errorFields(caught, secrets));
      return fail(scrubApiError(toApiError(caught), secrets));
    }
  };
}

function toApiError(caught: unknown): ApiError {
  if (caught instanceof ApiFailure) return caught.error;
  const message = caught instanceof Error ? caught.message : String(caught);
  return { kind: 'internal', message: `Something went wrong inside Lilypad: ${scrubText(message).slice(0, 300)}` };
}

function invalid(name: string, issues: { path: string; message: string }[], secrets: readonly string[]): ApiError {
  const first = issues[0];
  const detail = first ? `: ${first.path ? `${first.path}: ` : ''}${first.message}` : '';
  return scrubApiError({ kind: 'validation', message: `Invalid input for ${name}${detail}`, issues }, secrets);
}
