// SCIM area (Access's SCIM 2.0 service; docs/api-notes/scim.md).
// 1. Requests: shared/areas/scim/calls.ts. 2. Wire → model, SCIM error bodies, the drift
// check (several requests per user). 3. Handlers.
import { requestFor } from '../../../shared/api/contract';
import type { ApiRequest } from '../../../shared/api/request';
import { scimGroupPath, scimUserPath } from '../../../shared/areas/scim/calls';
import { compareUser, scimSideOf, type AccessSide, type DriftReport, type DriftRow } from '../../../shared/areas/scim/drift';
import { scimFilter } from '../../../shared/areas/scim/filter';
import { SCIM_ERROR_SCHEMA, type DriftSource, type ScimEmail, type ScimGroup, type ScimList, type ScimLookup, type ScimUser } from '../../../shared/areas/scim/model';
import { ApiFailure, isApiError } from '../../../shared/errors';
import { httpError } from '../http/errors';
import type { PlatformHttp } from '../http/types';
import { toGroupDetails } from './groups';
import type { AreaHandlers } from './types';
import { toUserDetails } from './users';
import { bool, jsonOrNothing, obj, str, strings, type Raw } from './wire';

// ---- Wire → model ----------------------------------------------------------------------

const meta = (value: unknown): Record<string, string> => {
  const out: Record<string, string> = {};
  for (const [key, field] of Object.entries(obj(value))) if (typeof field === 'string' || typeof field === 'number' || typeof field === 'boolean') out[key] = String(field);
  return out;
};

const objects = (value: unknown): Raw[] => (Array.isArray(value) ? value.filter((v): v is Raw => typeof v === 'object' && v !== null) : []);

export function toScimUser(value: unknown): ScimUser {
  const raw = obj(value);
  const emails: ScimEmail[] = objects(raw.emails).map((e) => ({ value: str(e.value), primary: bool(e.primary) }));
  return {
    id: str(raw.id, str(raw.userName)),
    userName: str(raw.userName),
    active: bool(raw.active),
    emails,
    groups: objects(raw.groups)
      .map((g) => str(g.value))
      .filter(Boolean),
    schemas: strings(raw.schemas),
    meta: meta(raw.meta),
    raw: value,
  };
}

export function toScimGroup(value: unknown): ScimGroup {
  const raw = obj(value);
  return {
    id: str(raw.id, str(raw.displayName)),
    displayName: str(raw.displayName, str(raw.id)),
    members: objects(raw.members).map((m) => ({ value: str(m.value), ...(typeof m.display === 'string' ? { display: m.display } : {}) })),
    schemas: strings(raw.schemas),
    meta: meta(raw.meta),
    raw: value,
  };
}

/** A SCIM error body (`schemas` names the Error message, `status` a number or a string), or undefined. */
export function scimErrorOf(body: unknown): { status: number; detail: string; scimType?: string } | undefined {
  const raw = obj(body);
  const isError =
    strings(raw.schemas).includes(SCIM_ERROR_SCHEMA) || (raw.status !== undefined && typeof raw.detail === 'string' && raw.userName === undefined && raw.displayName === undefined);
  if (!isError) return undefined;
  const status = Number(raw.status);
  return {
    status: Number.isFinite(status) ? status : 0,
    detail: str(raw.detail, 'The platform answered with a SCIM error and no detail.'),
    ...(typeof raw.scimType === 'string' ? { scimType: raw.scimType } : {}),
  };
}

/** The platform's words from a SCIM error: detail, and scimType when there is one. */
const platformWords = (error: { detail: string; scimType?: string }): string => (error.scimType ? `${error.detail} (scimType: ${error.scimType})` : error.detail);

/** Client errors come back as data so their SCIM body (detail, scimType) can be read here. */
const CLIENT_ERRORS = [400, 404, 409, 412, 413, 415, 422];

/**
 * Sends a SCIM request. An error status, or a 2xx holding a SCIM error body with an error
 * status (the platform's way of saying "not found"), becomes an ApiFailure carrying the
 * platform's `detail`. `lookup` hands a 404 (either way) back as undefined instead.
 */
async function send(http: PlatformHttp, req: ApiRequest, options: { lookup?: boolean } = {}): Promise<unknown> {
  const res = await http.request({ ...req, acceptStatus: CLIENT_ERRORS });
  const body = jsonOrNothing(res.text);
  const scimError = scimErrorOf(body);
  const status = res.status >= 400 ? res.status : scimError && scimError.status >= 400 ? scimError.status : 0;
  if (status === 0) return body;
  if (options.lookup && status === 404) return { notFound: scimError?.detail ?? 'The platform has no such resource.', status: res.status };
  const error = httpError(status, res.text, req.method, req.path);
  if (scimError) error.platformMessage = platformWords(scimError);
  if (res.status < 400) error.message = `The platform answered ${res.status} with a SCIM error body saying ${status}. ${error.message}`;
  throw new ApiFailure(error);
}

function lookupOf<T>(answer: unknown, convert: (value: unknown) => T): ScimLookup<T> {
  const raw = obj(answer);
  if (typeof raw.notFound === 'string') return { found: false, status: Number(raw.status), detail: raw.notFound };
  return { found: true, resource: convert(answer) };
}

/** JFrog's documentation shows the group list wrapped in an array [unsure whether it ever is]; both are read. */
function listOf<T>(answer: unknown, convert: (value: unknown) => T, req: ApiRequest, filter: string): ScimList<T> {
  const body = Array.isArray(answer) && answer.length === 1 ? (answer[0] as unknown) : answer;
  const raw = obj(body);
  if (!Array.isArray(raw.Resources)) {
    // An empty result may leave Resources out (RFC 7644 lets a server omit empty attributes).
    if (Number(raw.totalResults) === 0) return { filter, totalResults: 0, itemsPerPage: Number(raw.itemsPerPage) || 0, resources: [] };
    throw new ApiFailure({
      kind: 'http',
      method: req.method,
      path: req.path,
      message: 'The platform answered the SCIM search without a "Resources" list. A proxy or an unexpected platform version may be in the way.',
    });
  }
  const resources = raw.Resources.map(convert);
  return { filter, totalResults: Number(raw.totalResults) || resources.length, itemsPerPage: Number(raw.itemsPerPage) || resources.length, resources };
}

const isUser = (body: unknown): boolean => typeof obj(body).userName === 'string';
const isGroup = (body: unknown): boolean => typeof obj(body).displayName === 'string' || typeof obj(body).id === 'string';

async function readUser(http: PlatformHttp, userName: string): Promise<ScimLookup<ScimUser>> {
  return lookupOf(await send(http, requestFor('scim.getUser', { userName }), { lookup: true }), toScimUser);
}

async function readGroup(http: PlatformHttp, displayName: string): Promise<ScimLookup<ScimGroup>> {
  return lookupOf(await send(http, requestFor('scim.getGroup', { displayName }), { lookup: true }), toScimGroup);
}

/** A write whose answer is the resource; read back (by the name the platform keeps) when the answer is empty. */
async function writeUser(http: PlatformHttp, req: ApiRequest, userName: string): Promise<ScimUser> {
  const answer = await send(http, req);
  if (isUser(answer)) return toScimUser(answer);
  const back = await readUser(http, userName.toLowerCase());
  if (back.found) return back.resource;
  throw new ApiFailure({
    kind: 'http',
    method: 'GET',
    path: scimUserPath(userName),
    message: `The platform accepted the change of ${userName}, but reading the user back found nothing: ${back.detail}`,
  });
}

async function writeGroup(http: PlatformHttp, req: ApiRequest, displayName: string): Promise<ScimGroup> {
  const answer = await send(http, req);
  if (isGroup(answer)) return toScimGroup(answer);
  const back = await readGroup(http, displayName);
  if (back.found) return back.resource;
  throw new ApiFailure({
    kind: 'http',
    method: 'GET',
    path: scimGroupPath(displayName),
    message: `The platform accepted the change of ${displayName}, but reading the group back found nothing: ${back.detail}`,
  });
}

// ---- Drift -----------------------------------------------------------------------------

const DRIFT_CONCURRENCY = 4;

/** A 401 or 403 ends the whole check (the credential cannot do this); anything else is one user's error. */
const isAuthFailure = (caught: unknown): boolean => caught instanceof ApiFailure && (caught.error.status === 401 || caught.error.status === 403);

async function accessSide(http: PlatformHttp, username: string): Promise<AccessSide | undefined> {
  try {
    const user = toUserDetails(await http.json(requestFor('users.get', { username })));
    return { status: user.status, groups: user.groups, ...(user.email ? { email: user.email } : {}) };
  } catch (caught) {
    if (caught instanceof ApiFailure && caught.error.status === 404) return undefined;
    throw caught;
  }
}

async function checkUser(http: PlatformHttp, userName: string): Promise<DriftRow> {
  try {
    const [scim, access] = await Promise.all([readUser(http, userName), accessSide(http, userName)]);
    const scimSide = scim.found ? scimSideOf(scim.resource) : undefined;
    const differences = compareUser(userName, scimSide, access);
    return { userName, state: differences.length ? 'drift' : 'clean', differences, ...(scimSide ? { scim: scimSide } : {}), ...(access ? { access } : {}) };
  } catch (caught) {
    if (isAuthFailure(caught) || !(caught instanceof ApiFailure || isApiError(caught))) throw caught;
    const message = caught instanceof ApiFailure ? caught.error.message : caught.message;
    return { userName, state: 'error', differences: [], error: message };
  }
}

async function driftNames(http: PlatformHttp, source: DriftSource): Promise<{ names: string[]; label: string }> {
  if (source.kind === 'names') {
    const names = [...new Set(source.userNames.map((name) => name.trim()).filter(Boolean))];
    return { names, label: `${names.length} pasted name${names.length === 1 ? '' : 's'}` };
  }
  const group = toGroupDetails(await http.json(requestFor('groups.get', { name: source.group })));
  return { names: [...group.members].sort(), label: `group ${source.group} (${group.members.length} member${group.members.length === 1 ? '' : 's'})` };
}

export async function driftReport(http: PlatformHttp, source: DriftSource): Promise<DriftReport> {
  const { names, label } = await driftNames(http, source);
  const rows: DriftRow[] = new Array<DriftRow>(names.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < names.length) {
      const index = next++;
      rows[index] = await checkUser(http, names[index]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(DRIFT_CONCURRENCY, names.length) }, worker));
  return { source: label, rows };
}

// ---- Handlers --------------------------------------------------------------------------

export const scimArea: AreaHandlers<'scim'> = {
  'scim.findUsers': async (input, { http }) => {
    const req = requestFor('scim.findUsers', input);
    return listOf(await send(http, req), toScimUser, req, input.value ? scimFilter('userName', input.operator, input.value) : '');
  },
  'scim.getUser': async (input, { http }) => readUser(http, input.userName),
  'scim.createUser': async (input, { http }) => writeUser(http, requestFor('scim.createUser', input), input.user.userName),
  'scim.replaceUser': async (input, { http }) => writeUser(http, requestFor('scim.replaceUser', input), input.userName),
  'scim.patchUser': async (input, { http }) => writeUser(http, requestFor('scim.patchUser', input), input.userName),
  'scim.deleteUser': async (input, { http }) => {
    await send(http, requestFor('scim.deleteUser', input));
  },
  'scim.findGroups': async (input, { http }) => {
    const req = requestFor('scim.findGroups', input);
    return listOf(await send(http, req), toScimGroup, req, input.value ? scimFilter('displayName', input.operator, input.value) : '');
  },
  'scim.getGroup': async (input, { http }) => readGroup(http, input.displayName),
  'scim.createGroup': async (input, { http }) => writeGroup(http, requestFor('scim.createGroup', input), input.group.displayName),
  'scim.replaceGroup': async (input, { http }) => writeGroup(http, requestFor('scim.replaceGroup', input), input.group.displayName),
  'scim.patchGroup': async (input, { http }) => writeGroup(http, requestFor('scim.patchGroup', input), input.displayName),
  'scim.deleteGroup': async (input, { http }) => {
    await send(http, requestFor('scim.deleteGroup', input));
  },
  'scim.drift': async (input, { http }) => driftReport(http, input.source),
};
