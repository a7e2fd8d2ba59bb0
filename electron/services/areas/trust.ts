// Access and trust area: Access ping, the root certificate (decoded here), the Access
// configuration backup triggers, federation targets, and service pairing between two
// saved instances (the pairing token stays in main: created on the target, used on the
// source, dropped). Access error bodies: {"errors":[{"code","message"}]}.
// 1. Requests: shared/areas/trust/calls.ts. 2. Wire → model. 3. Handlers.
import { requestFor } from '../../../shared/api/contract';
import { pairingRequests, TRUST_PATHS } from '../../../shared/areas/trust/calls';
import type { FederationTarget, FilterSpelling, Pairing } from '../../../shared/areas/trust/model';
import { isCloud } from '../../../shared/areas/instances/platform-kind';
import { ApiFailure } from '../../../shared/errors';
import { scrubApiError, secretForms } from '../http/scrub';
import { platformMessage } from './sysconfig';
import { decodeRootCertificate } from './trust-cert';
import type { AreaHandlers } from './types';
import { bool, jsonOrNothing, obj, str, strings, writeThenRead } from './wire';

// ---- Wire → model ----------------------------------------------------------------------

/** A target in either spelling of its filters (camelCase as GET shows, snake_case as the PATCH example). */
export function toFederationTarget(value: unknown): FederationTarget {
  const raw = obj(value);
  const snake = raw.permission_filters !== undefined && raw.permissionFilters === undefined;
  const filters = obj(snake ? raw.permission_filters : raw.permissionFilters);
  const spelling: FilterSpelling = snake ? 'snake' : 'camel';
  return {
    name: str(raw.name),
    url: str(raw.url),
    entities: strings(raw.entities),
    includePatterns: strings(filters.includePatterns ?? filters.include_patterns),
    excludePatterns: strings(filters.excludePatterns ?? filters.exclude_patterns),
    active: raw.active === undefined ? true : bool(raw.active),
    spelling,
  };
}

/** `{configurations:[…]}` as the spec shows; a bare list is read too [unsure which versions send it]. */
export function toFederationTargets(value: unknown): FederationTarget[] {
  const list = Array.isArray(value) ? value : obj(value).configurations;
  if (!Array.isArray(list)) {
    throw new ApiFailure({
      kind: 'http',
      method: 'GET',
      path: requestFor('trust.federations', {}).path,
      message: 'The platform answered the federation list without a "configurations" list, so Lilypad cannot tell which targets exist.',
    });
  }
  return list.map(toFederationTarget);
}

const targetFromAnswer = (body: unknown): FederationTarget | undefined => (typeof obj(body).name === 'string' ? toFederationTarget(body) : undefined);

/** `[{base_url}]`; `baseUrl` read too. */
export const toPairings = (value: unknown): Pairing[] =>
  (Array.isArray(value) ? value : []).map((entry) => ({ baseUrl: str(obj(entry).base_url) || str(obj(entry).baseUrl) })).filter((p) => p.baseUrl !== '');

// ---- Handlers --------------------------------------------------------------------------

export const trustArea: AreaHandlers<'trust'> = {
  'trust.ping': async (input, { http }) => {
    const response = await http.request({ ...requestFor('trust.ping', input), acceptStatus: [500, 502, 503, 504] });
    return { ok: response.status === 200, status: response.status, text: response.text.trim().slice(0, 200) || `HTTP ${response.status}` };
  },
  'trust.rootCert': async (input, { http }) => decodeRootCertificate((await http.request(requestFor('trust.rootCert', input))).text),
  'trust.exportAccess': async (input, { http }) => (await http.request(requestFor('trust.exportAccess', input))).text.trim().slice(0, 500),
  'trust.importAccess': async (input, { http }) => (await http.request(requestFor('trust.importAccess', input))).text.trim().slice(0, 500),
  'trust.federations': async (input, { http }) => toFederationTargets(await http.json(requestFor('trust.federations', input))),
  'trust.federationCreate': async (input, { http }) => {
    const name = input.target.name;
    return writeThenRead(
      http,
      requestFor('trust.federationCreate', input),
      targetFromAnswer,
      async () => toFederationTarget(await http.json({ method: 'GET', path: `${requestFor('trust.federationDelete', { name }).path}` })),
      `The platform registered ${name}`,
    );
  },
  'trust.federationUpdate': async (input, { http }) =>
    // 204 per the spec (its example still shows a body): read back when there is none.
    writeThenRead(
      http,
      requestFor('trust.federationUpdate', input),
      targetFromAnswer,
      async () => toFederationTarget(await http.json({ method: 'GET', path: requestFor('trust.federationDelete', { name: input.name }).path })),
      `The platform updated ${input.name}`,
    ),
  'trust.federationDelete': async (input, { http }) => {
    await http.request(requestFor('trust.federationDelete', input));
  },
  'trust.federationValidate': async (input, { http }) => {
    // 412: the circle of trust failed, with the target's answer in the message. Data, not an error.
    const response = await http.request({ ...requestFor('trust.federationValidate', input), acceptStatus: [412], idempotent: false });
    if (response.status === 412) return { valid: false, status: 412, message: platformMessage(response.text) };
    return { valid: true, status: response.status, message: 'The target trusts this instance: the circle of trust is valid.' };
  },
  'trust.federationBroadcast': async (input, { http }) => {
    await http.request(requestFor('trust.federationBroadcast', input));
  },
  'trust.pairings': async (input, { http }) => toPairings(await http.json(requestFor('trust.pairings', input))),
  'trust.pair': async (input, ctx) => {
    if (input.targetInstanceId === ctx.instance.id) {
      throw new ApiFailure({ kind: 'validation', message: 'Choose another instance: an instance cannot pair with itself.' });
    }
    const target = await ctx.connect(input.targetInstanceId);
    if (target.instance.readOnly) {
      throw new ApiFailure({ kind: 'read-only', message: `${target.instance.name} is read-only: Lilypad does not create a pairing token on it. Nothing was sent.` });
    }
    const steps = pairingRequests(input.useCase);
    // 1. The target issues a short-lived, single-use token for the use case.
    const tokenBody = obj(jsonOrNothing((await target.http.request({ ...steps.createToken, idempotent: false })).text));
    const token = str(tokenBody.pairing_token);
    if (!token) {
      throw new ApiFailure({
        kind: 'http',
        method: 'POST',
        path: steps.createToken.path,
        message: `${target.instance.name} answered without a pairing token, so nothing was paired.`,
      });
    }
    // 2. The source initiates the pairing with it. The token is watched for in the answer and scrubbed from any error.
    try {
      const response = await ctx.http.request({ ...steps.initiate, json: { pairing_token: token }, watchFor: [token], idempotent: false });
      const message = str(obj(jsonOrNothing(response.text)).message) || 'The pairing was established.';
      return { message: message.split(token).join('[pairing token]'), source: ctx.instance.name, target: target.instance.name, useCase: input.useCase };
    } catch (caught) {
      if (caught instanceof ApiFailure) throw new ApiFailure(scrubApiError(caught.error, secretForms(token)));
      throw caught;
    }
  },
  'trust.setLogCollection': async (input, ctx) => {
    if (!isCloud(ctx.instance)) {
      throw new ApiFailure({
        kind: 'unsupported',
        method: 'POST',
        path: TRUST_PATHS.logCollection,
        message: `Log collection into jfrog-logs is for JFrog Cloud instances; ${ctx.instance.name} is self-hosted, where the logs are on your own servers. Nothing was sent.`,
      });
    }
    const response = await ctx.http.request(requestFor('trust.setLogCollection', input));
    return { enabled: input.enabled, message: response.text.trim().slice(0, 300) || (input.enabled ? 'Log collection is on.' : 'Log collection is off.') };
  },
};
