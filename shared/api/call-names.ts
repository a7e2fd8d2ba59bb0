// The names alone, without schemas, so the preload bundle stays tiny. `contract.ts`
// must define exactly these (a compile error otherwise).
export const CALL_NAMES = [
  'app.info',
  'app.openExternal',
  'secrets.status',
  'secrets.allowWeakStorage',
  'instances.list',
  'instances.save',
  'instances.remove',
  'instances.duplicate',
  'instances.export',
  'instances.import',
  'instances.testConnection',
  'system.version',
  'system.overview',
  'system.routerHealth',
  'users.page',
  'users.get',
  'users.create',
  'users.update',
  'users.delete',
  'users.updateGroups',
  'users.setPassword',
  'users.expirePassword',
  'users.unlock',
  'users.locked',
  'groups.page',
  'groups.get',
  'groups.create',
  'groups.update',
  'groups.delete',
  'groups.updateMembers',
  'httpSettings.get',
  'httpSettings.save',
  'httpSettings.platformSnippet',
  'httpSettings.dockerRepos',
] as const;

export type CallName = (typeof CALL_NAMES)[number];

/** The IPC channel of a call. */
export const channelOf = (name: CallName): string => `lilypad:${name}`;
