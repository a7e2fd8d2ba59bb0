// The fake platform's whole world in one mutable object. Area modules read and change it;
// tests set it up (or inspect it) directly. Field names follow the wire format of
// API-NOTES.md so modules can serve records without renaming.

import type { AccessPasswordPolicy } from './auth';

export type HealthStateValue = 'HEALTHY' | 'UNHEALTHY' | 'UNHEALTHY_PEER' | string;

export interface RouterHealthState {
  node_id: string;
  state: HealthStateValue;
  message: string;
}

export interface ServiceHealthState {
  /** "<prefix>@<nodeId>", e.g. "jfrt@node-1". */
  service_id: string;
  node_id: string;
  state: HealthStateValue;
  message: string;
}

export interface FakeLicense {
  type: string;
  validThrough: string;
  licensedTo: string;
  licenseHash: string;
  nodeId: string;
  nodeUrl: string;
  expired: boolean;
}

export interface SystemState {
  nodeId: string;
  /**
   * Artifactory's version: also the switch for version-dependent behaviour (user PATCH
   * before 7.84.3 needs a password; `effective_admin` from 7.66). See support/version.ts.
   */
  version: string;
  revision: string;
  addons: string[];
  /** The current license (GET /artifactory/api/system/license); null when none is installed. */
  license: { type: string; validThrough: string; licensedTo: string } | null;
  /** The HA view (GET /artifactory/api/system/licenses). */
  licenses: FakeLicense[];
  health: { router: RouterHealthState; services: ServiceHealthState[] };
  /**
   * When set, router health answers 503 with this text as HTML instead of its JSON: what a
   * proxy in front of a failing router sends (API-NOTES "System and health").
   */
  healthPage: string | null;
  /** Flip to false to make the readiness probes fail (liveness stays up). */
  ready: boolean;
  /** Body of GET /artifactory/api/system (plain text). */
  systemInfoText: string;
}

export type UserStatusValue = 'invited' | 'enabled' | 'disabled' | 'locked';
export type RealmValue = 'internal' | 'saml' | 'oauth' | 'ldap' | 'crowd' | 'scim';

export interface FakeUser {
  username: string;
  email: string;
  /** Plain text: this is a fixture. Empty when internal_password_disabled. */
  password: string;
  /** Group names; kept in step with FakeGroup.members (see core/membership.ts). */
  groups: string[];
  realm: RealmValue | string;
  status: UserStatusValue | string;
  admin: boolean;
  profile_updatable: boolean;
  internal_password_disabled: boolean;
  disable_ui_access: boolean;
  /** ISO time; not part of the v2 body, handy for list ordering and demo data. */
  created?: string;
  /** Set by the expire-password call. */
  password_expired?: boolean;
}

export interface FakeGroup {
  name: string;
  description: string;
  auto_join: boolean;
  admin_privileges: boolean;
  realm: string;
  realm_attributes: string;
  external_id: string;
  /** Usernames; kept in step with FakeUser.groups. */
  members: string[];
  /** Xray and resource flags JFrog's Terraform platform provider sends; absent until set. */
  reports_manager?: boolean;
  watch_manager?: boolean;
  policy_manager?: boolean;
  policy_viewer?: boolean;
  manage_resources?: boolean;
  manage_webhook?: boolean;
}

/** An access token the fake accepts (Bearer, or as the password of Basic). */
export interface FakeToken {
  value: string;
  token_id: string;
  username: string;
  scope: string;
  description?: string;
  refreshable: boolean;
  issued_at: number;
  /** Epoch seconds; absent = never expires. */
  expiry?: number;
  /** Short-lived tokens work but are not listed (API-NOTES "Access tokens"). */
  listed: boolean;
}

/** One port-per-repository entry of the webServer JSON (Artifactory's reverse proxy descriptor). */
export interface FakeReverseProxyRepoConfig {
  /** The repository key. */
  repoRef: string;
  serverName: string;
  port: number;
}

/**
 * The `webServer` JSON; loose because versions differ (sslPort vs httpsPort). Docker
 * ports per repository live here, under reverseProxyRepositories, not on repositories.
 */
export interface FakeWebServer {
  key?: string;
  webServerType?: 'DIRECT' | 'NGINX' | 'APACHE' | string;
  artifactoryAppContext?: string;
  publicAppContext?: string;
  serverName?: string;
  serverNameExpression?: string;
  artifactoryServerName?: string;
  artifactoryPort?: number;
  upStreamName?: string;
  sslCertificate?: string;
  sslKey?: string;
  dockerReverseProxyMethod?: 'SUBDOMAIN' | 'REPOPATHPREFIX' | 'PORTPERREPO' | string;
  useHttp?: boolean;
  useHttps?: boolean;
  httpPort?: number;
  sslPort?: number;
  httpsPort?: number;
  /** Present only when at least one repository has a port (as the platform answers). */
  reverseProxyRepositories?: { reverseProxyRepoConfigs: FakeReverseProxyRepoConfig[] };
  [extra: string]: unknown;
}

export interface FakeRepository {
  key: string;
  rclass: 'local' | 'remote' | 'virtual' | 'federated';
  packageType: string;
  description?: string;
  url?: string;
  /** Project the repository is assigned to, if any. */
  projectKey?: string;
  /** Projects it is shared with (besides its own), and whether with every project. */
  sharedWithProjects?: string[];
  sharedWithAll?: boolean;
  /** [unsure] the platform reports one read-only flag per repository, not one per share. */
  sharedReadOnly?: boolean;
  /** Environments the repository is in (DEV, PROD, or a project's own). */
  environments?: string[];
}

/**
 * Behaviours that differ between versions or that no client confirms: tests flip them to
 * prove the console copes with each. Defaults are what current instances are believed to do.
 */
export interface FakeSwitches {
  /**
   * How successful writes (POST, PUT, PATCH) answer. 'full': the documented body;
   * 'empty': same status, no body; 'empty-object': same status, `{}`; 'no-content': 204.
   * API-NOTES: any of these may happen on real instances.
   */
  writeBodies: 'full' | 'empty' | 'empty-object' | 'no-content';
  /**
   * Access's JSON endpoints answer 415 to a body sent as text/plain. [unsure] which
   * versions do; 'lenient' parses it anyway.
   */
  accessContentType: 'strict' | 'lenient';
}

export interface FakeState {
  mode: 'self-hosted' | 'cloud';
  /** Whether Access takes Basic with a password (core/auth.ts); tests flip it. */
  accessPasswordPolicy: AccessPasswordPolicy;
  system: SystemState;
  users: Map<string, FakeUser>;
  groups: Map<string, FakeGroup>;
  /** Usernames locked out after failed logins (GET /artifactory/api/security/lockedUsers). */
  lockedUsers: Set<string>;
  /** Keyed by token value. */
  tokens: Map<string, FakeToken>;
  webServer: FakeWebServer;
  /** What GET .../reverseProxy/nginx answers; null = the module renders its own. */
  reverseProxySnippet: string | null;
  repositories: FakeRepository[];
  /** Room for areas not typed here yet (projects, webhooks, …): key by area name. */
  extras: Map<string, unknown>;
  switches: FakeSwitches;
}

export const DEFAULT_SERVICE_PREFIXES = ['jfrt', 'jfac', 'jfevt', 'jfmd', 'jffe', 'jfob'];

export function healthyServices(nodeId: string, prefixes = DEFAULT_SERVICE_PREFIXES): ServiceHealthState[] {
  return prefixes.map((prefix) => ({ service_id: `${prefix}@${nodeId}`, node_id: nodeId, state: 'HEALTHY', message: 'OK' }));
}

/** An empty platform: healthy, no users, no license. Seeds fill it. */
export function createEmptyState(mode: 'self-hosted' | 'cloud', nodeId: string): FakeState {
  return {
    mode,
    accessPasswordPolicy: 'accept',
    system: {
      nodeId,
      version: '7.111.4',
      revision: '711104900',
      addons: [],
      license: null,
      licenses: [],
      health: { router: { node_id: nodeId, state: 'HEALTHY', message: 'OK' }, services: healthyServices(nodeId) },
      healthPage: null,
      ready: true,
      systemInfoText: '',
    },
    users: new Map(),
    groups: new Map(),
    lockedUsers: new Set(),
    tokens: new Map(),
    webServer: {},
    reverseProxySnippet: null,
    repositories: [],
    extras: new Map(),
    switches: { writeBodies: 'full', accessContentType: 'strict' },
  };
}
