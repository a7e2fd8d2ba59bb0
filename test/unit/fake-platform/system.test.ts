import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startFakePlatform, type FakePlatform } from '../../fake-platform';
import { healthyServices } from '../../fake-platform/core/state';
import { makeLicenseKey } from '../../fake-platform/support/license-keys';
import { bearer, rawRequest } from '../../support/raw-http';

describe('fake platform system module', () => {
  let platform: FakePlatform;
  const adminAuth = () => bearer(platform.principals.admin.token);

  beforeAll(async () => {
    platform = await startFakePlatform({ nodeId: 'art-1' });
  });
  afterAll(() => platform.close());
  beforeEach(() => {
    platform.state.system.health.router.state = 'HEALTHY';
    platform.state.system.health.services = healthyServices('art-1');
    platform.state.system.ready = true;
  });

  it('reports 200 with every service when all are healthy, without auth', async () => {
    const res = await rawRequest(`${platform.url}/router/api/v1/system/health`);
    expect(res.status).toBe(200);
    const body = JSON.parse(res.text);
    expect(body.router).toEqual({ node_id: 'art-1', state: 'HEALTHY', message: 'OK' });
    expect(body.services.map((s: { service_id: string }) => s.service_id)).toContain('jfrt@art-1');
  });

  it('reports 503 and the failing state when one service is unhealthy', async () => {
    const access = platform.state.system.health.services.find((s) => s.service_id === 'jfac@art-1')!;
    access.state = 'UNHEALTHY';
    access.message = 'database connection lost';
    const res = await rawRequest(`${platform.url}/router/api/v1/system/health`);
    expect(res.status).toBe(503);
    expect(JSON.parse(res.text).services).toContainEqual({ service_id: 'jfac@art-1', node_id: 'art-1', state: 'UNHEALTHY', message: 'database connection lost' });
  });

  it('reports 503 when the router itself is unhealthy', async () => {
    platform.state.system.health.router.state = 'UNHEALTHY_PEER';
    expect((await rawRequest(`${platform.url}/router/api/v1/system/health`)).status).toBe(503);
  });

  it('answers the probes and fails readiness when not ready', async () => {
    expect(JSON.parse((await rawRequest(`${platform.url}/artifactory/api/v1/system/liveness`)).text)).toEqual({ code: 'OK' });
    expect((await rawRequest(`${platform.url}/artifactory/api/v1/system/readiness`)).status).toBe(200);
    expect((await rawRequest(`${platform.url}/router/api/v1/system/readiness`)).status).toBe(200);
    expect((await rawRequest(`${platform.url}/access/api/v1/system/ping`)).text).toBe('OK');
    const ping = await rawRequest(`${platform.url}/artifactory/api/system/ping`);
    expect([ping.status, ping.text]).toEqual([200, 'OK']);

    platform.state.system.ready = false;
    expect((await rawRequest(`${platform.url}/artifactory/api/v1/system/readiness`)).status).toBe(503);
    expect((await rawRequest(`${platform.url}/artifactory/api/system/ping`)).status).toBe(503);
    expect((await rawRequest(`${platform.url}/router/api/v1/system/liveness`)).status).toBe(200);
  });

  it('returns the version to any user and the system text to admins only', async () => {
    const version = await rawRequest(`${platform.url}/artifactory/api/system/version`, { headers: bearer(platform.principals.reader.token) });
    expect(JSON.parse(version.text)).toMatchObject({ version: platform.state.system.version, revision: platform.state.system.revision, addons: expect.any(Array) });
    expect((await rawRequest(`${platform.url}/artifactory/api/system`, { headers: bearer(platform.principals.reader.token) })).status).toBe(403);
  });

  it('serves the license and installs, lists and removes license keys', async () => {
    const license = JSON.parse((await rawRequest(`${platform.url}/artifactory/api/system/license`, { headers: adminAuth() })).text);
    expect(license).toEqual({ type: 'Enterprise Plus', validThrough: 'Dec 31, 2027', licensedTo: 'Lilypad Test Org' });

    const key = makeLicenseKey({ type: 'Edge', validThrough: 'Jan 1, 2030', licensedTo: 'Branch Office' });
    const single = await rawRequest(`${platform.url}/artifactory/api/system/licenses`, { method: 'POST', headers: adminAuth(), body: JSON.stringify({ licenseKey: key }) });
    expect(single.status).toBe(200);
    expect(JSON.parse(single.text)).toMatchObject({ status: 200, message: expect.stringMatching(/installed/) });

    const many = await rawRequest(`${platform.url}/artifactory/api/system/licenses`, {
      method: 'POST',
      headers: adminAuth(),
      body: JSON.stringify([{ licenseKey: key }, { licenseKey: 'bad key!' }]),
    });
    expect(JSON.parse(many.text).messages).toEqual({ [key]: expect.stringMatching(/already exists/), 'bad key!': 'Invalid license key' });
    expect(many.status).toBe(400);

    const list = JSON.parse((await rawRequest(`${platform.url}/artifactory/api/system/licenses`, { headers: adminAuth() })).text);
    const edge = list.find((l: { licensedTo: string }) => l.licensedTo === 'Branch Office');
    expect(edge).toMatchObject({ type: 'Edge', nodeId: 'art-1', expired: false, licenseHash: expect.stringMatching(/^[0-9a-f]{40}$/) });

    const removed = await rawRequest(`${platform.url}/artifactory/api/system/licenses?licenseHash=${edge.licenseHash}`, { method: 'DELETE', headers: adminAuth() });
    expect(removed.status).toBe(200);
    expect(platform.state.system.licenses.some((l) => l.licensedTo === 'Branch Office')).toBe(false);
  });

  it('forbids license calls to a non-admin', async () => {
    const res = await rawRequest(`${platform.url}/artifactory/api/system/licenses`, { headers: bearer(platform.principals.reader.token) });
    expect(res.status).toBe(403);
  });
});
