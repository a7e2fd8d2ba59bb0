// Bridge overhead: the same `system.version`-sized call made raw, through the services
// (dispatch → validation → platform client) and through the browser host (HTTP + token).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startFakePlatform } from '../fake-platform/index';
import { createAppServices } from '../../electron/services/app-services';
import { startBrowserHost } from '../../electron/host/browser-host';
import { timeLoop } from './timing';

const CALLS = 2_000;

export async function benchBridge(): Promise<Record<string, number | string>> {
  const platform = await startFakePlatform({ seed: 'minimal' });
  const services = createAppServices({ dataDir: mkdtempSync(join(tmpdir(), 'lilypad-bench-')), runtime: 'browser-host' });
  const host = await startBrowserHost({ services, staticDir: join(process.cwd(), 'dist', 'renderer') });
  try {
    const { admin } = platform.principals;
    const saved = await services.dispatch('instances.save', {
      name: 'bench', baseUrl: platform.url, authKind: 'basic-password', username: admin.username, secret: admin.password,
    });
    if (!saved.ok) throw new Error(`could not save the bench instance: ${saved.error.message}`);
    const instanceId = (saved.value as { id: string }).id;
    const versionUrl = `${platform.url}/artifactory/api/system/version`;
    const auth = `Basic ${Buffer.from(`${admin.username}:${admin.password}`).toString('base64')}`;

    const raw = await timeLoop(CALLS, async () => {
      const response = await fetch(versionUrl, { headers: { authorization: auth } });
      JSON.parse(await response.text());
    });
    const viaServices = await timeLoop(CALLS, async () => {
      const result = await services.dispatch('system.version', { instanceId });
      if (!result.ok) throw new Error(result.error.message);
    });
    const callUrl = `${host.origin}/api/call/system.version`;
    const viaHost = await timeLoop(CALLS, async () => {
      const response = await fetch(callUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-lilypad-session': host.token },
        body: JSON.stringify({ instanceId }),
      });
      const result = JSON.parse(await response.text()) as { ok: boolean };
      if (!result.ok) throw new Error('host call failed');
    });
    return {
      'bridge: calls per path': CALLS,
      'bridge: raw fetch+JSON.parse (ms)': round(raw),
      'bridge: services (ms)': round(viaServices),
      'bridge: browser host (ms)': round(viaHost),
      'bridge: services / raw (target ≤ 1.3)': round(viaServices / raw, 2),
      'bridge: browser host / raw (target ≤ 2)': round(viaHost / raw, 2),
    };
  } finally {
    await host.close();
    await services.close();
    await platform.close();
  }
}

const round = (value: number, digits = 1) => Number(value.toFixed(digits));
