import { describe, expect, it } from 'vitest';
import { createDispatcher } from '../../../electron/services/dispatch';
import { handlers } from '../../../electron/services/areas';
import type { PlatformHttp, PlatformRequest } from '../../../electron/services/http/types';
import { InstanceService } from '../../../electron/services/instances/instance-service';
import { ProfileStore } from '../../../electron/services/instances/profile-store';
import { MemorySecretStore } from '../../../electron/services/secrets/memory-secret-store';
import { ApiFailure, type CallResult } from '../../../shared/errors';
import { memoryKv } from './support';

const SECRET = 'pa55-w0rd-xyz';

function setup(answer: (req: PlatformRequest) => unknown = () => ({ version: '7.90.1', revision: '1', addons: [] })) {
  const sent: PlatformRequest[] = [];
  const opened: string[] = [];
  const http: PlatformHttp = {
    request: async (req) => {
      sent.push(req);
      return { status: 200, headers: {}, text: JSON.stringify(answer(req)) };
    },
    json: async <T>(req: PlatformRequest) => {
      sent.push(req);
      return answer(req) as T;
    },
    download: async () => {
      throw new Error('no download in these tests');
    },
  };
  const secrets = new MemorySecretStore();
  const instances = new InstanceService({ profiles: new ProfileStore(memoryKv()), secrets });
  const connect = async (id: string) => {
    const instance = instances.get(id);
    if (!instance) throw new ApiFailure({ kind: 'not-found', message: `No instance with id ${id} exists.` });
    const secret = await secrets.get(id);
    return { instance, http, secrets: secret ? [secret] : [] };
  };
  const dispatch = createDispatcher({
    handlers,
    appContext: {
      info: { version: '1.2.3', runtime: 'browser-host', demo: false },
      dataDir: '/nonexistent',
      openExternal: async (url) => void opened.push(url),
      secrets,
      instances,
      scans: undefined as never,
      connect,
      service: () => {
        throw new Error('no area services in this test');
      },
    },
    connect,
    notePlatform: (id, kind) => instances.setPlatform(id, kind),
  });
  const save = async (extra: Record<string, unknown> = {}): Promise<string> => {
    const result = (await dispatch('instances.save', {
      name: 'Acme',
      baseUrl: 'https://artifactory.acme.test',
      authKind: 'basic-password',
      username: 'admin',
      secret: SECRET,
      ...extra,
    })) as CallResult<{ id: string }>;
    if (!result.ok) throw new Error(result.error.message);
    return result.value.id;
  };
  return { dispatch, sent, opened, save };
}

describe('dispatch', () => {
  it('answers an unknown call name with a validation error', async () => {
    const { dispatch } = setup();
    expect(await dispatch('users.explode', {})).toMatchObject({ ok: false, error: { kind: 'validation' } });
  });

  it('rejects invalid input with issues and sends nothing to the platform', async () => {
    const { dispatch, sent, save } = setup();
    const instanceId = await save();
    const result = await dispatch('users.get', { instanceId, username: '' });
    expect(result).toMatchObject({ ok: false, error: { kind: 'validation', issues: [{ path: 'username' }] } });
    const extra = await dispatch('system.overview', { instanceId, surprise: true });
    expect(extra).toMatchObject({ ok: false, error: { kind: 'validation' } });
    expect(sent).toEqual([]);
  });

  it('never echoes the secret in a validation error', async () => {
    const { dispatch } = setup();
    const result = await dispatch('instances.save', { name: '', baseUrl: `https://x.test`, authKind: 'token', secret: SECRET, color: SECRET });
    expect(result.ok).toBe(false);
    expect(JSON.stringify(result)).not.toContain(SECRET);
  });

  it('answers not-found for an unknown instance without sending anything', async () => {
    const { dispatch, sent } = setup();
    expect(await dispatch('system.overview', { instanceId: 'nope' })).toMatchObject({ ok: false, error: { kind: 'not-found' } });
    expect(sent).toEqual([]);
  });

  it('refuses a mutating call on a read-only instance with nothing sent, but lets reads through', async () => {
    const { dispatch, sent, save } = setup();
    const instanceId = await save({ readOnly: true });
    const result = await dispatch('users.delete', { instanceId, username: 'bob' });
    expect(result).toEqual({ ok: false, error: { kind: 'read-only', message: 'Acme is read-only: Lilypad does not send changes to it.' } });
    expect(sent).toEqual([]);
    const read = await dispatch('users.get', { instanceId, username: 'bob' });
    expect(read.ok).toBe(true);
    expect(sent.map((req) => `${req.method} ${req.path}`)).toEqual(['GET /access/api/v2/users/bob']);
  });

  it('passes the caller signal to every request of the handler', async () => {
    const { dispatch, sent, save } = setup();
    const instanceId = await save();
    const controller = new AbortController();
    await dispatch('users.get', { instanceId, username: 'bob' }, { signal: controller.signal });
    expect(sent[0].signal).toBe(controller.signal);
  });

  it('turns an ApiFailure into ok:false and any other throw into a scrubbed internal error', async () => {
    let mode: 'api' | 'crash' = 'api';
    const { dispatch, save } = setup(() => {
      if (mode === 'api') throw new ApiFailure({ kind: 'http', status: 404, message: 'The platform has no such resource (404).' });
      throw new Error(`exploded with Authorization: Basic ${Buffer.from(`admin:${SECRET}`).toString('base64')} and ${SECRET}`);
    });
    const instanceId = await save();
    expect(await dispatch('users.get', { instanceId, username: 'bob' })).toMatchObject({ ok: false, error: { kind: 'http', status: 404 } });
    mode = 'crash';
    const crashed = await dispatch('users.get', { instanceId, username: 'bob' });
    expect(crashed).toMatchObject({ ok: false, error: { kind: 'internal' } });
    expect(JSON.stringify(crashed)).not.toContain(SECRET);
    expect(JSON.stringify(crashed)).not.toContain(Buffer.from(`admin:${SECRET}`).toString('base64'));
  });

  it('app calls: info, openExternal with http(s) only, instance list without secrets', async () => {
    const { dispatch, opened, save } = setup();
    expect(await dispatch('app.info', {})).toEqual({ ok: true, value: { version: '1.2.3', runtime: 'browser-host', demo: false } });
    expect((await dispatch('app.openExternal', { url: 'https://jfrog.com/help' })).ok).toBe(true);
    expect(await dispatch('app.openExternal', { url: 'file:///etc/passwd' })).toMatchObject({ ok: false, error: { kind: 'validation' } });
    expect(await dispatch('app.openExternal', { url: 'javascript:alert(1)' })).toMatchObject({ ok: false });
    expect(opened).toEqual(['https://jfrog.com/help']);
    await save();
    const list = await dispatch('instances.list', undefined);
    expect(list).toMatchObject({ ok: true, value: [{ name: 'Acme', hasSecret: true }] });
    expect(JSON.stringify(list)).not.toContain(SECRET);
  });
});
