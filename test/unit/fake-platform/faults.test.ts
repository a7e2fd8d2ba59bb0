import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startFakePlatform, type FakePlatform } from '../../fake-platform';
import { request } from './request';

describe('fake platform fault injection', () => {
  let platform: FakePlatform;
  const health = () => `${platform.url}/router/api/v1/system/health`;

  beforeAll(async () => {
    platform = await startFakePlatform();
  });
  afterAll(() => platform.close());
  afterEach(() => platform.faults.clear());

  it('delays matching requests by the given latency', async () => {
    platform.faults.add({ kind: 'latency', ms: 300, path: '/router/' });
    const started = Date.now();
    const res = await request(health());
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
    expect(res.status).toBe(200);
  });

  it('answers an injected status with the error body, only `times` times', async () => {
    platform.faults.add({ kind: 'status', status: 502, path: '/access/', times: 1 });
    const failed = await request(`${platform.url}/access/api/v1/system/ping`);
    expect(failed.status).toBe(502);
    expect(JSON.parse(failed.text)).toEqual({ errors: [{ code: 'BAD_GATEWAY', message: expect.any(String) }] });
    expect((await request(`${platform.url}/access/api/v1/system/ping`)).status).toBe(200);
    const artifactory = await request(`${platform.url}/artifactory/api/system/ping`);
    expect(artifactory.status).toBe(200);
  });

  it('serves a latency before another matching fault', async () => {
    platform.faults.add({ kind: 'latency', ms: 200, times: 1 });
    platform.faults.add({ kind: 'status', status: 503, times: 1 });
    const started = Date.now();
    const res = await request(health());
    expect(Date.now() - started).toBeGreaterThanOrEqual(190);
    expect(res.status).toBe(503);
    expect((await request(health())).status).toBe(200);
  });

  it('matches by method and regular expression', async () => {
    platform.faults.add({ kind: 'status', status: 500, method: 'POST', path: /\/ping$/ });
    expect((await request(`${platform.url}/artifactory/api/system/ping`)).status).toBe(200);
    platform.faults.add({ kind: 'status', status: 500, path: /\/ping$/ });
    const res = await request(`${platform.url}/artifactory/api/system/ping`);
    expect(res.status).toBe(500);
    expect(JSON.parse(res.text).errors[0].status).toBe(500);
  });

  it('resets the connection', async () => {
    platform.faults.add({ kind: 'reset', times: 1 });
    await expect(request(health())).rejects.toMatchObject({ code: expect.stringMatching(/ECONNRESET|EPIPE/) });
    expect((await request(health())).status).toBe(200);
  });

  it('answers 200 with JSON that does not parse', async () => {
    platform.faults.add({ kind: 'malformed-json', times: 1 });
    const res = await request(health());
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/json');
    expect(() => JSON.parse(res.text)).toThrow(SyntaxError);
  });

  it('never answers a hung request, and close() still returns promptly', async () => {
    const own = await startFakePlatform();
    own.faults.add({ kind: 'hang' });
    const pending = request(`${own.url}/router/api/v1/system/health`);
    const outcome = await Promise.race([pending.then(() => 'answered', () => 'failed'), new Promise((resolve) => setTimeout(() => resolve('waiting'), 400))]);
    expect(outcome).toBe('waiting');
    expect(own.requests[0]).toMatchObject({ path: '/router/api/v1/system/health', status: 0 });
    const started = Date.now();
    await own.close();
    expect(Date.now() - started).toBeLessThan(5000);
    await expect(pending).rejects.toThrow();
  });
});
