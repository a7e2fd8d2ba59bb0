// "Test connection" on the form as typed: each step says plainly what worked and what
// did not, so a person can tell a wrong port from an untrusted CA from a bad password.
import { connect as netConnect, isIP } from 'node:net';
import { connect as tlsConnect, type PeerCertificate } from 'node:tls';
import { ApiFailure, type ApiError } from '../../../shared/errors';
import { isCloudHost } from '../../../shared/areas/instances/platform-kind';
import {
  type ConnectionReport,
  type ConnectionStep,
  type ConnectionStepId,
  type InstanceProfile,
  type PlatformKind,
} from '../../../shared/areas/instances/model';
import { createAgent, tlsOptionsOf } from '../http/agents';
import { createPlatformHttp } from '../http/client';
import { networkError, statusSentence, tlsSentence } from '../http/errors';
import { echoForms, scrubText, scrubValue, secretForms } from '../http/scrub';
import type { PlatformHttp } from '../http/types';
import type { Logger } from '../log/logger';
import { checkPrivateRoute } from './private-route';

const LABELS: Record<ConnectionStepId, string> = {
  reach: 'Reach the host',
  tls: 'TLS certificate',
  auth: 'Sign in',
  version: 'Platform version',
  platform: 'Cloud or self-hosted',
  route: 'Private or public route',
};
const STEP_ORDER: ConnectionStepId[] = ['reach', 'tls', 'auth', 'version', 'platform'];
const MAX_SOCKET_MS = 10_000;

export interface ConnectionTestTarget {
  profile: InstanceProfile;
  secret: string | undefined;
  /** Failed platform calls are logged here. */
  log?: Logger;
}

export async function testConnection({ profile, secret, log }: ConnectionTestTarget): Promise<ConnectionReport> {
  const forms = secretForms(secret, profile.username);
  const steps: ConnectionStep[] = [];
  const step = (id: ConnectionStepId, state: ConnectionStep['state'], detail: string): void => {
    steps.push({ id, label: LABELS[id], state, detail: scrubText(detail, forms) });
  };
  const finish = (extra: Partial<ConnectionReport> = {}): ConnectionReport => {
    for (const id of STEP_ORDER) if (!steps.some((s) => s.id === id)) step(id, 'skipped', 'Not run: an earlier step failed.');
    // The version comes from the platform too: a reflected header must not reach the window.
    return scrubValue({ ok: steps.every((s) => s.state !== 'fail'), steps, ...extra }, echoForms(forms));
  };

  const url = new URL(profile.baseUrl);
  const https = url.protocol === 'https:';
  const port = Number(url.port || (https ? 443 : 80));
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const socketMs = Math.min(profile.timeoutMs, MAX_SOCKET_MS);

  const reach = await reachHost(host, port, socketMs, url.host);
  if (reach) {
    step('reach', 'fail', reach);
    return finish();
  }
  step('reach', 'ok', `A server is listening at ${url.host}.`);

  if (!https) {
    step('tls', 'skipped', 'Plain HTTP: nothing is encrypted. Prefer https:// for anything but a lab instance.');
  } else {
    const tls = await checkTls(host, port, profile, socketMs);
    if (tls.state === 'fail') {
      step('tls', 'fail', tls.detail);
      return finish();
    }
    step('tls', tls.state, tls.detail);
  }

  if (!secret) {
    step('auth', 'fail', 'No password or token was given, and none is stored for this instance.');
    return finish();
  }
  const agent = createAgent(profile);
  // One attempt only: a test should say what happens now, not after retries.
  const http = createPlatformHttp({ profile, secret, agent, maxRetries: 0, ...(log ? { log } : {}) });
  try {
    let versionBody: unknown;
    try {
      versionBody = await http.json<unknown>({ method: 'GET', path: '/artifactory/api/system/version' });
    } catch (caught) {
      step('auth', 'fail', authFailure(caught));
      return finish();
    }
    step('auth', 'ok', profile.authKind === 'token' ? 'The access token was accepted.' : `Signed in as ${profile.username ?? ''}.`);

    const version = readVersion(versionBody);
    if (version) step('version', 'ok', `Artifactory ${version}`);
    else step('version', 'warn', 'The platform answered but did not say which version it runs.');

    const platform = await detectPlatform(http, profile.baseUrl);
    step('platform', platform.kind === 'unknown' ? 'warn' : 'ok', platform.detail);
    // JFrog Cloud: how the name resolves here, private route or public Internet (private-route.ts).
    const route = platform.kind === 'cloud' ? await checkPrivateRoute(host) : undefined;
    if (route) step('route', route.state, route.detail);
    return finish({ platform: platform.kind, ...(version ? { version } : {}), ...(route ? { route: route.report } : {}) });
  } finally {
    agent.destroy();
  }
}

function reachHost(host: string, port: number, ms: number, label: string): Promise<string | null> {
  return new Promise((resolve) => {
    const socket = netConnect({ host, port });
    const done = (problem: string | null): void => {
      clearTimeout(timer);
      socket.destroy();
      resolve(problem);
    };
    const timer = setTimeout(() => done(`${label} did not accept a connection within ${ms / 1000} s (a firewall may drop it).`), ms);
    socket.once('connect', () => done(null));
    socket.once('error', (err) => done(networkError(err, { method: 'CONNECT', path: '', host: label, hostname: host }).message));
  });
}

interface TlsOutcome {
  state: 'ok' | 'warn' | 'fail';
  detail: string;
}

function checkTls(host: string, port: number, profile: InstanceProfile, ms: number): Promise<TlsOutcome> {
  return new Promise((resolve) => {
    const { ca } = tlsOptionsOf(profile);
    // Verify by hand so a problem can be named even when skipVerify lets it through.
    const socket = tlsConnect({ host, port, ...(isIP(host) ? {} : { servername: host }), ...(ca ? { ca } : {}), rejectUnauthorized: false });
    const done = (outcome: TlsOutcome): void => {
      clearTimeout(timer);
      socket.destroy();
      resolve(outcome);
    };
    const timer = setTimeout(() => done({ state: 'fail', detail: `The TLS handshake did not finish within ${ms / 1000} s.` }), ms);
    socket.once('secureConnect', () => {
      const cert = socket.getPeerCertificate();
      if (socket.authorized) {
        done({ state: 'ok', detail: `The certificate is trusted${describeCert(cert)}.` });
        return;
      }
      const code = codeOf(socket.authorizationError);
      if (profile.tls.skipVerify) {
        done({ state: 'warn', detail: `Certificate checks are switched off for this instance. Otherwise it would fail: ${tlsSentence(code)}` });
      } else {
        done({ state: 'fail', detail: tlsSentence(code) });
      }
    });
    socket.once('error', (err) => done({ state: 'fail', detail: networkError(err, { method: 'TLS', path: '', host: `${host}:${port}`, hostname: host }).message }));
  });
}

function codeOf(error: unknown): string {
  if (typeof error === 'string') return error;
  if (error && typeof error === 'object' && typeof (error as { code?: unknown }).code === 'string') return (error as { code: string }).code;
  return 'UNKNOWN_TLS_ERROR';
}

function describeCert(cert: PeerCertificate | undefined): string {
  if (!cert || !cert.valid_to) return '';
  const subject = typeof cert.subject?.CN === 'string' ? ` (issued to ${cert.subject.CN}, valid until ${cert.valid_to})` : ` (valid until ${cert.valid_to})`;
  return subject;
}

function authFailure(caught: unknown): string {
  const error: ApiError | undefined = caught instanceof ApiFailure ? caught.error : undefined;
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

async function detectPlatform(http: PlatformHttp, baseUrl: string): Promise<{ kind: PlatformKind; detail: string }> {
  if (isCloudHost(baseUrl)) return { kind: 'cloud', detail: 'JFrog Cloud (the host is under jfrog.io).' };
  try {
    // Self-hosted only; Cloud answers 403/404 even to admins.
    const license = await http.request({ method: 'GET', path: '/artifactory/api/system/license', acceptStatus: [401, 403, 404] });
    if (license.status === 200) return { kind: 'self-hosted', detail: 'Self-hosted (the license can be read).' };
    // Only an admin's refusal says something: probe an admin-only call that exists everywhere.
    const admin = await http.request({ method: 'GET', path: '/artifactory/api/system', acceptStatus: [401, 403, 404] });
    if (admin.status === 200) return { kind: 'cloud', detail: 'JFrog Cloud (self-hosted-only calls are not offered).' };
    return { kind: 'unknown', detail: 'Cannot tell Cloud from self-hosted without admin permissions.' };
  } catch (caught) {
    const message = caught instanceof ApiFailure ? caught.error.message : 'the probe failed';
    return { kind: 'unknown', detail: `Cannot tell Cloud from self-hosted: ${message}` };
  }
}
