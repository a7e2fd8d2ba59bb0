// The one entry point of every bridge call: validate against the contract, resolve the
// instance, refuse writes to read-only instances, run the area's handler, record every
// mutating call it sent in the activity log, and always answer with a CallResult whose
// error text holds no secret.
import { contract, CALL_NAMES, instanceOfCall, targetOf, type CallName } from '../../shared/api/contract';
import { callTagsSchema, type CallTags } from '../../shared/api/call-tags';
import { ACTIVITY_TEXT_LIMITS, type ActivityInstance } from '../../shared/areas/activity/model';
import type { InstanceProfile } from '../../shared/areas/instances/model';
import { ApiFailure, fail, type ApiError, type CallResult } from '../../shared/errors';
import type { NewActivityEntry } from './activity/activity-log';
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
  /** Where every mutating call that was sent is recorded (the activity log); absent: nowhere. */
  activity?: { record(entry: NewActivityEntry): Promise<unknown> };
}

export type Dispatch = (name: string, rawInput: unknown, meta?: CallMeta) => Promise<CallResult<unknown>>;

type LooseHandler = (input: unknown, ctx: AppContext | InstanceContext) => Promise<unknown>;

const KNOWN = new Set<string>(CALL_NAMES);
const isCallName = (name: string): name is CallName => KNOWN.has(name);

/** A mutating call about to be sent: what its log entry will say besides the result. */
interface Sending {
  call: CallName;
  instance?: ActivityInstance;
  target?: string;
  batch?: CallTags['batch'];
}

export function createDispatcher(options: DispatcherOptions): Dispatch {
  /** Records a sent call's outcome. A log that cannot be written never fails the call. */
  async function record(sending: Sending | null, started: number, outcome: ApiError | null, secrets: readonly string[]): Promise<void> {
    if (!sending || !options.activity) return;
    const entry: NewActivityEntry = {
      call: sending.call,
      ...(sending.instance ? { instance: sending.instance } : {}),
      ...(sending.target !== undefined ? { target: clip(scrubText(sending.target, secrets), ACTIVITY_TEXT_LIMITS.target) } : {}),
      ...(sending.batch ? { batch: sending.batch } : {}),
      ok: outcome === null,
      ...(outcome ? failureFields(outcome) : {}),
      ms: Math.max(0, Math.round(Date.now() - started)),
    };
    try {
      await options.activity.record(entry);
    } catch (error) {
      (options.log ?? silentLogger).error('could not write the activity log', errorFields(error, secrets));
    }
  }

  return async (name, rawInput, meta = {}) => {
    if (typeof name !== 'string' || !isCallName(name)) {
      return fail({ kind: 'validation', message: `There is no call named ${String(name).slice(0, 80)}.` });
    }
    // Secrets known for this call (its input's, then each instance's), to scrub from anything that goes back.
    const scope = openCallScope(rawInput);
    const secrets = scope.secrets;
    let sending: Sending | null = null;
    const started = Date.now();
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
      const tags = callTagsSchema.safeParse(meta.tags ?? {});
      if (!tags.success) {
        return fail({ kind: 'validation', message: `Invalid call tags for ${name}: ${tags.error.issues[0]?.message ?? 'not valid'}` });
      }

      // Every instance the handler reaches goes through the call's scope (signal, secrets, echoes).
      const connect = async (instanceId: string, signal?: AbortSignal): Promise<ConnectedInstance> => {
        const connected = await options.connect(instanceId);
        scope.addSecretForms(connected.secrets);
        return { instance: connected.instance, http: scope.bind(connected.http, signal ?? meta.signal) };
      };
      const appContext: AppContext = { ...options.appContext, connect };
      const handler = options.handlers[name] as LooseHandler;
      const about = (instance: InstanceProfile | undefined): Sending => ({
        call: name,
        ...(instance ? { instance: activityInstanceOf(instance) } : {}),
        target: targetOf(name, parsed.data),
        ...(tags.data.batch ? { batch: tags.data.batch } : {}),
      });

      if (spec.scope === 'app') {
        const id = spec.mutates ? instanceOfCall(name, parsed.data) : undefined;
        const before = id ? options.appContext.instances.get(id) : undefined;
        if (spec.mutates) sending = about(before);
        // An instance's name reads better than its id (instances.remove names only the id).
        if (sending && before && sending.target === before.id) sending.target = before.name;
        const value = await handler(parsed.data, meta.signal ? { ...appContext, signal: meta.signal } : appContext);
        // A call that saved a new instance answers with it: the entry names it.
        if (sending && !sending.instance && 'instanceOf' in spec) sending.instance = activityInstanceOf(options.appContext.instances.get(idOf(value)));
        await record(sending, started, null, secrets);
        return scope.answer(value);
      }

      const { instanceId } = parsed.data as { instanceId: string };
      const connected = await connect(instanceId);
      // Refused here, so never sent: not an activity entry (the screen already said why).
      if (connected.instance.readOnly && spec.mutates) {
        return fail({ kind: 'read-only', message: `${connected.instance.name} is read-only: Lilypad does not send changes to it.` });
      }
      const ctx: InstanceContext = {
        ...appContext,
        instance: connected.instance,
        http: connected.http,
        notePlatform: (kind) => options.notePlatform(instanceId, kind),
      };
      if (spec.mutates) sending = about(connected.instance);
      const value = await handler(parsed.data, ctx);
      await record(sending, started, null, secrets);
      return scope.answer(value);
    } catch (caught) {
      if (!(caught instanceof ApiFailure)) (options.log ?? silentLogger).error(`unexpected error in ${name}`, errorFields(caught, secrets));
      const error = scrubApiError(toApiError(caught), secrets);
      await record(sending, started, error, secrets);
      return fail(error);
    }
  };
}

function activityInstanceOf(instance: InstanceProfile): ActivityInstance;
function activityInstanceOf(instance: InstanceProfile | undefined): ActivityInstance | undefined;
function activityInstanceOf(instance: InstanceProfile | undefined): ActivityInstance | undefined {
  return instance ? { id: instance.id, name: instance.name, environment: instance.environment } : undefined;
}

const idOf = (value: unknown): string => (typeof value === 'object' && value !== null && typeof (value as { id?: unknown }).id === 'string' ? (value as { id: string }).id : '');

function failureFields(error: ApiError): Pick<NewActivityEntry, 'status' | 'kind' | 'message'> {
  const platform = error.platformMessage && error.platformMessage !== error.message ? ` — ${error.platformMessage}` : '';
  return {
    ...(error.status !== undefined ? { status: error.status } : {}),
    kind: error.kind,
    message: clip(`${error.message}${platform}`, ACTIVITY_TEXT_LIMITS.message),
  };
}

const clip = (text: string, max: number): string => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

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
