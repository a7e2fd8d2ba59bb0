// `npm run demo`: the fake JFrog platform on loopback, seeded with a believable
// organisation, and the console with a "Demo" instance already saved. Nothing here ships
// in the app: the fake platform is a test fixture.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startFakePlatform } from '../fake-platform/index';
import { createAppServices } from '../../electron/services/app-services';
import { LaunchError, serveConsole } from '../../electron/host/serve-console';
import { resolvePort } from '../../electron/host/data-dir';

async function main(): Promise<void> {
  const platform = await startFakePlatform({ seed: 'demo', port: Number(process.env.LILYPAD_DEMO_PLATFORM_PORT ?? 0) });
  // A throwaway data folder: the demo never touches the profiles of a real installation.
  const dataDir = mkdtempSync(join(tmpdir(), 'lilypad-demo-'));
  const services = createAppServices({ dataDir, runtime: 'browser-host', demo: true });
  const { admin } = platform.principals;
  const saved = await services.dispatch('instances.save', {
    name: 'Demo — Acme (fake platform)',
    baseUrl: platform.url,
    authKind: 'basic-password',
    username: admin.username,
    secret: admin.password,
    color: '#00897b',
    environment: 'DEMO',
    demo: true,
  });
  if (!saved.ok) throw new LaunchError(`The demo instance could not be saved: ${saved.error.message}`);

  await serveConsole({
    services,
    port: resolvePort(),
    title: 'Lilypad demo',
    // The fake platform's own administrator: a made-up account, printed so the demo can be
    // tried against the platform directly too (curl, the fake's API).
    details: [`fake JFrog platform at ${platform.url}`, `demo administrator: ${admin.username} / ${admin.password} (a fake account, saved in the Demo instance)`],
    onStop: async () => {
      await platform.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  });
}

main().catch((error: unknown) => {
  console.error(error instanceof LaunchError ? error.message : `The demo could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
