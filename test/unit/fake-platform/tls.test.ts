import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakePlatform, type FakePlatform } from '../../fake-platform';
import { makeTestPki, type TestPki } from '../../support/tls';
import { rawRequest } from '../../support/raw-http';

describe('fake platform over HTTPS with the test PKI', () => {
  let pki: TestPki;
  let platform: FakePlatform;

  beforeAll(async () => {
    pki = await makeTestPki();
    platform = await startFakePlatform({ tls: { keyPem: pki.keyPem, certPem: pki.certPem } });
  });
  afterAll(async () => {
    await platform.close();
    await rm(pki.dir, { recursive: true, force: true });
  });

  it('serves HTTPS that verifies against the test CA, by IP and by localhost', async () => {
    expect(platform.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
    const byIp = await rawRequest(`${platform.url}/artifactory/api/system/ping`, { ca: pki.caPem });
    expect([byIp.status, byIp.text]).toEqual([200, 'OK']);
    const byName = await rawRequest(`${platform.url.replace('127.0.0.1', 'localhost')}/artifactory/api/system/ping`, { ca: pki.caPem });
    expect(byName.status).toBe(200);
  });

  it('fails certificate verification without the CA', async () => {
    await expect(rawRequest(`${platform.url}/artifactory/api/system/ping`)).rejects.toMatchObject({
      code: expect.stringMatching(/UNABLE_TO_VERIFY_LEAF_SIGNATURE|SELF_SIGNED|UNABLE_TO_GET_ISSUER/),
    });
  });

  it('writes the PEM files it returns', async () => {
    const { readFile } = await import('node:fs/promises');
    expect(await readFile(pki.caPath, 'utf8')).toBe(pki.caPem);
    expect(pki.certPem).toMatch(/BEGIN CERTIFICATE/);
    expect(pki.keyPem).toMatch(/PRIVATE KEY/);
    expect(pki.certPath.startsWith(pki.dir)).toBe(true);
  });
});
