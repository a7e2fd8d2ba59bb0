// Malformed input on every call answers a validation error through the browser host,
// with the real services, and nothing reaches the (fake) JFrog platform.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CALL_NAMES } from '../../shared/api/call-names';
import { contract } from '../../shared/api/contract';
import { createAppServices } from '../../electron/services/app-services';
import type { AppServices } from '../../electron/services/app-services-types';
import { startBrowserHost, type BrowserHost } from '../../electron/host/browser-host';
import { startFakePlatform, type FakePlatform } from '../fake-platform/index';
import { TEST_TOKEN, fakeRendererDir } from './support';
import { rawRequest } from '../support/raw-http';

let platform: FakePlatform;
let services: AppServices;
let host: BrowserHost;
let instanceId: string;

async function post(name: string, body: string): Promise<{ status: number; result: { ok: boolean; error?: { kind: string } } }> {
  const response = await rawRequest(host.origin, {
    method: 'POST',
    path: `/api/call/${name}`,
    headers: { host: new URL(host.origin).host, 'content-type': 'application/json', 'x-lilypad-session': TEST_TOKEN },
    body,
  });
  return { status: response.status, result: JSON.parse(response.text) as { ok: boolean; error?: { kind: string } } };
}

beforeAll(async () => {
  platform = await startFakePlatform();
  services = createAppServices({ dataDir: mkdtempSync(join(tmpdir(), 'lilypad-bridge-data-')), runtime: 'browser-host' });
  host = await startBrowserHost({ services, staticDir: fakeRendererDir().staticDir, token: TEST_TOKEN });
  const { admin } = platform.principals;
  const saved = await post('instances.save', JSON.stringify({ name: 'fake', baseUrl: platform.url, authKind: 'basic-password', username: admin.username, secret: admin.password }));
  expect(saved.result.ok).toBe(true);
  instanceId = (saved.result as unknown as { value: { id: string } }).value.id;
});
afterAll(async () => {
  await host?.close();
  await services?.close();
  await platform?.close();
});

describe('malformed input through the browser host (real services)', () => {
  const shapes = ['{"bogus":1}', '42', 'null', '"text"', '[]', 'true'];
  // The dispatcher reads a missing input (undefined/null) as {}: for calls that take no
  // input, null is "no input", not malformed.
  const takesNoInput = (name: (typeof CALL_NAMES)[number]) => contract[name].input.safeParse({}).success;

  it('answers {ok:false, kind:"validation"} for every call and every malformed shape, sending nothing', async () => {
    platform.clearRequests();
    for (const name of CALL_NAMES) {
      for (const body of shapes.filter((shape) => !(shape === 'null' && takesNoInput(name)))) {
        const { status, result } = await post(name, body);
        expect(status, `${name} ${body}`).toBe(200);
        expect(result, `${name} ${body}`).toMatchObject({ ok: false, error: { kind: 'validation' } });
      }
    }
    expect(platform.requests).toEqual([]);
  });

  it('refuses unknown fields beside a real instance id on every instance call, sending nothing', async () => {
    const instanceCalls = CALL_NAMES.filter((name) => contract[name].scope === 'instance');
    expect(instanceCalls.length).toBeGreaterThan(10);
    platform.clearRequests();
    for (const name of instanceCalls) {
      const { result } = await post(name, JSON.stringify({ instanceId, bogus: 1 }));
      expect(result, name).toMatchObject({ ok: false, error: { kind: 'validation' } });
    }
    expect(platform.requests).toEqual([]);
  });

  it('answers unknown call names with a validation error', async () => {
    const { status, result } = await post('no.such.call', '{}');
    expect(status).toBe(200);
    expect(result).toMatchObject({ ok: false, error: { kind: 'validation' } });
  });

  it('(control) a well-formed call does reach the platform', async () => {
    platform.clearRequests();
    const { result } = await post('system.routerHealth', JSON.stringify({ instanceId }));
    expect(result.ok).toBe(true);
    expect(platform.requests.length).toBeGreaterThan(0);
  });
});
