// Every call, driven with what a hostile or broken page could send: unknown keys at any
// level, text over the stated maximum in every field, lone surrogates in every field. Each
// answer is a validation error (never a 500), and nothing reaches the platform.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CALL_NAMES, type CallName } from '../../shared/api/call-names';
import { contract, type CallInput } from '../../shared/api/contract';
import { INPUT_LIMITS } from '../../shared/api/input-guard';
import { BASE_URL_MAX, SECRET_MAX } from '../../shared/areas/instances/model';
import { createAppServices } from '../../electron/services/app-services';
import type { AppServices } from '../../electron/services/app-services-types';
import { startBrowserHost, type BrowserHost } from '../../electron/host/browser-host';
import { startFakePlatform, type FakePlatform } from '../fake-platform/index';
import { TEST_TOKEN, fakeRendererDir } from './support';
import { rawRequest } from '../support/raw-http';

/** Replaced by the saved instance's id before the tests run. */
const ID = 'instance-under-test';
const instanceForm = { name: 'Acme', baseUrl: 'https://artifactory.acme.test', authKind: 'basic-password', username: 'admin', secret: 'pw', tls: { skipVerify: false } } as const;

const WEBHOOK_SAMPLE: CallInput<'webhooks.create'>['subscription'] = {
  key: 'ci-deploys',
  description: 'CI',
  domain: 'docker',
  event_types: ['pushed'],
  criteria: { anyLocal: false, repoKeys: ['docker-local'], excludePatterns: ['tmp/**'] },
  handlers: [
    { handler_type: 'webhook', url: 'https://ci.acme.test/hook', secret: 's3cret-value', use_secret_for_signing: true, custom_http_headers: [{ name: 'X-Team', value: 'ci' }] },
    {
      handler_type: 'custom-webhook',
      url: 'https://ci.acme.test/custom',
      payload: '{}',
      secrets: [{ name: 'token', value: 't0ken-value' }],
      http_headers: [{ name: 'Authorization', value: 'Bearer {{.secrets.token}}' }],
    },
  ],
};

/** One valid input per call: the mutations below are then the only thing wrong. */
const SAMPLES: { [K in CallName]: CallInput<K> } = {
  'app.info': {},
  'app.openExternal': { url: 'https://jfrog.com/help' },
  'secrets.status': {},
  'secrets.allowWeakStorage': { allow: true },
  'instances.list': {},
  'instances.save': instanceForm,
  'instances.remove': { id: ID },
  'instances.duplicate': { id: ID },
  'instances.export': {},
  'instances.import': { json: '{"format":"lilypad-instances","version":1,"instances":[]}' },
  'instances.testConnection': { ...instanceForm, id: ID },
  'instances.cancelTest': { testId: 'test-0001' },
  'activity.list': { search: 'bob', call: 'users.delete' },
  'activity.export': { format: 'csv', search: 'bob' },
  'fleet.overview': {},
  'fleet.checkNow': {},
  'fleet.setSchedule': { intervalSeconds: 60, paused: false },
  'fleet.history': { instanceId: ID, range: '24h' },
  'fleet.notifications': {},
  'fleet.markRead': {},
  'fleet.setMuted': { instanceId: ID, muted: true },
  'fleet.exportCsv': { kind: 'incidents', instanceId: ID },
  'system.version': { instanceId: ID },
  'system.overview': { instanceId: ID },
  'system.routerHealth': { instanceId: ID },
  'users.page': { instanceId: ID, cursor: 'abc', limit: 10 },
  'users.get': { instanceId: ID, username: 'bob' },
  'users.create': { instanceId: ID, user: { username: 'bob', email: 'bob@acme.test', password: 'pw-12345', groups: ['readers'] } },
  'users.update': { instanceId: ID, username: 'bob', changes: { email: 'bob@acme.test', password: 'pw-12345' } },
  'users.delete': { instanceId: ID, username: 'bob' },
  'users.updateGroups': { instanceId: ID, username: 'bob', add: ['a'], remove: ['b'] },
  'users.setPassword': { instanceId: ID, username: 'bob', password: 'pw-12345' },
  'users.expirePassword': { instanceId: ID, username: 'bob' },
  'users.unlock': { instanceId: ID, username: 'bob' },
  'users.locked': { instanceId: ID },
  'groups.page': { instanceId: ID, cursor: 'abc', limit: 10 },
  'groups.get': { instanceId: ID, name: 'readers' },
  'groups.create': { instanceId: ID, group: { name: 'readers', description: 'Read only', members: ['bob'] } },
  'groups.update': { instanceId: ID, name: 'readers', changes: { description: 'Read only' } },
  'groups.delete': { instanceId: ID, name: 'readers' },
  'groups.updateMembers': { instanceId: ID, name: 'readers', add: ['bob'], remove: [] },
  'projects.list': { instanceId: ID },
  'projects.get': { instanceId: ID, key: 'alpha' },
  'projects.create': {
    instanceId: ID,
    project: { project_key: 'alpha', display_name: 'Alpha', description: 'Team alpha', admin_privileges: { manage_members: true }, storage_quota_bytes: -1 },
  },
  'projects.update': { instanceId: ID, key: 'alpha', project: { project_key: 'alpha', display_name: 'Alpha', description: 'Team alpha', other: { extra: 'kept' } } },
  'projects.delete': { instanceId: ID, key: 'alpha' },
  'projects.members': { instanceId: ID, key: 'alpha', kind: 'users' },
  'projects.setMember': { instanceId: ID, key: 'alpha', kind: 'users', name: 'bob', roles: ['Developer'] },
  'projects.removeMember': { instanceId: ID, key: 'alpha', kind: 'groups', name: 'readers' },
  'projects.roles': { instanceId: ID, key: 'alpha' },
  'projects.createRole': { instanceId: ID, key: 'alpha', role: { name: 'Deployer', description: 'Deploys', type: 'CUSTOM', environments: ['DEV'], actions: ['READ_REPOSITORY'] } },
  'projects.updateRole': { instanceId: ID, key: 'alpha', role: { name: 'Deployer', type: 'CUSTOM', environments: ['PROD'], actions: ['READ_BUILD'] } },
  'projects.deleteRole': { instanceId: ID, key: 'alpha', name: 'Deployer' },
  'projects.globalEnvironments': { instanceId: ID },
  'projects.environments': { instanceId: ID, key: 'alpha' },
  'projects.createEnvironment': { instanceId: ID, key: 'alpha', name: 'qa' },
  'projects.renameEnvironment': { instanceId: ID, key: 'alpha', environment: 'alpha-qa', newName: 'stage' },
  'projects.deleteEnvironment': { instanceId: ID, key: 'alpha', environment: 'alpha-qa' },
  'projects.allRepositories': { instanceId: ID },
  'projects.projectRepositories': { instanceId: ID, key: 'alpha' },
  'projects.repositoryStatus': { instanceId: ID, repo: 'libs-release' },
  'projects.assignRepository': { instanceId: ID, repo: 'libs-release', key: 'alpha', force: false },
  'projects.unassignRepository': { instanceId: ID, repo: 'libs-release' },
  'projects.shareRepository': { instanceId: ID, repo: 'libs-release', key: 'alpha', readOnly: true },
  'projects.unshareRepository': { instanceId: ID, repo: 'libs-release', key: 'alpha' },
  'projects.shareRepositoryWithAll': { instanceId: ID, repo: 'libs-release', readOnly: false },
  'projects.unshareRepositoryWithAll': { instanceId: ID, repo: 'libs-release' },
  'httpSettings.get': { instanceId: ID },
  'httpSettings.save': { instanceId: ID, settings: { serverName: 'artifactory.acme.test', useHttp: true, httpPort: 80 } },
  'httpSettings.platformSnippet': { instanceId: ID },
  'httpSettings.dockerRepos': { instanceId: ID },
  'licenses.get': { instanceId: ID },
  'licenses.cluster': { instanceId: ID },
  'licenses.install': { instanceId: ID, licenseKeys: ['QUJDREVGR0hJSktMTU5PUFFSU1RVVg=='], form: 'array' },
  'licenses.delete': { instanceId: ID, hashes: ['abc123'] },
  'licenses.fleet': {},
  'licenses.fleetRefresh': {},
  'supportBundles.list': { instanceId: ID },
  'supportBundles.get': { instanceId: ID, id: 'B1-1551008826805' },
  'supportBundles.create': {
    instanceId: ID,
    bundle: {
      name: 'b1',
      description: 'why',
      parameters: { configuration: true, system: true, logs: { include: true, start_date: '2026-01-01', end_date: '2026-01-02' }, thread_dump: { count: 1, interval: 0 } },
    },
  },
  'supportBundles.delete': { instanceId: ID, id: 'B1-1551008826805' },
  'supportBundles.download': { instanceId: ID, id: 'B1-1551008826805' },
  'supportBundles.downloadStatus': { instanceId: ID, jobId: '0123456789abcdef01234567' },
  'supportBundles.cancelDownload': { instanceId: ID, jobId: '0123456789abcdef01234567' },
  'supportBundles.logCollection': { instanceId: ID, enabled: true },
  'webhooks.list': { instanceId: ID },
  'webhooks.get': { instanceId: ID, key: 'ci-deploys' },
  'webhooks.create': { instanceId: ID, subscription: WEBHOOK_SAMPLE },
  'webhooks.update': { instanceId: ID, key: 'ci-deploys', subscription: WEBHOOK_SAMPLE },
  'webhooks.setEnabled': { instanceId: ID, key: 'ci-deploys', enabled: false },
  'webhooks.delete': { instanceId: ID, key: 'ci-deploys' },
  'webhooks.test': { instanceId: ID, subscription: WEBHOOK_SAMPLE, existingKey: 'ci-deploys' },
  'webhooks.import': { instanceId: ID, sourceInstanceId: ID, keys: ['ci-deploys'] },
  'webhooks.repositories': { instanceId: ID },
  'scim.findUsers': { instanceId: ID, operator: 'eq', value: 'bob' },
  'scim.getUser': { instanceId: ID, userName: 'bob' },
  'scim.createUser': { instanceId: ID, user: { userName: 'bob', active: true, email: 'bob@acme.test' } },
  'scim.replaceUser': { instanceId: ID, userName: 'bob', user: { userName: 'bob', active: false, email: 'bob@acme.test' } },
  'scim.patchUser': { instanceId: ID, userName: 'bob', changes: { active: false, email: 'bob@acme.test', addGroups: ['a'], removeGroups: ['b'] } },
  'scim.deleteUser': { instanceId: ID, userName: 'bob' },
  'scim.findGroups': { instanceId: ID, operator: 'sw', value: 'read' },
  'scim.getGroup': { instanceId: ID, displayName: 'readers' },
  'scim.createGroup': { instanceId: ID, group: { displayName: 'readers', members: ['bob'] } },
  'scim.replaceGroup': { instanceId: ID, displayName: 'readers', group: { displayName: 'readers', members: ['bob'] } },
  'scim.patchGroup': { instanceId: ID, displayName: 'readers', changes: { add: ['bob'], remove: ['carol'] } },
  'scim.deleteGroup': { instanceId: ID, displayName: 'readers' },
  'scim.drift': { instanceId: ID, source: { kind: 'names', userNames: ['bob', 'carol'] } },
  'sysconfig.info': { instanceId: ID },
  'sysconfig.configXml': { instanceId: ID },
  'sysconfig.saveXml': { instanceId: ID, xml: '<config><urlBase>https://a.test</urlBase></config>' },
  'sysconfig.backups': { instanceId: ID },
  'sysconfig.backup': { instanceId: ID, id: '20261130T145953Z-abc123' },
  'sysconfig.restore': { instanceId: ID, id: '20261130T145953Z-abc123' },
  'sysconfig.setUrlBase': { instanceId: ID, url: 'https://artifacts.acme.test' },
  'sysconfig.verifyConnection': { instanceId: ID, endpoint: 'https://xray.acme.test', username: 'bob', password: 'pw-12345' },
  'trust.ping': { instanceId: ID },
  'trust.rootCert': { instanceId: ID },
  'trust.exportAccess': { instanceId: ID },
  'trust.importAccess': { instanceId: ID },
  'trust.federations': { instanceId: ID },
  'trust.federationCreate': {
    instanceId: ID,
    target: { name: 'access-2', url: 'https://other.acme.test/access', entities: ['users'], includePatterns: ['team_*'], excludePatterns: ['x_*'], active: true },
  },
  'trust.federationUpdate': { instanceId: ID, name: 'access-2', changes: { url: 'https://other.acme.test/access', includePatterns: ['team_*'], spelling: 'snake' } },
  'trust.federationDelete': { instanceId: ID, name: 'access-2' },
  'trust.federationValidate': { instanceId: ID, url: 'https://other.acme.test/access' },
  'trust.federationBroadcast': { instanceId: ID, name: 'access-2' },
  'trust.pairings': { instanceId: ID, useCase: 'federated-repo/*' },
  'trust.pair': { instanceId: ID, targetInstanceId: 'other-instance', useCase: 'federated-repo/*' },
  'trust.setLogCollection': { instanceId: ID, enabled: true },
  'tokens.list': { instanceId: ID, description: 'ci*', username: 'bob', refreshable: true, order_by: 'expiry', descending_order: false },
  'tokens.get': { instanceId: ID, id: 'me' },
  'tokens.create': { instanceId: ID, token: { username: 'bob', scope: 'applied-permissions/groups:readers', expires_in: 604800, description: 'CI', audience: '*@*' } },
  'tokens.refresh': { instanceId: ID, refresh_token: 'refresh-value' },
  'tokens.revoke': { instanceId: ID, id: 'a1b2c3' },
  'tokens.revokeByValue': { instanceId: ID, token: 'token-value' },
  'tokens.expiry': {},
  'tokens.expiryRun': {},
  'tokens.expirySettings': { withinDays: 14, intervalMinutes: 60 },
};

/** Objects whose unknown keys are kept on purpose: the webServer JSON goes back as it was read. */
const OPEN_OBJECTS = new Set(['httpSettings.save settings', 'projects.update project.other']);

type Path = (string | number)[];
type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function leaves(value: Json, path: Path = []): { strings: Path[]; objects: Path[] } {
  const out = { strings: [] as Path[], objects: [] as Path[] };
  if (typeof value === 'string') out.strings.push(path);
  else if (Array.isArray(value)) value.forEach((item, i) => merge(out, leaves(item, [...path, i])));
  else if (value !== null && typeof value === 'object') {
    out.objects.push(path);
    for (const [key, inner] of Object.entries(value)) merge(out, leaves(inner, [...path, key]));
  }
  return out;
}
const merge = (into: { strings: Path[]; objects: Path[] }, from: { strings: Path[]; objects: Path[] }) => {
  into.strings.push(...from.strings);
  into.objects.push(...from.objects);
};
function withAt(value: Json, path: Path, change: (old: Json) => Json): Json {
  if (path.length === 0) return change(value);
  const copy = structuredClone(value) as Record<string | number, Json>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, Json>;
  const last = path[path.length - 1];
  node[last] = change(node[last]);
  return copy as Json;
}

let platform: FakePlatform;
let services: AppServices;
let host: BrowserHost;

async function send(
  name: string,
  input: Json,
): Promise<{ status: number; body: { ok: boolean; error?: { kind: string; message: string; issues?: { path: string; message: string }[] } } }> {
  const response = await rawRequest(host.origin, {
    method: 'POST',
    path: `/api/call/${name}`,
    headers: { host: new URL(host.origin).host, 'content-type': 'application/json', 'x-lilypad-session': TEST_TOKEN },
    body: JSON.stringify(input),
  });
  return { status: response.status, body: JSON.parse(response.text) };
}

beforeAll(async () => {
  platform = await startFakePlatform({ seed: 'minimal' });
  services = createAppServices({ dataDir: mkdtempSync(join(tmpdir(), 'lilypad-limits-')), runtime: 'browser-host' });
  host = await startBrowserHost({ services, staticDir: fakeRendererDir().staticDir, token: TEST_TOKEN });
  // A real instance behind the id, so a call that slipped through would reach the platform.
  const saved = await services.dispatch('instances.save', { name: 'fake', baseUrl: platform.url, authKind: 'token', secret: platform.principals.admin.token });
  if (!saved.ok) throw new Error(saved.error.message);
  const id = (saved.value as { id: string }).id;
  for (const name of CALL_NAMES) {
    const sample = SAMPLES[name] as Record<string, unknown>;
    if ('instanceId' in sample) sample.instanceId = id;
    if (name === 'instances.remove' || name === 'instances.duplicate' || name === 'instances.testConnection') sample.id = id;
  }
});
afterAll(async () => {
  await host?.close();
  await services?.close();
  await platform?.close();
});

const expectRefused = (name: string, what: string, result: Awaited<ReturnType<typeof send>>) => {
  expect(result.status, `${name} ${what}`).toBe(200);
  expect(result.body, `${name} ${what}`).toMatchObject({ ok: false, error: { kind: 'validation' } });
};

describe('every call refuses malformed input with a validation error and sends nothing', () => {
  it('the samples themselves are valid (so each refusal below is the mutation’s doing)', () => {
    for (const name of CALL_NAMES) expect(contract[name].input.safeParse(SAMPLES[name]).success, name).toBe(true);
  });

  it('unknown keys, at the top and in every nested object', async () => {
    platform.clearRequests();
    for (const name of CALL_NAMES) {
      const sample = SAMPLES[name] as unknown as Json;
      for (const path of leaves(sample).objects) {
        if (OPEN_OBJECTS.has(`${name} ${path.join('.')}`)) continue;
        const input = withAt(sample, path, (node) => ({ ...(node as Record<string, Json>), bogus: 1 }));
        expectRefused(name, `bogus key at ${path.join('.') || '(top)'}`, await send(name, input));
      }
    }
    expect(platform.requests).toEqual([]);
  });

  it('text over the maximum in every string field', async () => {
    platform.clearRequests();
    for (const name of CALL_NAMES) {
      const sample = SAMPLES[name] as unknown as Json;
      const tooLong = 'x'.repeat((contract[name].maxInputChars ?? INPUT_LIMITS.stringChars) + 1);
      for (const path of leaves(sample).strings)
        expectRefused(
          name,
          `long ${path.join('.')}`,
          await send(
            name,
            withAt(sample, path, () => tooLong),
          ),
        );
    }
    expect(platform.requests).toEqual([]);
  });

  it('a lone surrogate in every string field', async () => {
    platform.clearRequests();
    for (const name of CALL_NAMES) {
      const sample = SAMPLES[name] as unknown as Json;
      for (const path of leaves(sample).strings) {
        const result = await send(
          name,
          withAt(sample, path, (old) => `${String(old)}\uD800`),
        );
        expectRefused(name, `surrogate in ${path.join('.')}`, result);
        expect(result.body.error?.issues?.[0]).toEqual({ path: path.join('.'), message: 'Not valid Unicode text (it holds an unpaired surrogate)' });
      }
    }
    expect(platform.requests).toEqual([]);
  });

  it('secrets, passwords and the base URL have stated maxima, named in the message', async () => {
    const cases: [CallName, Json, string, string][] = [
      ['instances.save', { ...instanceForm, secret: 'a'.repeat(SECRET_MAX + 1) }, 'secret', 'At most 4,096 characters'],
      ['instances.testConnection', { ...instanceForm, secret: 'a'.repeat(SECRET_MAX + 1) }, 'secret', 'At most 4,096 characters'],
      ['instances.save', { ...instanceForm, baseUrl: `https://acme.test/${'a'.repeat(BASE_URL_MAX)}` }, 'baseUrl', 'Base URL is at most 2,048 characters'],
      ['users.setPassword', { instanceId: ID, username: 'bob', password: 'p'.repeat(1025) }, 'password', 'Too big: expected string to have <=1024 characters'],
      ['instances.save', { ...instanceForm, authKind: 'token', secret: 'abc\ndef' }, 'secret', 'An access token holds only printable characters, without spaces or line breaks'],
    ];
    for (const [name, input, path, message] of cases) {
      const result = await send(name, input);
      expectRefused(name, path, result);
      expect(result.body.error?.issues).toContainEqual({ path, message });
    }
    // Exactly at the maximum is fine.
    expect(contract['instances.save'].input.safeParse({ ...instanceForm, secret: 'a'.repeat(SECRET_MAX) }).success).toBe(true);
  });
});
