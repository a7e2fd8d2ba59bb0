import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { createAppServices } from '../../../electron/services/app-services';
import { EncryptedSecretStore } from '../../../electron/services/secrets/encrypted-secret-store';
import type { SecretCipher } from '../../../electron/services/secrets/secret-cipher';
import { memoryKv } from './support';

let dataDir: string;
beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'lilypad-app-'));
});
afterEach(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

const weakCipher: SecretCipher = {
  isEncryptionAvailable: () => true,
  backend: () => 'basic_text',
  encrypt: (text) => Buffer.from(text, 'utf8').reverse(),
  decrypt: (buffer) => Buffer.from(buffer).reverse().toString('utf8'),
};

it('keeps profiles in instances.json in the data dir, never the secret', async () => {
  const services = createAppServices({ dataDir, runtime: 'browser-host', version: '9.9.9', demo: true });
  const saved = await services.dispatch('instances.save', {
    name: 'Disk',
    baseUrl: 'https://acme.jfrog.io',
    authKind: 'basic-token',
    username: 'ci',
    secret: 'cmVmdGtuOjAxOjAwMDAwOnNlY3JldA',
  });
  expect(saved).toMatchObject({ ok: true, value: { name: 'Disk', platform: 'cloud', hasSecret: true } });
  const file = await readFile(join(dataDir, 'instances.json'), 'utf8');
  expect(file).toContain('"Disk"');
  expect(file).not.toContain('cmVmdGtu');
  expect(await services.dispatch('app.info', {})).toEqual({ ok: true, value: { version: '9.9.9', runtime: 'browser-host', demo: true } });
  await services.close();
});

it('secrets.status and secrets.allowWeakStorage go to the secret store', async () => {
  const secretKv = memoryKv();
  const services = createAppServices({
    dataDir,
    runtime: 'electron',
    keyValueStore: memoryKv(),
    secretStore: new EncryptedSecretStore({ cipher: weakCipher, store: secretKv }),
  });
  expect(await services.dispatch('secrets.status', {})).toMatchObject({ ok: true, value: { backend: 'memory', weakAvailable: true } });
  await services.dispatch('instances.save', { name: 'A', baseUrl: 'https://a.test', authKind: 'token', secret: 'tok-abc-123' });
  expect(secretKv.data.has('secrets')).toBe(false);
  expect(await services.dispatch('secrets.allowWeakStorage', { allow: true })).toMatchObject({ ok: true, value: { backend: 'weak' } });
  expect(JSON.stringify(secretKv.data.get('secrets'))).not.toContain('tok-abc-123');
  expect(Object.keys(secretKv.data.get('secrets') as object)).toHaveLength(1);
  expect(await services.dispatch('secrets.allowWeakStorage', { allow: 'yes' })).toMatchObject({ ok: false, error: { kind: 'validation' } });
  await services.close();
});

it('openExternal is unsupported when the host gives no opener', async () => {
  const services = createAppServices({ dataDir, runtime: 'browser-host', keyValueStore: memoryKv() });
  expect(await services.dispatch('app.openExternal', { url: 'https://example.com' })).toMatchObject({ ok: false, error: { kind: 'unsupported' } });
  await services.close();
});
