import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startFakePlatform, type FakePlatform } from '../../fake-platform';
import { rawRequest } from '../../support/raw-http';

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
    const res = await rawRequest(health());
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
    expect(res.status).toBe(200);
  });

  it('answers an injected status with the error body, only `times` times', async () => {
    platform.faults.add({ kind: 'status', status: 502, path: '/access/', times: 1 });
    const failed = await rawRequest(`${platform.url}/access/api/v1/system/ping`);
    expect(failed.status).toBe(502);
    expect(JSON.parse(failed.text)).toEqual({ errors: [{ code: 'BAD_GATEWAY', message: expect.any(String) }] });
    expect((await rawRequest(`${platform.url}/access/api/v1/system/ping`)).status).toBe(200);
    const artifactory = await rawRequest(`${platform.url}/artifactory/api/system/ping`);
    expect(artifactory.status).toBe(200);
  });

  it('serves a latency before another matching fault', async () => {
    platform.faults.add({ kind: 'latency', ms: 200, times: 1 });
    platform.faults.add({ kind: 'status', status: 503, times: 1 });
    const started = Date.now();
    const res = await rawRequest(health());
    expect(Date.now() - started).toBeGreaterThanOrEqual(190);
    expect(res.status).toBe(503);
    expect((await rawRequest(health())).status).toBe(200);
  });

  it('matches by method and regular expression', async () => {
    platform.faults.add({ kind: 'status', status: 500, method: 'POST', path: /\/ping$/ });
    expect((await rawRequest(`${platform.url}/artifactory/api/system/ping`)).status).toBe(200);
    platform.faults.add({ kind: 'status', status: 500, path: /\/ping$/ });
    const res = await rawRequest(`${platform.url}/artifactory/api/system/ping`);
    expect(res.status).toBe(500);
    expect(JSON.parse(res.text).errors[0].status).toBe(500);
  });

  it('resets the connection', async () => {
    platform.faults.add({ kind: 'reset', times: 1 });
    await expect(rawRequest(health())).rejects.toMatchObject({ code: expect.stringMatching(/ECONNRESET|EPIPE/) });
    expect((await rawRequest(health())).status).toBe(200);
  });

  it('answers 200 with JSON that does not parse', async () => {
    platform.faults.add({ kind: 'malformed-json', times: 1 });
    const res = await rawRequest(health());
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/json');
    expect(() => JSON.parse(res.text)).toThrow(SyntaxError);
  });

  it('never answers a hung request, and close() still returns', async () => {
    const own = await startFakePlatform();
    own.faults.add({ kind: 'hang', times: 1 });
    let settled = false;
    const pending = rawRequest(`${own.url}/router/api/v1/system/health`).finally(() => (settled = true));
    await expect.poll(() => own.requests.length).toBe(1);
    // A later request is answered; the hung one, recorded first, is not.
    expect((await rawRequest(`${own.url}/router/api/v1/system/health`)).status).toBe(200);
    expect(own.requests.map((r) => r.status)).toEqual([0, 200]);
    expect(settled).toBe(false);
    await own.close();
    await expect(pending).rejects.toThrow();
  });

  it('holds a request until the test releases it, oldest first', async () => {
    platform.faults.add({ kind: 'hold', path: '/router/' });
    const answered: string[] = [];
    const first = rawRequest(health()).then((res) => (answered.push('first'), res));
    await platform.faults.whenHeld(1);
    expect(platform.faults.held()).toBe(1);
    const second = rawRequest(health()).then((res) => (answered.push('second'), res));
    await expect.poll(() => platform.faults.held()).toBe(2);
    expect(answered).toEqual([]);

    expect(platform.faults.release(1)).toBe(1);
    expect((await first).status).toBe(200);
    expect(answered).toEqual(['first']);
    expect(platform.faults.held()).toBe(1);
    platform.faults.clear();
    expect(platform.faults.release()).toBe(1);
    expect((await second).status).toBe(200);
  });

  it('serves a hold before another matching fault', async () => {
    platform.faults.add({ kind: 'hold', times: 1 });
    platform.faults.add({ kind: 'status', status: 503, times: 1 });
    const pending = rawRequest(health());
    await expect.poll(() => platform.faults.held()).toBe(1);
    platform.faults.release();
    expect((await pending).status).toBe(503);
    expect((await rawRequest(health())).status).toBe(200);
  });

  it('drops held requests on close()', async () => {
    const own = await startFakePlatform();
    own.faults.add({ kind: 'hold' });
    const pending = rawRequest(`${own.url}/router/api/v1/system/health`);
    await expect.poll(() => own.faults.held()).toBe(1);
    await own.close();
    expect(own.faults.held()).toBe(0);
    await expect(pending).rejects.toThrow();
  });
});
