// The connection test of a JFrog Cloud instance reports its route: how the host resolves
// (through the DNS seam: private or public answers without real DNS), each address private
// or public, and the caveats. A self-hosted instance gets no such step.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAppServices } from '../../electron/services/app-services';
import type { AppServices } from '../../electron/services/app-services-types';
import { useRouteResolver } from '../../electron/services/instances/private-route';
import type { ConnectionReport } from '../../shared/areas/instances/model';
import { startFakePlatform, type FakePlatform } from '../fake-platform';

let cloud: FakePlatform;
let selfHosted: FakePlatform;
let services: AppServices;
let dataDir: string;
let restore: (() => void) | undefined;

beforeAll(async () => {
  cloud = await startFakePlatform({ mode: 'cloud', seed: 'minimal' });
  selfHosted = await startFakePlatform({ seed: 'minimal' });
  dataDir = await mkdtemp(join(tmpdir(), 'lilypad-route-'));
  services = createAppServices({ dataDir, runtime: 'browser-host' });
});
afterAll(async () => {
  await services?.close();
  await Promise.all([cloud?.close(), selfHosted?.close()]);
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});
afterEach(() => restore?.());

async function runTest(platform: FakePlatform): Promise<ConnectionReport> {
  const result = await services.dispatch('instances.testConnection', { name: 'x', baseUrl: platform.url, authKind: 'token', secret: platform.principals.admin.token });
  if (!result.ok) throw new Error(result.error.message);
  return result.value as ConnectionReport;
}

describe('private route in the connection test', () => {
  it('names private addresses as private: a private route', async () => {
    const asked: string[] = [];
    restore = useRouteResolver(async (host) => {
      asked.push(host);
      return [
        { address: '10.0.3.7', family: 4 },
        { address: 'fd00::7', family: 6 },
      ];
    });
    const report = await runTest(cloud);
    expect(asked).toEqual(['127.0.0.1']);
    const step = report.steps.find((s) => s.id === 'route');
    expect(step?.state).toBe('ok');
    expect(step?.detail).toContain('10.0.3.7 (private');
    expect(step?.detail).toContain('fd00::7 (private');
    expect(step?.detail).toContain('private route');
    expect(report.route).toMatchObject({
      verdict: 'private',
      addresses: [
        { address: '10.0.3.7', kind: 'private' },
        { address: 'fd00::7', kind: 'private' },
      ],
    });
    expect(report.ok).toBe(true);
  });

  it('public addresses: the public Internet; a mix warns', async () => {
    restore = useRouteResolver(async () => [{ address: '52.20.1.2', family: 4 }]);
    const pub = await runTest(cloud);
    expect(pub.steps.find((s) => s.id === 'route')?.detail).toContain('52.20.1.2 (public)');
    expect(pub.route?.verdict).toBe('public');
    restore();
    restore = useRouteResolver(async () => [
      { address: '10.0.0.1', family: 4 },
      { address: '52.20.1.2', family: 4 },
    ]);
    expect((await runTest(cloud)).steps.find((s) => s.id === 'route')?.state).toBe('warn');
  });

  it('a DNS failure is a warning, not a failed test', async () => {
    restore = useRouteResolver(async () => {
      throw new Error('ENOTFOUND');
    });
    const report = await runTest(cloud);
    expect(report.steps.find((s) => s.id === 'route')).toMatchObject({ state: 'warn' });
    expect(report.ok).toBe(true);
  });

  it('a self-hosted instance has no route step', async () => {
    const report = await runTest(selfHosted);
    expect(report.steps.find((s) => s.id === 'platform')?.detail).toBeTruthy();
    expect(report.steps.map((s) => s.id)).not.toContain('route');
    expect(report.route).toBeUndefined();
  });
});
