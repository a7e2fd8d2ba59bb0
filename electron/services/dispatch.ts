// The one entry point of every bridge call: validate against the contract, resolve the
// instance, refuse writes to read-only instances, run the area's handler, and always
// answer with a CallResult whose error text holds no secret.
import { contract, CALL_NAMES, type CallName } from '../../shared/api/contract';
import { ApiFailure, fail, ok, type ApiError, type CallResult } from '../../shared/errors';
import type { CallMeta } from './app-services-types';
import type { AllHandlers, AppContext, ConnectedInstance, InstanceContext } from './areas/types';
import { scrubApiError, scrubText, secretForms } from './http/scrub';
import { withSignal } from './http/with-signal';

export interface DispatcherOptions {
  handlers: AllHandlers;
  appContext: AppContext;
  /** A saved instance with a client bound to its stored secret; also the secrets to scrub. */
  connect(instanceId: string): Promise<ConnectedInstance & { secrets: string[] }>;
  notePlatform(id: string, kind: 'cloud' | 'self-hosted'): void;
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
    // Secrets known for this call, to scrub from anything that goes back.
    const secrets = secretForms(secretIn(rawInput));
    try {
      const spec = contract[name];
      const parsed = spec.input.safeParse(rawInput ?? {});
      if (!parsed.success) {
        const issues = parsed.error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));
        const first = issues[0];
        return fail(
          scrubApiError(
            { kind: 'validation', message: `Invalid input for ${name}${first ? `: ${first.path ? `${first.path}: ` : ''}${first.message}` : ''}`, issues },
            secrets,
          ),
        );
      }
      const handler = options.handlers[name] as LooseHandler;
      if (spec.scope === 'app') return ok(await handler(parsed.data, meta.signal ? { ...options.appContext, signal: meta.signal } : options.appContext));

      const { instanceId } = parsed.data as { instanceId: string };
      const connected = await options.connect(instanceId);
      secrets.push(...connected.secrets);
      if (connected.instance.readOnly && spec.mutates) {
        return fail({ kind: 'read-only', message: `${connected.instance.name} is read-only: Lilypad does not send changes to it.` });
      }
      const ctx: InstanceContext = {
        ...options.appContext,
        instance: connected.instance,
        http: withSignal(connected.http, meta.signal),
        notePlatform: (kind) => options.notePlatform(instanceId, kind),
      };
      return ok(await handler(parsed.data, ctx));
    } catch (caught) {
      return fail(scrubApiError(toApiError(caught), secrets));
    }
  };
}

function toApiError(caught: unknown): ApiError {
  if (caught instanceof ApiFailure) return caught.error;
  const message = caught instanceof Error ? caught.message : String(caught);
  return { kind: 'internal', message: `Something went wrong inside Lilypad: ${scrubText(message).slice(0, 300)}` };
}

function secretIn(rawInput: unknown): string | undefined {
  if (typeof rawInput !== 'object' || rawInput === null) return undefined;
  const { secret, password } = rawInput as { secret?: unknown; password?: unknown };
  if (typeof secret === 'string') return secret;
  return typeof password === 'string' ? password : undefined;
}
