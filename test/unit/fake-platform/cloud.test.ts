import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakePlatform, type FakePlatform } from '../../fake-platform';
import { json, type FakeModule } from '../../fake-platform/core/module';
import { bearer, rawRequest } from '../../support/raw-http';

const onlyModule: FakeModule = ({ route }) => {
  route('GET', '/access/api/v1/logshipping/config', () => json(200, { enabled: false }), { only: 'cloud' });
};

describe('fake platform modes', () => {
  let cloud: FakePlatform;
  let selfHosted: FakePlatform;

  beforeAll(async () => {
    [cloud, selfHosted] = await Promise.all([
      startFakePlatform({ mode: 'cloud', extraModules: [onlyModule] }),
      startFakePlatform({ mode: 'self-hosted', extraModules: [onlyModule] }),
    ]);
  });
  afterAll(() => Promise.all([cloud.close(), selfHosted.close()]));

  it('answers 404 with the error body for self-hosted-only calls on Cloud', async () => {
    const selfHostedOnly = [
      '/artifactory/api/system/license',
      '/artifactory/api/system/licenses',
      '/artifactory/api/system/configuration/webServer',
      '/artifactory/api/system/configuration/reverseProxy/nginx',
    ];
    for (const path of selfHostedOnly) {
      const onCloud = await rawRequest(`${cloud.url}${path}`, { headers: bearer(cloud.principals.admin.token) });
      expect(onCloud.status).toBe(404);
      expect(JSON.parse(onCloud.text)).toEqual({ errors: [{ status: 404, message: expect.any(String) }] });
      const onPrem = await rawRequest(`${selfHosted.url}${path}`, { headers: bearer(selfHosted.principals.admin.token) });
      expect(onPrem.status).toBe(200);
    }
  });

  it('answers 404 for cloud-only calls on a self-hosted instance', async () => {
    expect((await rawRequest(`${cloud.url}/access/api/v1/logshipping/config`, { headers: bearer(cloud.principals.admin.token) })).status).toBe(200);
    const res = await rawRequest(`${selfHosted.url}/access/api/v1/logshipping/config`, { headers: bearer(selfHosted.principals.admin.token) });
    expect(res.status).toBe(404);
    expect(JSON.parse(res.text).errors[0].code).toBe('NOT_FOUND');
  });

  it('serves health and version on Cloud as on self-hosted', async () => {
    expect((await rawRequest(`${cloud.url}/router/api/v1/system/health`)).status).toBe(200);
    expect((await rawRequest(`${cloud.url}/artifactory/api/system/version`, { headers: bearer(cloud.principals.reader.token) })).status).toBe(200);
  });
});
