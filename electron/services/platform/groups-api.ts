// Groups on the platform: sends the shared request mapping and normalises the answers.
// Access sends snake_case and `members` as an array; the spec's camelCase sample and its
// string-encoded members are tolerated too, in case an older Access really sends them.
import { groupRequests, type GroupCallName, type GroupRequestInput } from '../../../shared/requests/groups';
import type { GroupDetails, GroupPage, GroupSummary } from '../../../shared/models/groups';
import type { PlatformHttp } from '../http/types';

type Raw = Record<string, unknown>;

const obj = (value: unknown): Raw => (typeof value === 'object' && value !== null ? (value as Raw) : {});
const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);

/** An array of names, or the spec's rendering bug: a JSON array inside a string. */
export function memberList(value: unknown): string[] {
  if (typeof value !== 'string') return strings(value);
  try {
    return strings(JSON.parse(value));
  } catch {
    return [];
  }
}

const pick = (raw: Raw, snake: string, camel: string): unknown => (raw[snake] !== undefined ? raw[snake] : raw[camel]);

export function toGroupDetails(value: unknown): GroupDetails {
  const raw = obj(value);
  const details: GroupDetails = {
    name: typeof raw.name === 'string' ? raw.name : typeof raw.group_name === 'string' ? raw.group_name : '',
    auto_join: pick(raw, 'auto_join', 'autoJoin') === true,
    admin_privileges: pick(raw, 'admin_privileges', 'adminPrivileges') === true,
    members: memberList(raw.members),
  };
  const optional: [keyof GroupDetails & ('description' | 'realm' | 'realm_attributes' | 'external_id'), unknown][] = [
    ['description', raw.description],
    ['realm', raw.realm],
    ['realm_attributes', pick(raw, 'realm_attributes', 'realmAttributes')],
    ['external_id', pick(raw, 'external_id', 'externalId')],
  ];
  for (const [key, v] of optional) if (typeof v === 'string') details[key] = v;
  return details;
}

function toGroupSummary(value: unknown): GroupSummary {
  const raw = obj(value);
  const summary: GroupSummary = { group_name: typeof raw.group_name === 'string' ? raw.group_name : String(raw.name ?? '') };
  if (typeof raw.uri === 'string') summary.uri = raw.uri;
  return summary;
}

export function toGroupPage(value: unknown): GroupPage {
  const raw = obj(value);
  const page: GroupPage = { groups: Array.isArray(raw.groups) ? raw.groups.map(toGroupSummary) : [] };
  if (typeof raw.cursor === 'string' && raw.cursor !== '') page.cursor = raw.cursor;
  return page;
}

const req = <K extends GroupCallName>(name: K, input: GroupRequestInput<K>) => groupRequests[name](input);
const json = <K extends GroupCallName>(http: PlatformHttp, name: K, input: GroupRequestInput<K>) => http.json<unknown>(req(name, input));

export const groupsApi = {
  page: async (http: PlatformHttp, input: GroupRequestInput<'groups.page'>) => toGroupPage(await json(http, 'groups.page', input)),
  get: async (http: PlatformHttp, input: GroupRequestInput<'groups.get'>) => toGroupDetails(await json(http, 'groups.get', input)),
  create: async (http: PlatformHttp, input: GroupRequestInput<'groups.create'>) => toGroupDetails(await json(http, 'groups.create', input)),
  update: async (http: PlatformHttp, input: GroupRequestInput<'groups.update'>) => toGroupDetails(await json(http, 'groups.update', input)),
  delete: async (http: PlatformHttp, input: GroupRequestInput<'groups.delete'>): Promise<void> => {
    await http.request(req('groups.delete', input));
  },
  updateMembers: async (http: PlatformHttp, input: GroupRequestInput<'groups.updateMembers'>) => ({
    members: memberList(obj(await json(http, 'groups.updateMembers', input)).members),
  }),
};
