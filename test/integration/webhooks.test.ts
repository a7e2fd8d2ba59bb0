// webhooks.* through the real services dispatcher against the fake Event service: what
// was sent (method, path, body), what the platform holds afterwards, each error status,
// secrets never coming back, a test call that really delivers to a local receiver, and an
// import into a second saved instance.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startFakePlatform, type FakePlatform } from '../fake-platform';
import { SECRET_MASK, webhooksState, type FakeWebhooksState } from '../fake-platform/areas/webhooks';
import { signatureMatches, startWebhookReceiver, type WebhookReceiver } from '../support/webhook-receiver';
import type { ImportOutcome, WebhookTestReport, WebhookView } from '../../shared/areas/webhooks/model';
import { servicesWorld } from './support/services-world';

const world = servicesWorld('webhooks');
const { ok, failure, onlyRequest } = world;
let fake: FakePlatform;
let reader: string;
let readOnly: string;
let receiver: WebhookReceiver;
let store: FakeWebhooksState;
const BASE = '/event/api/v1/subscriptions';
const SECRET = 'signing-secret-4711';

beforeAll(async () => {
  ({ fake, reader, readOnly } = world.state());
  store = webhooksState(fake.state);
  receiver = await startWebhookReceiver();
});
afterAll(async () => receiver.close());
beforeEach(() => {
  receiver.received.length = 0;
  receiver.answerWith(200);
  store.secretEcho = 'masked';
});

const dockerHook = (key: string, url = `${receiver.url}/docker`) => ({
  key,
  description: 'Docker pushes',
  domain: 'docker',
  event_types: ['pushed'],
  criteria: { anyLocal: false, anyRemote: false, anyFederated: false, repoKeys: ['docker-local', 'generic-local'], excludePatterns: ['tmp/**'] },
  handlers: [{ handler_type: 'webhook', url, secret: SECRET, use_secret_for_signing: true, custom_http_headers: [{ name: 'X-Team', value: 'ci' }] }],
});

describe('webhooks: reading', () => {
  it('lists every subscription with its domain, events and criteria; secrets never come back', async () => {
    store.subscriptions.get('artifact-audit')!.handlers = [
      { handler_type: 'webhook', url: 'https://x.example/h', secret: 'stored-secret', use_secret_for_signing: false, custom_http_headers: [] },
    ];
    store.secretEcho = 'clear';
    const list = await ok<WebhookView[]>('webhooks.list', {});
    expect(onlyRequest()).toMatchObject({ method: 'GET', path: BASE, status: 200 });
    expect(list.map((w) => w.key)).toEqual([...store.subscriptions.keys()]);
    expect(list[0]).toMatchObject({ key: 'artifact-audit', domain: 'artifact', event_types: ['deployed'], criteria: { anyLocal: true } });
    expect(list[0].handlers[0]).toEqual({ handler_type: 'webhook', url: 'https://x.example/h', has_secret: true, use_secret_for_signing: false, custom_http_headers: [] });
    expect(JSON.stringify(list)).not.toContain('stored-secret');
  });

  it('gets one by key; 404 for an unknown key; 403 for a non-admin', async () => {
    expect((await ok<WebhookView>('webhooks.get', { key: 'artifact-audit' })).key).toBe('artifact-audit');
    expect(onlyRequest()).toMatchObject({ method: 'GET', path: `${BASE}/artifact-audit`, status: 200 });
    fake.clearRequests();
    expect(await failure('webhooks.get', { key: 'nope-nope' })).toMatchObject({ kind: 'http', status: 404 });
    expect(await failure('webhooks.list', {}, reader)).toMatchObject({ kind: 'http', status: 403 });
  });

  it('reads repositories for the picker', async () => {
    const repos = await ok<{ key: string; type: string }[]>('webhooks.repositories', {});
    expect(onlyRequest()).toMatchObject({ method: 'GET', path: '/artifactory/api/repositories' });
    expect(repos.map((r) => r.key)).toEqual(fake.state.repositories.map((r) => r.key));
  });
});

describe('webhooks: create, update, enable, delete', () => {
  it('POSTs the platform shape (event_filter, handlers) with application/json; 409 on an existing key', async () => {
    const created = await ok<WebhookView>('webhooks.create', { subscription: dockerHook('docker-ci') });
    const req = fake.requests[0];
    expect(req.headers['content-type']).toMatch(/^application\/json/);
    expect(onlyRequest()).toMatchObject({
      method: 'POST',
      path: BASE,
      status: 201,
      body: {
        key: 'docker-ci',
        description: 'Docker pushes',
        enabled: true,
        event_filter: {
          domain: 'docker',
          event_types: ['pushed'],
          criteria: { anyLocal: false, anyRemote: false, anyFederated: false, repoKeys: ['docker-local', 'generic-local'], includePatterns: [], excludePatterns: ['tmp/**'] },
        },
        handlers: [
          { handler_type: 'webhook', url: `${receiver.url}/docker`, secret: SECRET, use_secret_for_signing: true, custom_http_headers: [{ name: 'X-Team', value: 'ci' }] },
        ],
      },
    });
    expect((store.subscriptions.get('docker-ci')!.handlers as { secret: string }[])[0].secret).toBe(SECRET);
    expect(created.handlers[0]).toMatchObject({ has_secret: true });
    expect(JSON.stringify(created)).not.toContain(SECRET);
    fake.clearRequests();
    expect(await failure('webhooks.create', { subscription: dockerHook('docker-ci') })).toMatchObject({ kind: 'http', status: 409 });
  });

  it('refuses broken criteria, keys and secret names before sending; the platform refuses them too (400)', async () => {
    const noRepos = { ...dockerHook('x-broken'), criteria: { anyLocal: false, includePatterns: ['**'] } };
    const error = await failure('webhooks.create', { subscription: noRepos });
    expect(error.kind).toBe('validation');
    expect(error.issues?.some((i) => i.path.includes('criteria') && /at least one repository/.test(i.message))).toBe(true);
    expect((await failure('webhooks.create', { subscription: { ...dockerHook('has space') } })).kind).toBe('validation');
    expect((await failure('webhooks.create', { subscription: { ...dockerHook('k2'), event_types: ['deployed'] } })).kind).toBe('validation');
    const badSecret = { ...dockerHook('k3'), handlers: [{ handler_type: 'custom-webhook', url: 'https://x.example', secrets: [{ name: '9lives', value: 'v' }] }] };
    expect((await failure('webhooks.create', { subscription: badSecret })).kind).toBe('validation');
    expect(fake.requests).toHaveLength(0);
    const raw = await fetch(`${fake.url}${BASE}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${fake.principals.admin.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        key: 'x-broken',
        event_filter: { domain: 'docker', event_types: ['pushed'], criteria: { anyLocal: false, includePatterns: ['**'] } },
        handlers: [{ handler_type: 'webhook', url: 'https://x.example' }],
      }),
    });
    expect(raw.status).toBe(400);
    expect(await raw.json()).toEqual({ errors: [{ status: 400, message: expect.stringContaining('repoKeys') }] });
    expect(store.subscriptions.has('x-broken')).toBe(false);
  });

  it('PUTs an edit; a kept secret stays stored (sent back as the platform holds it), a new one replaces it', async () => {
    await ok('webhooks.create', { subscription: dockerHook('docker-edit') });
    fake.clearRequests();
    const kept = { ...dockerHook('docker-edit'), event_types: ['pushed', 'deleted'], handlers: [{ ...dockerHook('x').handlers[0], secret: undefined, keep_secret: true }] };
    const updated = await ok<WebhookView>('webhooks.update', { key: 'docker-edit', subscription: kept });
    expect(fake.requests.map((r) => [r.method, r.path, r.status])).toEqual([
      ['GET', `${BASE}/docker-edit`, 200],
      ['PUT', `${BASE}/docker-edit`, 204],
      ['GET', `${BASE}/docker-edit`, 200],
    ]);
    const put = JSON.parse(fake.requests[1].bodyText) as { handlers: Record<string, unknown>[] };
    expect(put.handlers[0].secret).toBe(SECRET_MASK);
    expect(put.handlers[0]).not.toHaveProperty('keep_secret');
    expect(updated.event_types).toEqual(['pushed', 'deleted']);
    expect((store.subscriptions.get('docker-edit')!.handlers as { secret: string }[])[0].secret).toBe(SECRET);
    fake.clearRequests();
    await ok('webhooks.update', { key: 'docker-edit', subscription: { ...dockerHook('docker-edit'), handlers: [{ ...dockerHook('x').handlers[0], secret: 'brand-new-secret' }] } });
    expect(fake.requests.map((r) => r.method)).toEqual(['PUT', 'GET']);
    expect((store.subscriptions.get('docker-edit')!.handlers as { secret: string }[])[0].secret).toBe('brand-new-secret');
  });

  it('with secrets in clear in answers (the spec samples), a kept secret is sent back in clear and never reaches the renderer', async () => {
    store.secretEcho = 'clear';
    await ok('webhooks.create', { subscription: dockerHook('docker-clear') });
    fake.clearRequests();
    const view = await ok<WebhookView>('webhooks.update', {
      key: 'docker-clear',
      subscription: { ...dockerHook('docker-clear'), handlers: [{ ...dockerHook('x').handlers[0], secret: undefined, keep_secret: true }] },
    });
    expect((JSON.parse(fake.requests[1].bodyText) as { handlers: { secret: string }[] }).handlers[0].secret).toBe(SECRET);
    expect(JSON.stringify(view)).not.toContain(SECRET);
  });

  it('the key cannot change: the body carries the path key; 404 for an unknown key', async () => {
    await ok('webhooks.create', { subscription: dockerHook('docker-key') });
    fake.clearRequests();
    await ok('webhooks.update', { key: 'docker-key', subscription: { ...dockerHook('other-key'), handlers: [{ ...dockerHook('x').handlers[0] }] } });
    expect((JSON.parse(fake.requests[0].bodyText) as { key: string }).key).toBe('docker-key');
    expect(store.subscriptions.has('other-key')).toBe(false);
    expect(await failure('webhooks.update', { key: 'missing-key', subscription: dockerHook('missing-key') })).toMatchObject({ kind: 'http', status: 404 });
  });

  it('disables and enables: reads, then PUTs the subscription back with only enabled changed', async () => {
    await ok('webhooks.create', { subscription: dockerHook('docker-toggle') });
    fake.clearRequests();
    const off = await ok<WebhookView>('webhooks.setEnabled', { key: 'docker-toggle', enabled: false });
    expect(off.enabled).toBe(false);
    expect(fake.requests.map((r) => [r.method, r.status])).toEqual([
      ['GET', 200],
      ['PUT', 204],
      ['GET', 200],
    ]);
    expect(store.subscriptions.get('docker-toggle')!.enabled).toBe(false);
    expect((store.subscriptions.get('docker-toggle')!.handlers as { secret: string }[])[0].secret).toBe(SECRET);
    expect((await ok<WebhookView>('webhooks.setEnabled', { key: 'docker-toggle', enabled: true })).enabled).toBe(true);
  });

  it('DELETEs (204); 404 after', async () => {
    await ok('webhooks.create', { subscription: dockerHook('docker-gone') });
    fake.clearRequests();
    await ok('webhooks.delete', { key: 'docker-gone' });
    expect(onlyRequest()).toMatchObject({ method: 'DELETE', path: `${BASE}/docker-gone`, status: 204 });
    expect(store.subscriptions.has('docker-gone')).toBe(false);
    expect(await failure('webhooks.delete', { key: 'docker-gone' })).toMatchObject({ kind: 'http', status: 404 });
  });

  it('refuses every mutation on a read-only instance without sending', async () => {
    for (const [name, input] of [
      ['webhooks.create', { subscription: dockerHook('ro-hook') }],
      ['webhooks.update', { key: 'artifact-audit', subscription: dockerHook('artifact-audit') }],
      ['webhooks.setEnabled', { key: 'artifact-audit', enabled: false }],
      ['webhooks.delete', { key: 'artifact-audit' }],
      ['webhooks.import', { sourceInstanceId: world.state().admin, keys: ['artifact-audit'] }],
    ] as const) {
      expect((await failure(name, input, readOnly)).kind, name).toBe('read-only');
    }
    expect(fake.requests).toHaveLength(0);
  });
});

describe('webhooks: the fake rotates a custom secret alone', () => {
  it('PUT …/{key}/secrets/{name} (text/plain) replaces that value; 404 for an unknown name', async () => {
    await ok('webhooks.create', {
      subscription: {
        key: 'custom-rotate',
        domain: 'user',
        event_types: ['locked'],
        handlers: [{ handler_type: 'custom-webhook', url: 'https://c.example', secrets: [{ name: 'token', value: 'old-value' }] }],
      },
    });
    const put = (name: string) =>
      fetch(`${fake.url}${BASE}/custom-rotate/secrets/${name}`, {
        method: 'PUT',
        headers: { authorization: `Bearer ${fake.principals.admin.token}`, 'content-type': 'text/plain' },
        body: 'new-value',
      });
    expect((await put('token')).status).toBe(200);
    expect((store.subscriptions.get('custom-rotate')!.handlers as { secrets: unknown[] }[])[0].secrets).toEqual([{ name: 'token', value: 'new-value' }]);
    expect((await put('nope')).status).toBe(404);
  });
});

describe('webhooks: the test call really delivers', () => {
  it('signs the event with HMAC-SHA256 in X-JFrog-Event-Auth, with custom headers', async () => {
    const report = await ok<WebhookTestReport>('webhooks.test', { subscription: dockerHook('docker-test') });
    expect(report).toEqual({ result: 'success', message: 'Test is successful' });
    expect(onlyRequest()).toMatchObject({ method: 'POST', path: `${BASE}/test`, status: 200, body: { key: 'docker-test', event_filter: { domain: 'docker' } } });
    expect(receiver.received).toHaveLength(1);
    const [delivery] = receiver.received;
    expect(delivery).toMatchObject({ method: 'POST', path: '/docker', headers: { 'x-team': 'ci', 'content-type': 'application/json' } });
    expect(JSON.parse(delivery.body)).toMatchObject({ domain: 'docker', event_type: 'pushed', data: { repo_key: expect.any(String) } });
    expect(signatureMatches(SECRET, delivery.body, delivery.headers['x-jfrog-event-auth'])).toBe(true);
    expect(delivery.body).not.toContain(SECRET);
  });

  it('without signing, the secret itself is the X-JFrog-Event-Auth header', async () => {
    const sub = dockerHook('docker-plain');
    sub.handlers[0].use_secret_for_signing = false;
    await ok('webhooks.test', { subscription: sub });
    expect(receiver.received[0].headers['x-jfrog-event-auth']).toBe(SECRET);
  });

  it('an edit that keeps its secret tests with the stored one', async () => {
    await ok('webhooks.create', { subscription: dockerHook('docker-keep-test') });
    await ok('webhooks.test', {
      existingKey: 'docker-keep-test',
      subscription: { ...dockerHook('docker-keep-test'), handlers: [{ ...dockerHook('x').handlers[0], secret: undefined, keep_secret: true }] },
    });
    const [delivery] = receiver.received;
    expect(signatureMatches(SECRET, delivery.body, delivery.headers['x-jfrog-event-auth'])).toBe(true);
  });

  it('a custom webhook gets its rendered payload and headers with the secret filled in', async () => {
    const sub = {
      key: 'custom-build',
      domain: 'build',
      event_types: ['uploaded'],
      criteria: { anyBuild: true },
      handlers: [
        {
          handler_type: 'custom-webhook',
          url: `${receiver.url}/custom`,
          payload: '{"build":"{{.data.build_name}}"}',
          secrets: [{ name: 'token', value: 'tok-123' }],
          http_headers: [{ name: 'Authorization', value: 'Bearer {{.secrets.token}}' }],
        },
      ],
    };
    expect((await ok<WebhookTestReport>('webhooks.test', { subscription: sub })).result).toBe('success');
    expect(receiver.received[0]).toMatchObject({ path: '/custom', body: '{"build":"sample-build"}', headers: { authorization: 'Bearer tok-123' } });
  });

  it('a refused delivery is a failure report (200), not an error', async () => {
    receiver.answerWith(500, 'receiver is down');
    const report = await ok<WebhookTestReport>('webhooks.test', { subscription: dockerHook('docker-fail') });
    expect(report.result).toBe('failure');
    expect(report.message).toContain('HTTP 500');
  });
});

describe('webhooks: import into another saved instance', () => {
  let second: FakePlatform;
  let secondId: string;
  beforeAll(async () => {
    second = await startFakePlatform({ seed: 'minimal' });
    secondId = await world.saveInstance(second, 'Second', second.principals.admin);
  });
  afterAll(async () => second.close());

  it('creates what is new, skips what exists (409), without secrets; the source is read in main', async () => {
    await ok('webhooks.create', { subscription: dockerHook('docker-export') });
    fake.clearRequests();
    const outcomes = await ok<ImportOutcome[]>('webhooks.import', { sourceInstanceId: world.state().admin, keys: ['docker-export', 'artifact-audit'] }, secondId);
    expect(outcomes).toEqual([
      { key: 'docker-export', outcome: 'created' },
      { key: 'artifact-audit', outcome: 'skipped', message: expect.any(String), status: 409 },
    ]);
    expect(fake.requests.map((r) => [r.method, r.path])).toEqual([
      ['GET', `${BASE}/docker-export`],
      ['GET', `${BASE}/artifact-audit`],
    ]);
    const copied = webhooksState(second.state).subscriptions.get('docker-export')!;
    expect(copied.event_filter).toEqual(store.subscriptions.get('docker-export')!.event_filter);
    expect(JSON.stringify(copied)).not.toContain(SECRET);
    expect(JSON.stringify(copied)).not.toContain(SECRET_MASK);
  });

  it('the activity log records the import against the target instance, with the keys as target (never a secret)', async () => {
    const page = (await world.state().services.dispatch('activity.list', { call: 'webhooks.import' })) as {
      ok: boolean;
      value: { rows: { kind: string; entry?: { target?: string; instance?: { id: string } } }[] };
    };
    expect(page.ok).toBe(true);
    const entry = page.value.rows.find((row) => row.kind === 'single')?.entry;
    expect(entry?.target).toBe('docker-export, artifact-audit');
    expect(entry?.instance?.id).toBe(secondId);
    expect(JSON.stringify(page.value)).not.toContain(SECRET);
  });

  it('reports a key the source does not have as failed', async () => {
    const outcomes = await ok<ImportOutcome[]>('webhooks.import', { sourceInstanceId: world.state().admin, keys: ['not-there'] }, secondId);
    expect(outcomes).toEqual([{ key: 'not-there', outcome: 'failed', message: expect.stringContaining('source'), status: 404 }]);
  });
});
