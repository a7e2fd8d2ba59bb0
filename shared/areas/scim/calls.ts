// scim.* calls: Access's SCIM 2.0 service (`/access/api/v1/scim/v2`; the spec writes the
// paths without the `/access` prefix, JFrog's Terraform platform provider sends them with
// it). Bodies go as application/scim+json. A user is addressed by its user name, a group
// by its display name (both are the SCIM `id` on this platform).
import { read, write } from '../../api/call-spec';
import { queryOf, seg, type ApiRequest } from '../../api/request';
import type { DriftReport } from './drift';
import { scimFilter } from './filter';
import {
  driftSourceSchema,
  SCIM_CONTENT_TYPE,
  SCIM_GROUP_SCHEMA,
  SCIM_USER_SCHEMA,
  scimFilterOperatorSchema,
  scimFilterValueSchema,
  scimGroupFormSchema,
  scimGroupNameSchema,
  scimMemberChangesSchema,
  scimUserChangesSchema,
  scimUserFormSchema,
  scimUserNameSchema,
  type ScimGroup,
  type ScimGroupForm,
  type ScimList,
  type ScimLookup,
  type ScimUser,
  type ScimUserForm,
} from './model';
import { memberPatchBody, userPatchBody } from './patch-op';

export const SCIM_BASE = '/access/api/v1/scim/v2';
export const SCIM_USERS_PATH = `${SCIM_BASE}/Users`;
export const SCIM_GROUPS_PATH = `${SCIM_BASE}/Groups`;

export const scimUserPath = (userName: string): string => `${SCIM_USERS_PATH}/${seg(userName)}`;
export const scimGroupPath = (displayName: string): string => `${SCIM_GROUPS_PATH}/${seg(displayName)}`;

/** The SCIM User body of a create or a replace. */
export function scimUserBody(user: ScimUserForm) {
  return { schemas: [SCIM_USER_SCHEMA], userName: user.userName, active: user.active ?? true, emails: [{ value: user.email, primary: true }] };
}

/** The SCIM Group body of a create or a replace: `id` and `displayName` both the name, as the Terraform provider sends. */
export function scimGroupBody(group: ScimGroupForm) {
  return { schemas: [SCIM_GROUP_SCHEMA], id: group.displayName, displayName: group.displayName, members: (group.members ?? []).map((value) => ({ value, display: value })) };
}

const scim = (req: ApiRequest): ApiRequest => (req.json === undefined ? req : { ...req, contentType: SCIM_CONTENT_TYPE });

export const scimCalls = {
  'scim.findUsers': read<ScimList<ScimUser>>()(
    { operator: scimFilterOperatorSchema.default('eq'), value: scimFilterValueSchema },
    { request: ({ operator, value }) => ({ method: 'GET', path: SCIM_USERS_PATH, query: queryOf({ filter: value ? scimFilter('userName', operator, value) : undefined }) }) },
  ),
  'scim.getUser': read<ScimLookup<ScimUser>>()({ userName: scimUserNameSchema }, { request: ({ userName }) => ({ method: 'GET', path: scimUserPath(userName) }) }),
  'scim.createUser': write<ScimUser>()(
    { user: scimUserFormSchema },
    { request: ({ user }) => scim({ method: 'POST', path: SCIM_USERS_PATH, json: scimUserBody(user) }), target: ({ user }) => user.userName.toLowerCase() },
  ),
  'scim.replaceUser': write<ScimUser>()(
    { userName: scimUserNameSchema, user: scimUserFormSchema },
    { request: ({ userName, user }) => scim({ method: 'PUT', path: scimUserPath(userName), json: { id: userName, ...scimUserBody(user) } }), target: ({ userName }) => userName },
  ),
  'scim.patchUser': write<ScimUser>()(
    { userName: scimUserNameSchema, changes: scimUserChangesSchema },
    { request: ({ userName, changes }) => scim({ method: 'PATCH', path: scimUserPath(userName), json: userPatchBody(changes) }), target: ({ userName }) => userName },
  ),
  'scim.deleteUser': write<void>()(
    { userName: scimUserNameSchema },
    { request: ({ userName }) => ({ method: 'DELETE', path: scimUserPath(userName) }), target: ({ userName }) => userName },
  ),

  'scim.findGroups': read<ScimList<ScimGroup>>()(
    { operator: scimFilterOperatorSchema.default('eq'), value: scimFilterValueSchema },
    { request: ({ operator, value }) => ({ method: 'GET', path: SCIM_GROUPS_PATH, query: queryOf({ filter: value ? scimFilter('displayName', operator, value) : undefined }) }) },
  ),
  'scim.getGroup': read<ScimLookup<ScimGroup>>()({ displayName: scimGroupNameSchema }, { request: ({ displayName }) => ({ method: 'GET', path: scimGroupPath(displayName) }) }),
  'scim.createGroup': write<ScimGroup>()(
    { group: scimGroupFormSchema },
    { request: ({ group }) => scim({ method: 'POST', path: SCIM_GROUPS_PATH, json: scimGroupBody(group) }), target: ({ group }) => group.displayName },
  ),
  'scim.replaceGroup': write<ScimGroup>()(
    { displayName: scimGroupNameSchema, group: scimGroupFormSchema },
    { request: ({ displayName, group }) => scim({ method: 'PUT', path: scimGroupPath(displayName), json: scimGroupBody(group) }), target: ({ displayName }) => displayName },
  ),
  'scim.patchGroup': write<ScimGroup>()(
    { displayName: scimGroupNameSchema, changes: scimMemberChangesSchema },
    {
      request: ({ displayName, changes }) => scim({ method: 'PATCH', path: scimGroupPath(displayName), json: memberPatchBody(changes) }),
      target: ({ displayName }) => displayName,
    },
  ),
  'scim.deleteGroup': write<void>()(
    { displayName: scimGroupNameSchema },
    { request: ({ displayName }) => ({ method: 'DELETE', path: scimGroupPath(displayName) }), target: ({ displayName }) => displayName },
  ),

  /** Two reads per user (SCIM and Access), compared in main: no single request. */
  'scim.drift': read<DriftReport>()({ source: driftSourceSchema }),
};
