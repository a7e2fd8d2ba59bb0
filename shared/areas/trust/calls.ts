// trust.* calls (Access, /access/api/v1, admin-scoped token since 7.12; pairing on
// Artifactory's service_trust API). Permission filters go out camelCase (as the spec's GET
// and POST show) unless the target was read snake_case [unsure, see model.ts].
import { z } from 'zod';
import { read, write } from '../../api/call-spec';
import { definedOnly, seg } from '../../api/request';
import {
  federationCreateSchema,
  federationNameSchema,
  federationUpdateSchema,
  useCaseSchema,
  accessUrlSchema,
  type FederationTarget,
  type FederationValidation,
  type FilterSpelling,
  type LogCollectionResult,
  type Pairing,
  type PairingResult,
  type PingResult,
  type RootCertificate,
} from './model';

export const FEDERATION_PATH = '/access/api/v1/system/federation';
export const TRUST_PATHS = {
  ping: '/access/api/v1/system/ping',
  rootCert: '/access/api/v1/cert/root',
  exportAccess: '/access/api/v1/system/backup/export',
  importAccess: '/access/api/v1/system/backup/import',
  validate: `${FEDERATION_PATH}/validate_server`,
  pairing: '/artifactory/api/v1/service_trust/pairing',
  pairings: '/artifactory/api/v1/service_trust/pairings',
  logCollection: '/access/api/v1/logshipping/config',
} as const;

export const federationPath = (name: string): string => `${FEDERATION_PATH}/${seg(name)}`;
/** Each segment of a use case encoded on its own: the '/' between them stays a '/'. */
export const useCasePath = (base: string, useCase: string): string =>
  `${base}/${useCase
    .split('/')
    .map((part) => (part === '*' ? '*' : seg(part)))
    .join('/')}`;

/** Filters in the spelling given. */
export function filtersBody(include: string[] | undefined, exclude: string[] | undefined, spelling: FilterSpelling): Record<string, unknown> {
  if (include === undefined && exclude === undefined) return {};
  if (spelling === 'snake') return { permission_filters: { include_patterns: include ?? [], exclude_patterns: exclude ?? [] } };
  return { permissionFilters: { includePatterns: include ?? [], excludePatterns: exclude ?? [] } };
}

export const trustCalls = {
  'trust.ping': read<PingResult>()({}, { request: () => ({ method: 'GET', path: TRUST_PATHS.ping }) }),
  'trust.rootCert': read<RootCertificate>()({}, { request: () => ({ method: 'GET', path: TRUST_PATHS.rootCert }) }),
  'trust.exportAccess': write<string>()({}, { request: () => ({ method: 'POST', path: TRUST_PATHS.exportAccess }), target: () => 'access configuration' }),
  'trust.importAccess': write<string>()({}, { request: () => ({ method: 'POST', path: TRUST_PATHS.importAccess }), target: () => 'access configuration' }),
  'trust.federations': read<FederationTarget[]>()({}, { request: () => ({ method: 'GET', path: FEDERATION_PATH }) }),
  'trust.federationCreate': write<FederationTarget>()(
    { target: federationCreateSchema },
    {
      request: ({ target }) => ({
        method: 'POST',
        path: FEDERATION_PATH,
        json: { name: target.name, url: target.url, entities: target.entities, ...filtersBody(target.includePatterns, target.excludePatterns, 'camel'), active: target.active },
      }),
      target: ({ target }) => target.name,
    },
  ),
  'trust.federationUpdate': write<FederationTarget>()(
    { name: federationNameSchema, changes: federationUpdateSchema },
    {
      request: ({ name, changes }) => {
        const { spelling, includePatterns, excludePatterns, ...rest } = changes;
        return { method: 'PATCH', path: federationPath(name), json: { ...definedOnly(rest), ...filtersBody(includePatterns, excludePatterns, spelling) } };
      },
      target: ({ name }) => name,
    },
  ),
  'trust.federationDelete': write<void>()(
    { name: federationNameSchema },
    { request: ({ name }) => ({ method: 'DELETE', path: federationPath(name) }), target: ({ name }) => name },
  ),
  /** Asks the target whether it trusts this instance; changes nothing (a read). */
  'trust.federationValidate': read<FederationValidation>()({ url: accessUrlSchema }, { request: ({ url }) => ({ method: 'POST', path: TRUST_PATHS.validate, json: { url } }) }),
  'trust.federationBroadcast': write<void>()(
    { name: federationNameSchema },
    { request: ({ name }) => ({ method: 'PUT', path: `${federationPath(name)}/full_broadcast` }), target: ({ name }) => `${name} (full broadcast)` },
  ),
  'trust.pairings': read<Pairing[]>()({ useCase: useCaseSchema }, { request: ({ useCase }) => ({ method: 'GET', path: useCasePath(TRUST_PATHS.pairings, useCase) }) }),
  /**
   * Pairs this instance (the source) with another saved instance (the target): main asks
   * the target for a pairing token and initiates the pairing here with it. The token never
   * leaves main. Two requests on two instances, so no single mapping; "Copy as cURL" shows
   * both steps from `pairingRequests` below.
   */
  'trust.pair': write<PairingResult>()(
    { targetInstanceId: z.string().min(1, 'Choose the instance to pair with').max(64), useCase: useCaseSchema },
    { target: ({ useCase }) => useCase },
  ),
  'trust.setLogCollection': write<LogCollectionResult>()(
    { enabled: z.boolean() },
    {
      request: ({ enabled }) => ({ method: 'POST', path: TRUST_PATHS.logCollection, json: { enabled } }),
      target: ({ enabled }) => (enabled ? 'log collection on' : 'log collection off'),
    },
  ),
};

/** The two requests of a pairing, for "Copy as cURL" (the token as a placeholder). */
export const pairingRequests = (useCase: string) => ({
  createToken: { method: 'POST' as const, path: useCasePath(TRUST_PATHS.pairing, useCase) },
  initiate: { method: 'PUT' as const, path: useCasePath(TRUST_PATHS.pairing, useCase), json: { pairing_token: '<pairing token from the first command>' } },
});
