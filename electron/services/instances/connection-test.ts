// "Test connection" on the form as typed: each step says plainly what worked and what
// did not, so a person can tell a wrong port from an untrusted CA from a bad password,
// and the usual base-URL mistakes come with their fix. Cancellable at every step.
import { ApiFailure, type ApiError } from '../../../shared/errors';
import { isCloudHost } from '../../../shared/areas/instances/platform-kind';
import { type ConnectionReport, type ConnectionStep, type ConnectionStepId, type InstanceProfile, type PlatformKind } from '../../../shared/areas/instances/model';
import { createAgent } from '../http/agents';
import { createPlatformHttp } from '../http/client';
import { statusSentence } from '../http/errors';
import { echoForms, scrubText, scrubValue, secretForms } from '../http/scrub';
import type { PlatformHttp, PlatformResponse } from '../http/types';
import type { Logger } from '../log/logger';
import { checkPrivateRoute } from './private-route';
import { checkTls, reachHost, speaksPlainHttp, speaksTls } from './probes';
import {
  artifactorySuffixFix,
  describeAnswer,
  htmlTitle,
  httpsRedirectFix,
  isRouterHealthBody,
  notJFrogFix,
  plainHttpPortFix,
  redirectFix,
  tlsPortFix,
  type AnswerSeen,
} from './url-diagnosis';

const LABELS: Record<ConnectionStepId, string> = {
  url: 'Base URL',
  reach: 'Reach the host',
  tls: 'TLS certificate',
  jfrog: 'JFrog platform',
  auth: 'Sign in',
  access: 'Access API (users, groups, tokens)',
  version: 'Platform version',
  platform: 'Cloud or self-hosted',
  route: 'Private or public route',
};
const STEP_ORDER: ConnectionStepId[] = ['url', 'reach', 'tls', 'jfrog', 'auth', 'access', 'version', 'platform'];
/** Shown as skipped when not reached; the others appear only when they have something to say. */
const ALWAYS_SHOWN: ConnectionStepId[] = ['reach', 'tls', 'jfrog', 'auth', 'version', 'platform'];
const MAX_SOCKET_MS = 10_000;
const ROUTER_HEALTH = '/router/api/v1/system/health';
const ARTIFACTORY_PING = '/artifactory/api/system/ping';
/** Every non-2xx status comes back as data for the identification probes. */
const ANY_STATUS = Array.from({ length: 300 }, (_, index) => 300 + index);

export interface ConnectionTestTarget {
  profile: InstanceProfile;
  secret: string | undefined;
  /** Failed platform calls are logged here. */
  log?: Logger;
  /** Aborts every probe and request; the test then throws a 'cancelled' ApiFailure. */
  signal?: AbortSignal;
}

const cancelled = (): ApiFailure => new ApiFailure({ kind: 'cancelled', message: 'The connection test was cancelled.' });

export async function testConnection({ profile, secret, signal, log }: ConnectionTestTarget): Promise<ConnectionReport> {
  const steps: ConnectionStep[] = [];
  const forms = secretForms(secret, profile.username);
  let fix: string | undefined;
  const step = (id: ConnectionStepId, state: ConnectionStep['state'], detail: string): void => {
    steps.push({ id, label: LABELS[id], state, detail: scrubText(detail, forms) });
  };
  const finish = (extra: Partial<ConnectionReport> = {}): ConnectionReport => {
    for (const id of ALWAYS_SHOWN) if (!steps.some((s) => s.id === id)) step(id, 'skipped', 'Not run: an earlier step failed.');
    steps.sort((a, b) => STEP_ORDER.indexOf(a.id) - STEP_ORDER.indexOf(b.id));
    // The version comes from the platform too: a reflected header must not reach the window.
    return scrubValue({ ok: steps.every((s) => s.state !== 'fail'), steps, ...(fix ? { fix: scrubText(fix, forms) } : {}), ...extra }, echoForms(forms));
  };
  const live = (): void => {
    if (signal?.aborted) throw cancelled();
  };

  const suffix = artifactorySuffixFix(profile.baseUrl);
  if (suffix) {
    step('url', 'fail', suffix);
    fix = suffix;
    return finish();
  }

  const url = new URL(profile.baseUrl);
  const https = url.protocol === 'https:';
  const port = Number(url.port || (https ? 443 : 80));
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const bounds = { ms: Math.min(profile.timeoutMs, MAX_SOCKET_MS), signal };

  const reach = await reachHost(host, port, url.host, bounds);
  live();
  if (reach) {
    step('reach', 'fail', reach);
    return finish();
  }
  step('reach', 'ok', `A server is listening at ${url.host}.`);

  if (https) {
    const tls = await checkTls(host, port, profile, bounds);
    live();
    if (tls.state === 'fail') {
      if (tls.handshakeFailed && (await speaksPlainHttp(host, port, bounds))) {
        live();
        fix = plainHttpPortFix(profile.baseUrl);
        step('tls', 'fail', `The TLS handshake failed because ${fix}`);
      } else {
        live();
        step('tls', 'fail', tls.detail);
      }
      return finish();
    }
    step('tls', tls.state, tls.detail);
  }

  const agent = createAgent(profile);
  // One attempt only: a test should say what happens now, not after retries.
  const http = createPlatformHttp({ profile, secret, agent, maxRetries: 0, ...(log ? { log } : {}) });
  try {
    const identity = await identify(http, profile.baseUrl, signal);
    live();
    if (identity.kind === 'unreachable') {
      if (!https && (await speaksTls(host, port, bounds))) {
        live();
        fix = tlsPortFix(profile.baseUrl);
        step('tls', 'fail', `The URL says http://, but ${fix}`);
      } else {
        live();
        step('jfrog', 'fail', identity.error.message);
      }
      return finish();
    }
    if (!https) step('tls', 'skipped', 'Plain HTTP: nothing is encrypted. Prefer https:// for anything but a lab instance.');
    if (identity.kind === 'redirect') {
      fix = identity.fix;
      step('jfrog', 'fail', identity.fix);
      return finish();
    }

    if (identity.kind === 'other') {
      // Credentials go only where a JFrog platform answers.
      fix = notJFrogFix(profile.baseUrl, identity.answer);
      step('jfrog', 'fail', fix);
      return finish();
    }
    step('jfrog', 'ok', identity.detail);

    if (!secret) {
      step('auth', 'fail', 'No password or token was given, and none is stored for this instance.');
      return finish();
    }

    let versionBody: unknown;
    try {
      versionBody = await http.json<unknown>({ method: 'GET', path: '/artifactory/api/system/version', signal });
    } catch (caught) {
      live();
      step('auth', 'fail', authFailure(caught instanceof ApiFailure ? caught.error : undefined));
      return finish();
    }
    const version = readVersion(versionBody);
    step('auth', 'ok', profile.authKind === 'token' ? 'The access token was accepted.' : `Signed in as ${profile.username ?? ''}.`);

    if (profile.authKind === 'basic-password') {
      const access = await checkAccessPassword(http, profile.username ?? '', signal);
      live();
      step('access', access.state, access.detail);
      if (access.fix) fix = access.fix;
    }

    if (version) step('version', 'ok', `Artifactory ${version}`);
    else step('version', 'warn', 'The platform answered but did not say which version it runs.');

    const platform = await detectPlatform(http, profile.baseUrl, signal);
    live();
    step('platform', platform.kind === 'unknown' ? 'warn' : 'ok', platform.detail);
    // JFrog Cloud: how the name resolves here, private route or public Internet (private-route.ts).
    const route = platform.kind === 'cloud' ? await checkPrivateRoute(host) : undefined;
    if (route) step('route', route.state, route.detail);
    return finish({ platform: platform.kind, ...(version ? { version } : {}), ...(route ? { route: route.report } : {}) });
  } finally {
    agent.destroy();
  }
}

type Identity = { kind: 'jfrog'; detail: string } | { kind: 'other'; answer: AnswerSeen } | { kind: 'redirect'; fix: string } | { kind: 'unreachable'; error: ApiError };

/**
 * Who answers at the base URL, without credentials (they only go where a JFrog platform
 * answers): the router's health (JSON with a `router`, 200 or 503), else Artifactory's
 * ping ("OK", or a refusal in Artifactory's own shape, for a proxy that hides the router);
 * otherwise the base page says what it is instead.
 */
async function identify(http: PlatformHttp, baseUrl: string, signal: AbortSignal | undefined): Promise<Identity> {
  const anonymous = (path: string) => http.request({ method: 'GET', path, anonymous: true, acceptStatus: ANY_STATUS, signal });
  let health: PlatformResponse;
  try {
    health = await anonymous(ROUTER_HEALTH);
  } catch (caught) {
    return { kind: 'unreachable', error: caught instanceof ApiFailure ? caught.error : { kind: 'network', message: 'The base URL did not answer.' } };
  }
  const redirect = httpsRedirectFix(baseUrl, headerOf(health, 'location')) ?? redirectFix(baseUrl, health.status, headerOf(health, 'location'));
  if (redirect) return { kind: 'redirect', fix: redirect };
  if (isRouterHealthBody(health.text)) {
    return {
      kind: 'jfrog',
      detail: health.status === 200 ? 'The JFrog router answers: all services healthy.' : `The JFrog router answers (HTTP ${health.status}: some services are not healthy).`,
    };
  }
  try {
    const ping = await anonymous(ARTIFACTORY_PING);
    if (isArtifactoryPing(ping)) return { kind: 'jfrog', detail: `Artifactory answers (the router health check does not: ${describeAnswer(answerOf(health))}).` };
    // The base page names the server better than an error page under /router does.
    return { kind: 'other', answer: answerOf(await anonymous('/')) };
  } catch {
    return { kind: 'other', answer: answerOf(health) };
  }
}

/** Artifactory's ping: "OK", or a refusal with its Basic realm or its error body ({"errors":[{"status":…}]}). */
function isArtifactoryPing(response: PlatformResponse): boolean {
  if (response.status === 200) return response.text.trim() === 'OK';
  if (response.status !== 401 && response.status !== 403) return false;
  if (/artifactory/i.test(headerOf(response, 'www-authenticate') ?? '')) return true;
  try {
    const body = JSON.parse(response.text) as { errors?: { status?: unknown }[] };
    return Array.isArray(body.errors) && typeof body.errors[0]?.status === 'number';
  } catch {
    return false;
  }
}

function answerOf(response: PlatformResponse): AnswerSeen {
  const server = headerOf(response, 'server');
  const contentType = headerOf(response, 'content-type');
  const title = htmlTitle(response.text);
  return { status: response.status, ...(server ? { server } : {}), ...(contentType ? { contentType } : {}), ...(title ? { title } : {}) };
}

function headerOf(response: PlatformResponse, name: string): string | undefined {
  const value = response.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/**
 * Access v2 documents access tokens; some instances refuse a password there although
 * Artifactory took it [unsure]. The account's own user record tells: 2xx fine, 401
 * refused, 403 not an admin or refused.
 */
async function checkAccessPassword(http: PlatformHttp, username: string, signal: AbortSignal | undefined): Promise<{ state: 'ok' | 'warn'; detail: string; fix?: string }> {
  const path = `/access/api/v2/users/${encodeURIComponent(username)}`;
  const answer = await http.request({ method: 'GET', path, acceptStatus: ANY_STATUS, signal }).catch((caught: unknown) => caught);
  if (!answer || typeof answer !== 'object' || !('status' in answer)) {
    const message = answer instanceof ApiFailure ? answer.error.message : 'the request failed';
    return { state: 'warn', detail: `Could not check Access with the password: ${message}` };
  }
  const { status } = answer as PlatformResponse;
  if (status < 300) return { state: 'ok', detail: 'Access accepts the password.' };
  if (status === 401) {
    const fix = 'Use an access token for this instance: Access refuses its password.';
    return {
      state: 'warn',
      detail:
        'Access refused the password (401) although Artifactory accepted it: users, groups and tokens will fail. Switch this instance to an access token (Bearer, or username + access token).',
      fix,
    };
  }
  if (status === 403) {
    return {
      state: 'warn',
      detail:
        'Access answered 403 for the account\u2019s own user record: the account is not an administrator (most screens need one), or this instance does not take passwords for Access. If it is an administrator, use an access token.',
    };
  }
  return { state: 'warn', detail: `Access answered HTTP ${status} for ${path}: users, groups and tokens may not work with these credentials.` };
}

function authFailure(error: ApiError | undefined): string {
  if (!error) return 'The sign-in check failed unexpectedly.';
  if (error.status === 401) return `${statusSentence(401)}${error.platformMessage ? ` The platform said: ${error.platformMessage}` : ''}`;
  if (error.status === 403) {
    return 'The credentials were recognised but may not read the platform version (403). The user may be disabled, or the token scope too narrow.';
  }
  return error.message;
}

function readVersion(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const { version, revision } = body as { version?: unknown; revision?: unknown };
  if (typeof version !== 'string' || !version) return undefined;
  return typeof revision === 'string' && revision ? `${version} (rev. ${revision})` : version;
}

async function detectPlatform(http: PlatformHttp, baseUrl: string, signal: AbortSignal | undefined): Promise<{ kind: PlatformKind; detail: string }> {
  if (isCloudHost(baseUrl)) return { kind: 'cloud', detail: 'JFrog Cloud (the host is under jfrog.io).' };
  try {
    // Self-hosted only; Cloud answers 403/404 even to admins.
    const license = await http.request({ method: 'GET', path: '/artifactory/api/system/license', acceptStatus: [401, 403, 404], signal });
    if (license.status === 200) return { kind: 'self-hosted', detail: 'Self-hosted (the license can be read).' };
    // Only an admin's refusal says something: probe an admin-only call that exists everywhere.
    const admin = await http.request({ method: 'GET', path: '/artifactory/api/system', acceptStatus: [401, 403, 404], signal });
    if (admin.status === 200) return { kind: 'cloud', detail: 'JFrog Cloud (self-hosted-only calls are not offered).' };
    return { kind: 'unknown', detail: 'Cannot tell Cloud from self-hosted without admin permissions.' };
  } catch (caught) {
    const message = caught instanceof ApiFailure ? caught.error.message : 'the probe failed';
    return { kind: 'unknown', detail: `Cannot tell Cloud from self-hosted: ${message}` };
  }
}
