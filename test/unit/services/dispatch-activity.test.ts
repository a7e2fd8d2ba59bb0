// The dispatcher records every mutating call it sent, in one place for every area: what
// the log holds (and never holds: an input, a secret), what it leaves out (reads, calls
// refused or invalid before anything was sent), and bulk runs' batch tags.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ACTIVITY_FILE, ActivityLog } from '../../../electron/services/activity/activity-log';
import { handlers } from '../../../electron/services/areas';
import { createDispatcher } from '../../../electron/services/dispatch';
import { silentLogger } from '../../../electron/services/log/logger';
import type { PlatformHttp, PlatformRequest } from '../../../electron/services/http/types';
import { InstanceService } from '../../../electron/services/instances/instance-service';
import { ProfileStore } from '../../../electron/services/instances/profile-store';
import { MemorySecretStore } from '../../../electron/services/secrets/memory-secret-store';
import { ApiFailure, type CallResult } from '../../../shared/errors';
import { memoryKv } from './support';

const INSTANCE_SECRET = 'inst-Secret-77aa';
const USER_PASSWORD = 'Hunter2-very-secret!';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lilypad-dispatch-activity-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function setup(answer: (req: PlatformRequest) => unknown = () => ({})) {
  const sent: PlatformRequest[] = [];
  const http: PlatformHttp = {
    request: async (req) => {
      sent.push(req);
      const body = answer(req);
      return { status: 200, headers: {}, text: JSON.stringify(body ?? {}) };
    },
    json: async <T>(req: PlatformRequest) => {
      sent.push(req);
      return answer(req) as T;
    },
    download: async () => {
      throw new Error('no downloads here');
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
  const log = new ActivityLog({ dir });
  const mainLog: unknown[][] = [];
  const dispatch = createDispatcher({
    handlers,
    appContext: {
      info: { version: '1.0.0', runtime: 'browser-host', demo: false },
      dataDir: dir,
      secrets,
      instances,
      scans: undefined as never,
      connect,
      service: <T>(_key: string, create: () => T) => create(),
    },
    connect,
    notePlatform: () => undefined,
    activity: log,
    log: { ...silentLogger, error: (message, fields) => void mainLog.push([message, fields]) },
  });
  const save = async (extra: Record<string, unknown> = {}) => {
    const result = (await dispatch('instances.save', {
      name: 'Acme Prod',
      baseUrl: 'https://artifactory.acme.test',
      authKind: 'basic-password',
      username: 'admin',
      secret: INSTANCE_SECRET,
      environment: 'PROD',
      ...extra,
    })) as CallResult<{ id: string }>;
    if (!result.ok) throw new Error(result.error.message);
    return result.value.id;
  };
  const fileText = async () => readFile(join(dir, ACTIVITY_FILE), 'utf8').catch(() => '');
  return { dispatch, sent, log, save, fileText, mainLog };
}

describe('dispatcher: activity log', () => {
  it('records a sent change with time, instance, call, target and result, and never a secret of the input', async () => {
    const { dispatch, log, save, fileText } = setup();
    const instanceId = await save();
    expect(await dispatch('users.setPassword', { instanceId, username: 'bob', password: USER_PASSWORD })).toEqual({ ok: true, value: undefined });
    const created = await dispatch('users.create', {
      instanceId,
      user: { username: 'carol', email: 'carol@acme.test', password: USER_PASSWORD, groups: [] },
    });
    expect(created.ok).toBe(true);

    const entries = await log.list();
    expect(entries.map((e) => [e.call, e.target])).toEqual([
      ['instances.save', 'Acme Prod'],
      ['users.setPassword', 'bob'],
      ['users.create', 'carol'],
    ]);
    // A new instance is named by what the save answered.
    expect(entries[0].instance).toEqual({ id: instanceId, name: 'Acme Prod', environment: 'PROD' });
    const password = entries[1];
    expect(password).toMatchObject({ v: 1, ok: true, instance: { id: instanceId, name: 'Acme Prod', environment: 'PROD' } });
    expect(Date.parse(password.at)).not.toBeNaN();
    expect(password.ms).toBeGreaterThanOrEqual(0);

    const text = await fileText();
    expect(text).toContain('"users.setPassword"');
    expect(text).not.toContain(USER_PASSWORD);
    expect(text).not.toContain(INSTANCE_SECRET);
    expect(text).not.toContain(Buffer.from(USER_PASSWORD).toString('base64'));
    expect(text).not.toContain(Buffer.from(`admin:${INSTANCE_SECRET}`).toString('base64'));
    // Inputs are not stored: no e-mail, no body.
    expect(text).not.toContain('carol@acme.test');
  });

  it('records a failure with the status and the message, scrubbed', async () => {
    const { dispatch, log, save } = setup((req) => {
      if (req.method === 'DELETE') {
        throw new ApiFailure({
          kind: 'http',
          status: 404,
          message: 'The platform has no such resource (404).',
          platformMessage: `User 'ghost' not found; password=${USER_PASSWORD}`,
        });
      }
      return {};
    });
    const instanceId = await save();
    const result = await dispatch('users.delete', { instanceId, username: 'ghost' });
    expect(result).toMatchObject({ ok: false, error: { status: 404 } });
    const failed = (await log.list()).at(-1);
    expect(failed).toMatchObject({ call: 'users.delete', target: 'ghost', ok: false, status: 404, kind: 'http' });
    expect(failed?.message).toContain("User 'ghost' not found");
    expect(failed?.message).not.toContain(USER_PASSWORD);
  });

  it('leaves out reads, invalid input, and changes refused on a read-only instance (never sent)', async () => {
    const { dispatch, log, sent, save } = setup(() => ({ username: 'bob', groups: [], realm: 'internal', status: 'enabled' }));
    const readOnly = await save({ name: 'Mirror', readOnly: true });
    const before = (await log.list()).length;
    expect(await dispatch('users.delete', { instanceId: readOnly, username: 'bob' })).toMatchObject({ ok: false, error: { kind: 'read-only' } });
    expect(await dispatch('users.delete', { instanceId: readOnly, username: '' })).toMatchObject({ ok: false, error: { kind: 'validation' } });
    expect(await dispatch('users.delete', { instanceId: 'missing', username: 'bob' })).toMatchObject({ ok: false, error: { kind: 'not-found' } });
    expect((await dispatch('users.get', { instanceId: readOnly, username: 'bob' })).ok).toBe(true);
    expect(sent.map((req) => req.method)).toEqual(['GET']);
    expect((await log.list()).length).toBe(before);
  });

  it('groups a bulk run by the batch in the call tags, and refuses malformed tags before sending', async () => {
    const { dispatch, log, sent, save } = setup();
    const instanceId = await save();
    const batch = { id: 'run-0123456789abcdef', label: 'Expire passwords' };
    for (const username of ['a1', 'a2']) {
      expect((await dispatch('users.expirePassword', { instanceId, username }, { tags: { batch } })).ok).toBe(true);
    }
    const entries = await log.list();
    expect(entries.slice(-2).map((e) => [e.target, e.batch])).toEqual([
      ['a1', batch],
      ['a2', batch],
    ]);

    const count = sent.length;
    for (const tags of [{ batch: { id: 'short' } }, { batch: { id: 'run-0123456789abcdef', label: 'x'.repeat(500) } }, { surprise: true }, 'text']) {
      expect(await dispatch('users.expirePassword', { instanceId, username: 'a3' }, { tags })).toMatchObject({ ok: false, error: { kind: 'validation' } });
    }
    expect(sent.length).toBe(count);
  });

  it('names the instance of an app change as it was before it (removing an instance)', async () => {
    const { dispatch, log, save } = setup();
    const instanceId = await save({ name: 'Old Box', environment: 'DEV' });
    expect((await dispatch('instances.remove', { id: instanceId })).ok).toBe(true);
    expect((await log.list()).at(-1)).toMatchObject({ call: 'instances.remove', target: 'Old Box', ok: true, instance: { id: instanceId, name: 'Old Box', environment: 'DEV' } });
  });

  it('still answers the call when the log cannot be written', async () => {
    const { dispatch, save, log, mainLog } = setup();
    const instanceId = await save();
    log.record = async () => {
      throw new Error('disk full');
    };
    expect(await dispatch('users.unlock', { instanceId, username: 'bob' })).toEqual({ ok: true, value: undefined });
    // Said in the main log instead.
    expect(JSON.stringify(mainLog)).toContain('disk full');
  });
});
