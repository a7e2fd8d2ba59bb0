import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createConfStore } from '../../../electron/services/instances/conf-store';
import { ProfileStore } from '../../../electron/services/instances/profile-store';
import { EncryptedSecretStore } from '../../../electron/services/secrets/encrypted-secret-store';
import { MemorySecretStore } from '../../../electron/services/secrets/memory-secret-store';
import type { SecretCipher } from '../../../electron/services/secrets/secret-cipher';
import { instanceProfileSchema, type InstanceProfile } from '../../../shared/areas/instances/model';

let dataDir: string;
beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'lilypad-stores-'));
});
afterEach(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

const profile = (id: string, name = `Instance ${id}`): InstanceProfile =>
  instanceProfileSchema.parse({ id, name, baseUrl: 'https://artifactory.example.com', authKind: 'basic-password', username: 'admin' });

/** A reversible fake of safeStorage: XOR, so ciphertext never equals the plaintext. */
function fakeCipher(backend: string, available = true): SecretCipher {
  const xor = (buffer: Buffer) => Buffer.from(buffer.map((byte) => byte ^ 0x5a));
  return {
    isEncryptionAvailable: () => available,
    backend: () => backend,
    encrypt: (text) => xor(Buffer.from(`v1:${text}`)),
    decrypt: (buffer) => xor(buffer).toString('utf8').replace(/^v1:/, ''),
  };
}

describe('ProfileStore over conf', () => {
  it('persists profiles in instances.json in the data dir and reads them back in a new store', async () => {
    const store = new ProfileStore(createConfStore(dataDir));
    store.put(profile('a'));
    store.put(profile('b'));
    store.put({ ...profile('a'), name: 'Renamed' });
    expect(await readdir(dataDir)).toContain('instances.json');

    const reopened = new ProfileStore(createConfStore(dataDir));
    expect(reopened.list().map((p) => [p.id, p.name])).toEqual([
      ['a', 'Renamed'],
      ['b', 'Instance b'],
    ]);
    expect(reopened.get('b')?.username).toBe('admin');
    expect(reopened.get('zzz')).toBeUndefined();
  });

  it('removes by id and says whether anything was removed', () => {
    const store = new ProfileStore(createConfStore(dataDir));
    store.put(profile('a'));
    expect(store.remove('a')).toBe(true);
    expect(store.remove('a')).toBe(false);
    expect(new ProfileStore(createConfStore(dataDir)).list()).toEqual([]);
  });

  it('skips a stored entry that no longer parses instead of failing the list', () => {
    const kv = createConfStore(dataDir);
    kv.set('profiles', [profile('ok'), { id: 'broken', name: '', baseUrl: 'nope' }]);
    expect(new ProfileStore(kv).list().map((p) => p.id)).toEqual(['ok']);
  });

  it('hands out copies: changing a returned profile does not change the store', () => {
    const store = new ProfileStore(createConfStore(dataDir));
    store.put(profile('a'));
    const got = store.get('a') as InstanceProfile;
    got.name = 'mutated';
    expect(store.get('a')?.name).toBe('Instance a');
  });
});

describe('MemorySecretStore', () => {
  it('keeps, returns and deletes secrets and reports the memory backend', async () => {
    const store = new MemorySecretStore();
    await store.set('a', 'pw');
    expect(await store.get('a')).toBe('pw');
    await store.delete('a');
    expect(await store.get('a')).toBeUndefined();
    expect(await store.status()).toMatchObject({ backend: 'memory', weakAvailable: false });
  });
});

describe('EncryptedSecretStore', () => {
  it('with an OS keyring, persists base64 ciphertext that is not the plaintext, readable by a new store', async () => {
    const kv = createConfStore(dataDir, 'secrets');
    const store = new EncryptedSecretStore({ cipher: fakeCipher('gnome_libsecret'), store: kv });
    await store.set('inst-1', 'Sup3rSecret!');
    const file = await readFile(join(dataDir, 'secrets.json'), 'utf8');
    expect(file).not.toContain('Sup3rSecret!');
    expect(file).not.toContain(Buffer.from('Sup3rSecret!').toString('base64'));
    const stored = (kv.get('secrets') as Record<string, string>)['inst-1'];
    expect(Buffer.from(stored, 'base64').length).toBeGreaterThan(0);

    const reopened = new EncryptedSecretStore({ cipher: fakeCipher('gnome_libsecret'), store: createConfStore(dataDir, 'secrets') });
    expect(await reopened.get('inst-1')).toBe('Sup3rSecret!');
    expect(await reopened.status()).toMatchObject({ backend: 'os', weakAvailable: false });
    await reopened.delete('inst-1');
    expect(await new EncryptedSecretStore({ cipher: fakeCipher('gnome_libsecret'), store: createConfStore(dataDir, 'secrets') }).get('inst-1')).toBeUndefined();
  });

  it('with basic_text and no opt-in, keeps secrets in memory only and offers weak storage', async () => {
    const kv = createConfStore(dataDir, 'secrets');
    const store = new EncryptedSecretStore({ cipher: fakeCipher('basic_text'), store: kv });
    await store.set('inst-1', 'pw-in-memory');
    expect(await store.get('inst-1')).toBe('pw-in-memory');
    expect(kv.get('secrets')).toBeUndefined();
    expect(await store.status()).toMatchObject({ backend: 'memory', weakAvailable: true });
    // A new session (new store over the same file) has nothing.
    expect(await new EncryptedSecretStore({ cipher: fakeCipher('basic_text'), store: createConfStore(dataDir, 'secrets') }).get('inst-1')).toBeUndefined();
  });

  it('after allowWeakStorage(true), moves memory secrets to disk and remembers the choice', async () => {
    const store = new EncryptedSecretStore({ cipher: fakeCipher('basic_text'), store: createConfStore(dataDir, 'secrets') });
    await store.set('inst-1', 'typed-before');
    expect(await store.allowWeakStorage(true)).toMatchObject({ backend: 'weak', weakAvailable: false });
    await store.set('inst-2', 'typed-after');

    const next = new EncryptedSecretStore({ cipher: fakeCipher('basic_text'), store: createConfStore(dataDir, 'secrets') });
    expect(await next.status()).toMatchObject({ backend: 'weak' });
    expect(await next.get('inst-1')).toBe('typed-before');
    expect(await next.get('inst-2')).toBe('typed-after');
    expect(await readFile(join(dataDir, 'secrets.json'), 'utf8')).not.toContain('typed-');
  });

  it('withdrawing the opt-in deletes the weak ciphertexts but keeps this session working', async () => {
    const kv = createConfStore(dataDir, 'secrets');
    const store = new EncryptedSecretStore({ cipher: fakeCipher('basic_text'), store: kv });
    await store.allowWeakStorage(true);
    await store.set('inst-1', 'pw');
    expect(await store.allowWeakStorage(false)).toMatchObject({ backend: 'memory', weakAvailable: true });
    expect(kv.get('secrets')).toBeUndefined();
    expect(await store.get('inst-1')).toBe('pw');
  });

  it('falls back to memory when encryption is not available at all', async () => {
    const kv = createConfStore(dataDir, 'secrets');
    const store = new EncryptedSecretStore({ cipher: fakeCipher('gnome_libsecret', false), store: kv });
    await store.set('inst-1', 'pw');
    expect(kv.get('secrets')).toBeUndefined();
    expect(await store.get('inst-1')).toBe('pw');
    expect(await store.status()).toMatchObject({ backend: 'memory', weakAvailable: false });
  });
});
