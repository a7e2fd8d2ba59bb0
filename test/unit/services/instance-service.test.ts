import { describe, expect, it } from 'vitest';
import { InstanceService, type ParsedInstanceInput } from '../../../electron/services/instances/instance-service';
import { ProfileStore } from '../../../electron/services/instances/profile-store';
import { MemorySecretStore } from '../../../electron/services/secrets/memory-secret-store';
import { instanceExportSchema, instanceInputSchema, type InstanceInput } from '../../../shared/areas/instances/model';
import { memoryKv } from './support';
import { apiFailureOf } from '../../support/api-failure';

function setup() {
  const kv = memoryKv();
  const secrets = new MemorySecretStore();
  let n = 0;
  const changed: string[] = [];
  const service = new InstanceService({ profiles: new ProfileStore(kv), secrets, newId: () => `id-${++n}`, onChange: (id) => changed.push(id) });
  return { kv, secrets, service, changed };
}

const input = (fields: Partial<InstanceInput> = {}): ParsedInstanceInput =>
  instanceInputSchema.parse({ name: 'Acme', baseUrl: 'https://artifactory.acme.test', authKind: 'basic-password', username: 'admin', secret: 'pw-1', ...fields });

describe('save', () => {
  it('creates with a new id, stores the secret apart from the profile and reports hasSecret', async () => {
    const { service, secrets, kv, changed } = setup();
    const view = await service.save(input());
    expect(view).toMatchObject({ id: 'id-1', name: 'Acme', hasSecret: true, platform: 'unknown' });
    expect(view).not.toHaveProperty('secret');
    expect(await secrets.get('id-1')).toBe('pw-1');
    expect(JSON.stringify([...kv.data.values()])).not.toContain('pw-1');
    expect(changed).toEqual(['id-1']);
  });

  it('pre-sets Cloud for *.jfrog.io hosts', async () => {
    const { service } = setup();
    expect((await service.save(input({ baseUrl: 'https://acme.jfrog.io' }))).platform).toBe('cloud');
  });

  it('on edit keeps the stored secret when none is given', async () => {
    const { service, secrets } = setup();
    const created = await service.save(input());
    const edited = await service.save(input({ id: created.id, name: 'Acme prod', secret: undefined }));
    expect(edited).toMatchObject({ id: created.id, name: 'Acme prod', hasSecret: true });
    expect(await secrets.get(created.id)).toBe('pw-1');
  });

  it('refuses a new instance without a secret and an auth kind change without one', async () => {
    const { service } = setup();
    expect(await apiFailureOf(() => service.save(input({ secret: undefined })))).toMatchObject({ kind: 'validation', issues: [{ path: 'secret' }] });
    const created = await service.save(input());
    const error = await apiFailureOf(() => service.save(input({ id: created.id, authKind: 'token', secret: undefined })));
    expect(error).toMatchObject({ kind: 'validation', issues: [{ path: 'secret' }] });
    expect(service.get(created.id)?.authKind).toBe('basic-password');
  });

  it('answers not-found for an id that does not exist', async () => {
    const { service } = setup();
    expect((await apiFailureOf(() => service.save(input({ id: 'ghost' })))).kind).toBe('not-found');
  });
});

it('remove deletes the secret too', async () => {
  const { service, secrets } = setup();
  const created = await service.save(input());
  await service.remove(created.id);
  expect(await service.list()).toEqual([]);
  expect(await secrets.get(created.id)).toBeUndefined();
  expect((await apiFailureOf(() => service.remove(created.id))).kind).toBe('not-found');
});

it('duplicate makes "<name> (copy)" with a new id and the same secret', async () => {
  const { service, secrets } = setup();
  const created = await service.save(input());
  const copy = await service.duplicate(created.id);
  expect(copy).toMatchObject({ id: 'id-2', name: 'Acme (copy)', baseUrl: created.baseUrl, hasSecret: true });
  expect(await secrets.get('id-2')).toBe('pw-1');
});

describe('export and import', () => {
  it('exports profiles only, in the documented format, with no secret anywhere', async () => {
    const { service } = setup();
    await service.save(input({ secret: 'very-secret-password' }));
    await service.save(input({ name: 'Cloud', baseUrl: 'https://acme.jfrog.io', authKind: 'token', username: undefined, secret: 'eyJhbGciOiJSUzI1NiJ9.token' }));
    const { json } = service.exportJson();
    expect(json).not.toContain('very-secret-password');
    expect(json).not.toContain('eyJhbGci');
    expect(json).not.toMatch(/"secret"/);
    const file = instanceExportSchema.parse(JSON.parse(json));
    expect(file.instances.map((i) => i.name)).toEqual(['Acme', 'Cloud']);
  });

  it('imports valid entries with new ids and no secret, reporting skipped entries with reasons', async () => {
    const { service } = setup();
    const json = JSON.stringify({
      format: 'lilypad-instances',
      version: 1,
      instances: [
        { id: 'old-1', name: 'Good', baseUrl: 'https://good.jfrog.io', authKind: 'token', secret: 'smuggled-secret' },
        { id: 'old-2', name: 'Bad URL', baseUrl: 'ftp://nope', authKind: 'token' },
        { id: 'old-3', name: '', baseUrl: 'https://x.test', authKind: 'token' },
      ],
    });
    const outcome = service.importJson(json);
    expect(outcome.imported).toBe(1);
    expect(outcome.skipped).toHaveLength(2);
    expect(outcome.skipped[0]).toMatch(/^Entry 2 \("Bad URL"\): baseUrl: /);
    expect(outcome.skipped[1]).toMatch(/^Entry 3: name: Name is required/);
    const [good] = await service.list();
    expect(good).toMatchObject({ name: 'Good', platform: 'cloud', hasSecret: false });
    expect(good.id).not.toBe('old-1');
    expect(JSON.stringify(service.exportJson())).not.toContain('smuggled-secret');
  });

  it('skips an entry that is already present and rejects a file that is not an instances file', async () => {
    const { service } = setup();
    await service.save(input());
    const { json } = service.exportJson();
    expect(service.importJson(json)).toMatchObject({ imported: 0, skipped: [expect.stringContaining('already exists')] });
    expect((await apiFailureOf(() => service.importJson('{not json'))).kind).toBe('validation');
    expect((await apiFailureOf(() => service.importJson('{"format":"other","version":1,"instances":[]}'))).kind).toBe('validation');
  });
});

describe('a stored secret stays with the host and user it was saved for', () => {
  const target = (fields: Partial<InstanceInput> = {}) => ({ baseUrl: 'https://artifactory.acme.test', authKind: 'basic-password' as const, username: 'admin', ...fields });

  it('is used for the same origin and user (another path or a trailing slash is the same place)', async () => {
    const { service } = setup();
    const { id } = await service.save(input());
    expect(await service.secretForTarget(id, target(), undefined)).toBe('pw-1');
    expect(await service.secretForTarget(id, target({ baseUrl: 'https://artifactory.acme.test:443/artifactory/' }), undefined)).toBe('pw-1');
  });

  it('is refused for another host, scheme, port, user or auth kind: the user must type it again', async () => {
    const { service } = setup();
    const { id } = await service.save(input());
    for (const changed of [
      { baseUrl: 'https://evil.example' },
      { baseUrl: 'http://artifactory.acme.test' },
      { baseUrl: 'https://artifactory.acme.test:8443' },
      { baseUrl: 'https://artifactory.acme.test.evil.example' },
      { username: 'root' },
      { authKind: 'basic-token' as const },
    ]) {
      const error = await apiFailureOf(() => service.secretForTarget(id, target(changed), undefined));
      expect(error, JSON.stringify(changed)).toMatchObject({ kind: 'validation', issues: [{ path: 'secret' }] });
    }
  });

  it('a typed secret is used as given; no id means no stored secret', async () => {
    const { service } = setup();
    const { id } = await service.save(input());
    expect(await service.secretForTarget(id, target({ baseUrl: 'https://elsewhere.test' }), 'typed')).toBe('typed');
    expect(await service.secretForTarget(undefined, target(), undefined)).toBeUndefined();
  });

  it('saving another URL or user without a new secret is refused and changes nothing; with one it is bound anew', async () => {
    const { service, secrets } = setup();
    const { id } = await service.save(input());
    for (const changed of [{ baseUrl: 'https://other.acme.test' }, { username: 'root' }]) {
      const error = await apiFailureOf(() => service.save(input({ id, secret: undefined, ...changed })));
      expect(error).toMatchObject({ kind: 'validation', issues: [{ path: 'secret', message: expect.stringContaining('enter the password or token again') }] });
    }
    expect(service.get(id)).toMatchObject({ baseUrl: 'https://artifactory.acme.test', username: 'admin' });
    await service.save(input({ id, baseUrl: 'https://other.acme.test', secret: 'pw-2' }));
    expect(await secrets.get(id)).toBe('pw-2');
  });
});

it('imports 2,000 profiles with one write of the profile file', async () => {
  const kv = memoryKv();
  let writes = 0;
  const counting = { ...kv, set: (key: string, value: unknown) => (writes++, kv.set(key, value)) };
  let n = 0;
  const service = new InstanceService({ profiles: new ProfileStore(counting), secrets: new MemorySecretStore(), newId: () => `id-${++n}` });
  const instances = Array.from({ length: 2000 }, (_, i) => ({ id: `old-${i}`, name: `Instance ${i}`, baseUrl: `https://art${i}.acme.test`, authKind: 'token' }));
  const outcome = service.importJson(JSON.stringify({ format: 'lilypad-instances', version: 1, instances }));
  expect(outcome).toMatchObject({ imported: 2000, skipped: [] });
  expect(writes).toBe(1);
  expect((await service.list()).map((profile) => profile.name)).toEqual(instances.map((entry) => entry.name));
  // The same file again: every entry is a duplicate, nothing is written.
  expect(service.importJson(JSON.stringify({ format: 'lilypad-instances', version: 1, instances })).imported).toBe(0);
  expect(writes).toBe(1);
});

describe('confirm policy', () => {
  it('defaults to auto, is saved, exported and imported, and an unknown policy is refused', async () => {
    const { service } = setup();
    expect((await service.save(input())).confirmPolicy).toBe('auto');
    const guarded = await service.save(input({ name: 'Guarded', confirmPolicy: 'typed-name' }));
    expect(service.get(guarded.id)?.confirmPolicy).toBe('typed-name');
    const { json } = service.exportJson();
    expect(JSON.parse(json).instances.map((i: { confirmPolicy: string }) => i.confirmPolicy)).toEqual(['auto', 'typed-name']);

    const other = setup().service;
    expect(other.importJson(json).imported).toBe(2);
    expect((await other.list()).map((i) => [i.name, i.confirmPolicy])).toEqual([
      ['Acme', 'auto'],
      ['Guarded', 'typed-name'],
    ]);
    // A file from before the field existed imports with the default.
    const old = JSON.stringify({ format: 'lilypad-instances', version: 1, instances: [{ id: 'x', name: 'Old', baseUrl: 'https://old.test', authKind: 'token' }] });
    const third = setup().service;
    third.importJson(old);
    expect((await third.list())[0].confirmPolicy).toBe('auto');
    expect(instanceInputSchema.safeParse({ ...input(), confirmPolicy: 'never' }).success).toBe(false);
  });
});
