// Groups area (Access v2; API-NOTES "Groups"). Access sends snake_case and `members` as an
// array; the spec's camelCase sample and its string-encoded members are tolerated too, in
// case an older Access really sends them.
// 1. Requests: shared/areas/groups/calls.ts. 2. Wire → model. 3. Handlers.
import { requestFor } from '../../../shared/api/contract';
import type { GroupDetails, GroupPage, GroupSummary } from '../../../shared/areas/groups/model';
import { ApiFailure } from '../../../shared/errors';
import type { PlatformHttp } from '../http/types';
import type { AreaHandlers } from './types';
import { obj, strings, writeThenRead, type Raw } from './wire';

// ---- Wire → model ----------------------------------------------------------------------

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

/** A page without its `groups` list is not an empty page: something else answered. */
export function toGroupPage(value: unknown): GroupPage {
  const raw = obj(value);
  if (!Array.isArray(raw.groups)) {
    throw new ApiFailure({
      kind: 'http',
      method: 'GET',
      path: requestFor('groups.page', {}).path,
      message:
        'The platform answered the group list without a "groups" list, so Lilypad cannot tell which groups exist. A proxy or an unexpected platform version may be in the way.',
    });
  }
  const page: GroupPage = { groups: raw.groups.map(toGroupSummary) };
  if (typeof raw.cursor === 'string' && raw.cursor !== '') page.cursor = raw.cursor;
  return page;
}

// ---- Handlers --------------------------------------------------------------------------

/** A group as the answer holds it, or undefined when the answer is empty or not a group. */
const groupFromAnswer = (body: unknown): GroupDetails | undefined => {
  const raw = obj(body);
  return typeof raw.name === 'string' || typeof raw.group_name === 'string' ? toGroupDetails(body) : undefined;
};

const readGroup = async (http: PlatformHttp, name: string): Promise<GroupDetails> => toGroupDetails(await http.json(requestFor('groups.get', { name })));

export const groupsArea: AreaHandlers<'groups'> = {
  // A page of groups is a list-sized answer (http/limits.ts).
  'groups.page': async (input, { http }) => toGroupPage(await http.json({ ...requestFor('groups.page', input), answerSize: 'list' })),
  'groups.get': async (input, { http }) => readGroup(http, input.name),
  'groups.create': async (input, { http }) =>
    writeThenRead(http, requestFor('groups.create', input), groupFromAnswer, () => readGroup(http, input.group.name), `The platform created the group ${input.group.name}`),
  'groups.update': async (input, { http }) =>
    writeThenRead(http, requestFor('groups.update', input), groupFromAnswer, () => readGroup(http, input.name), `The platform updated the group ${input.name}`),
  'groups.delete': async (input, { http }) => {
    await http.request(requestFor('groups.delete', input));
  },
  'groups.updateMembers': async (input, { http }) =>
    writeThenRead(
      http,
      requestFor('groups.updateMembers', input),
      (body) => {
        const members = obj(body).members;
        return Array.isArray(members) || typeof members === 'string' ? { members: memberList(members) } : undefined;
      },
      async () => ({ members: (await readGroup(http, input.name)).members }),
      `The platform changed the members of ${input.name}`,
    ),
};
