// The one entry point of every bridge call: validate against the contract, resolve the
// instance, refuse writes to read-only instances, run the handler, and always answer
// with a CallResult whose error text holds no secret.
import { contract, type AppCallName, type InstanceCallName } from '../../shared/api/contract';
import { CALL_NAMES, type CallName } from '../../shared/api/call-names';
import { ApiFailure, fail, ok, type ApiError, type CallResult } from '../../shared/errors';
import type { InstanceProfile } from '../../shared/models/instance';
import type { CallMeta } from './app-services-types';
import type { AppHandlers } from './handlers/app-context';
import type { AppContext } from './handlers/app-context';
import type { InstanceContext, InstanceHandlers } from './handlers/types';
import { scrubApiError, scrubText, secretForms } from './http/scrub';
import type { PlatformHttp, PlatformRequest } from './http/types';

export interface DispatcherOptions {
  appHandlers: AppHandlers<AppCallName>;
  appContext: AppContext;
  instanceHandlers: InstanceHandlers<InstanceCallName>;
  resolveInstance(id: string): Promise<{ profile: InstanceProfile; secret: string | undefined } | undefined>;
  httpFor(profile: InstanceProfile, secret: string | undefined): PlatformHttp;
  notePlatform(id: string, kind: 'cloud' | 'self-hosted'): void;
}

export type Dispatch = (name: string, rawInput: unknown, meta?: CallMeta) => Promise<CallResult<unknown>>;

type LooseHandler<Ctx> = (input: unknown, ctx: Ctx) => Promise<unknown>;

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

      if (spec.scope === 'app') {
        const handler = options.appHandlers[name as AppCallName] as LooseHandler<AppContext>;
        return ok(await handler(parsed.data, options.appContext));
      }

      const input = parsed.data as { instanceId: string };
      const resolved = await options.resolveInstance(input.instanceId);
      if (!resolved) return fail({ kind: 'not-found', message: `No instance with id ${input.instanceId} exists (it may have been removed).` });
      const { profile, secret } = resolved;
      secrets.push(...secretForms(secret, profile.username));
      if (profile.readOnly && spec.mutates) {
        return fail({ kind: 'read-only', message: `${profile.name} is read-only: Lilypad does not send changes to it.` });
      }
      const http = withSignal(options.httpFor(profile, secret), meta.signal);
      const ctx: InstanceContext = { instance: profile, http, notePlatform: (kind) => options.notePlatform(profile.id, kind) };
      const handler = options.instanceHandlers[name as InstanceCallName] as LooseHandler<InstanceContext>;
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

/** The caller's cancellation applies to every request the handler makes. */
function withSignal(http: PlatformHttp, signal: AbortSignal | undefined): PlatformHttp {
  if (!signal) return http;
  const bind = (req: PlatformRequest): PlatformRequest => (req.signal ? req : { ...req, signal });
  return { request: (req) => http.request(bind(req)), json: (req) => http.json(bind(req)) };
}
