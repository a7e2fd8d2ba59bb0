// HTTPS against the fake platform with a throwaway CA: an unknown CA fails with a plain
// sentence, the CA in the profile fixes it, and skipVerify works but is flagged.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPlatformHttp } from '../../electron/services/http/client';
import { testConnection } from '../../electron/services/instances/connection-test';
import { instanceProfileSchema, type InstanceProfile, type TlsOptions } from '../../shared/areas/instances/model';
import { startFakePlatform, type FakePlatform } from '../fake-platform';
import { makeTestPki, type TestPki } from '../support/tls';
import { apiFailureOf } from '../support/api-failure';

let fake: FakePlatform;
let pki: TestPki;
beforeAll(async () => {
  pki = await makeTestPki();
  fake = await startFakePlatform({ tls: { keyPem: pki.keyPem, certPem: pki.certPem } });
});
afterAll(async () => {
  await fake?.close();
});

const profile = (tls: Partial<TlsOptions>): InstanceProfile =>
  instanceProfileSchema.parse({ id: 'tls-1', name: 'tls', baseUrl: fake.url, authKind: 'token', tls: { skipVerify: false, ...tls }, timeoutMs: 5000 });

const VERSION = { method: 'GET', path: '/artifactory/api/system/version' } as const;

describe('HTTP client over TLS', () => {
  it('fails with a plain tls error when the CA is unknown, and sends nothing', async () => {
    fake.clearRequests();
    const error = await apiFailureOf(() => createPlatformHttp({ profile: profile({}), secret: fake.principals.admin.token }).json(VERSION));
    expect(error.kind).toBe('tls');
    expect(error.code).toBe('UNABLE_TO_VERIFY_LEAF_SIGNATURE');
    expect(error.message).toContain("Add the CA certificate in the instance's TLS options");
    expect(fake.requests).toHaveLength(0);
  });

  it('passes once the CA certificate is in the profile', async () => {
    const body = await createPlatformHttp({ profile: profile({ caCertPem: pki.caPem }), secret: fake.principals.admin.token }).json<{ version: string }>(VERSION);
    expect(body.version).toBe(fake.state.system.version);
  });

  it('passes with skipVerify', async () => {
    const body = await createPlatformHttp({ profile: profile({ skipVerify: true }), secret: fake.principals.admin.token }).json<{ version: string }>(VERSION);
    expect(body.version).toBe(fake.state.system.version);
  });
});

describe('connection test over TLS', () => {
  it('names the certificate problem and skips the later steps', async () => {
    const report = await testConnection({ profile: profile({}), secret: fake.principals.admin.token });
    expect(report.ok).toBe(false);
    expect(report.steps.map((s) => [s.id, s.state])).toEqual([
      ['reach', 'ok'],
      ['tls', 'fail'],
      ['jfrog', 'skipped'],
      ['auth', 'skipped'],
      ['version', 'skipped'],
      ['platform', 'skipped'],
    ]);
    expect(report.steps[1].detail).toContain('certificate authority this computer does not trust');
  });

  it('is all ok with the CA, and warns with skipVerify', async () => {
    const trusted = await testConnection({ profile: profile({ caCertPem: pki.caPem }), secret: fake.principals.admin.token });
    expect(trusted.ok).toBe(true);
    expect(trusted.steps.find((s) => s.id === 'tls')).toMatchObject({ state: 'ok' });

    const skipped = await testConnection({ profile: profile({ skipVerify: true }), secret: fake.principals.admin.token });
    expect(skipped.ok).toBe(true);
    expect(skipped.steps.find((s) => s.id === 'tls')).toMatchObject({ state: 'warn', detail: expect.stringContaining('switched off') });
    expect(skipped.platform).toBe('self-hosted');
  });
});
