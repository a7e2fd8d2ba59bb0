import { z } from 'zod';
import type { CallResult } from '../errors';
import type { CallName } from './call-names';
import {
  instanceIdSchema,
  instanceInputSchema,
  type ConnectionReport,
  type InstanceView,
  type SecretStoreStatus,
} from '../models/instance';
import type { RouterHealth, SystemOverview, VersionInfo } from '../models/system';
import {
  addRemoveSchema,
  userCreateSchema,
  userUpdateSchema,
  usernameSchema,
  type UserDetails,
  type UserPage,
} from '../models/users';
import { groupCreateSchema, groupUpdateSchema, type GroupDetails, type GroupPage } from '../models/groups';
import { webServerSettingsSchema, type DockerRepo, type WebServerSettings } from '../models/http-settings';

export type CallScope = 'app' | 'instance';

/** One bridge call: its input schema, whether it targets an instance, whether it changes anything. */
export interface CallSpec<I extends z.ZodType = z.ZodType, O = unknown, S extends CallScope = CallScope> {
  input: I;
  scope: S;
  /** Mutating instance calls are refused in main for read-only instances. */
  mutates: boolean;
  /** Phantom: the output type. Never set at run time. */
  readonly output?: O;
}

const appCall =
  <O>() =>
  <I extends z.ZodType>(input: I): CallSpec<I, O, 'app'> => ({ input, scope: 'app', mutates: false });

const read =
  <O>() =>
  <S extends z.ZodRawShape>(shape: S) => ({ input: onInstance(shape), scope: 'instance' as const, mutates: false }) as CallSpec<ReturnType<typeof onInstance<S>>, O, 'instance'>;

const write =
  <O>() =>
  <S extends z.ZodRawShape>(shape: S) => ({ input: onInstance(shape), scope: 'instance' as const, mutates: true }) as CallSpec<ReturnType<typeof onInstance<S>>, O, 'instance'>;

export const instanceRefSchema = z.string().min(1).max(64);
function onInstance<S extends z.ZodRawShape>(shape: S) {
  return z.object({ instanceId: instanceRefSchema, ...shape }).strict();
}

const none = z.object({}).strict();
const cursorPage = { cursor: z.string().max(4096).optional(), limit: z.number().int().min(1).max(99_999).optional() };
const groupName = z.string().min(1).max(64);

export interface AppInfo {
  version: string;
  runtime: 'electron' | 'browser-host';
  demo: boolean;
}

export const contract = {
  'app.info': appCall<AppInfo>()(none),
  'app.openExternal': appCall<void>()(z.object({ url: z.string().url().max(2048) }).strict()),
  'secrets.status': appCall<SecretStoreStatus>()(none),
  'secrets.allowWeakStorage': appCall<SecretStoreStatus>()(z.object({ allow: z.boolean() }).strict()),

  'instances.list': appCall<InstanceView[]>()(none),
  'instances.save': appCall<InstanceView>()(instanceInputSchema),
  'instances.remove': appCall<void>()(instanceIdSchema.strict()),
  'instances.duplicate': appCall<InstanceView>()(instanceIdSchema.strict()),
  'instances.export': appCall<{ json: string }>()(none),
  'instances.import': appCall<{ imported: number; skipped: string[] }>()(z.object({ json: z.string().max(5_000_000) }).strict()),
  /** Tests the form as typed; with an id and no secret, the stored secret is used. */
  'instances.testConnection': appCall<ConnectionReport>()(instanceInputSchema),

  'system.version': read<VersionInfo>()({}),
  'system.overview': read<SystemOverview>()({}),
  'system.routerHealth': read<RouterHealth>()({}),

  'users.page': read<UserPage>()(cursorPage),
  'users.get': read<UserDetails>()({ username: z.string().min(1).max(255) }),
  'users.create': write<UserDetails>()({ user: userCreateSchema }),
  'users.update': write<UserDetails>()({ username: z.string().min(1).max(255), changes: userUpdateSchema }),
  'users.delete': write<void>()({ username: z.string().min(1).max(255) }),
  'users.updateGroups': write<{ groups: string[] }>()({ username: usernameSchema, ...addRemoveSchema.shape }),
  'users.setPassword': write<void>()({ username: z.string().min(1).max(255), password: z.string().min(1).max(1024) }),
  'users.expirePassword': write<void>()({ username: z.string().min(1).max(255) }),
  'users.unlock': write<void>()({ username: z.string().min(1).max(255) }),
  'users.locked': read<string[]>()({}),

  'groups.page': read<GroupPage>()(cursorPage),
  'groups.get': read<GroupDetails>()({ name: groupName }),
  'groups.create': write<GroupDetails>()({ group: groupCreateSchema }),
  'groups.update': write<GroupDetails>()({ name: groupName, changes: groupUpdateSchema }),
  'groups.delete': write<void>()({ name: groupName }),
  'groups.updateMembers': write<{ members: string[] }>()({ name: groupName, ...addRemoveSchema.shape }),

  'httpSettings.get': read<WebServerSettings>()({}),
  'httpSettings.save': write<void>()({ settings: webServerSettingsSchema }),
  'httpSettings.platformSnippet': read<{ text: string }>()({}),
  'httpSettings.dockerRepos': read<DockerRepo[]>()({}),
} satisfies { [K in CallName]: CallSpec };

export type Contract = typeof contract;
export type CallInput<K extends CallName> = z.input<Contract[K]['input']>;
export type ParsedInput<K extends CallName> = z.output<Contract[K]['input']>;
export type CallOutput<K extends CallName> = Contract[K] extends CallSpec<z.ZodType, infer O> ? O : never;
export type InstanceCallName = { [K in CallName]: Contract[K]['scope'] extends 'instance' ? K : never }[CallName];
export type AppCallName = Exclude<CallName, InstanceCallName>;

/** What `window.lilypad` is, in Electron and (through HTTP) in the browser host. */
export type DesktopApi = { [K in CallName]: (input: CallInput<K>) => Promise<CallResult<CallOutput<K>>> };
