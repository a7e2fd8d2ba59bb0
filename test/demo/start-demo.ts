// `npm run demo`: the fake JFrog platform on loopback, seeded with a believable
// organisation, and the console with a "Demo" instance already saved. Nothing here ships
// in the app: the fake platform is a test fixture.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startFakePlatform, type FakePlatform } from '../fake-platform/index';
import { memberOf } from '../fake-platform/fleet';
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
  // Two more instances so the fleet screen is alive from the first start; one of them
  // degrades now and then.
  const edges = await Promise.all([startFakePlatform({ seed: 'minimal', nodeId: 'edge-eu-1' }), startFakePlatform({ seed: 'minimal', nodeId: 'staging-1' })]);
  edges[1].state.system.version = '7.104.2';
  await saveFleetInstance(services, edges[0], 'Edge — EU (fake)', '#1565c0', 'PROD');
  await saveFleetInstance(services, edges[1], 'Staging (fake, degrades now and then)', '#ef6c00', 'STAGING');
  const degrading = degradeNowAndThen(memberOf('Staging', edges[1]));

  await serveConsole({
    services,
    port: resolvePort(),
    title: 'Lilypad demo',
    // The fake platform's own administrator: a made-up account, printed so the demo can be
    // tried against the platform directly too (curl, the fake's API).
    details: [`fake JFrog platform at ${platform.url}`, `demo administrator: ${admin.username} / ${admin.password} (a fake account, saved in the Demo instance)`],
    onStop: async () => {
      clearInterval(degrading);
      await Promise.all(edges.map((edge) => edge.close()));
      await platform.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  });
}

async function saveFleetInstance(services: ReturnType<typeof createAppServices>, platform: FakePlatform, name: string, color: string, environment: string): Promise<void> {
  const { admin } = platform.principals;
  const saved = await services.dispatch('instances.save', {
    name,
    baseUrl: platform.url,
    authKind: 'basic-password',
    username: admin.username,
    secret: admin.password,
    color,
    environment,
    demo: true,
  });
  if (!saved.ok) throw new LaunchError(`The demo instance ${name} could not be saved: ${saved.error.message}`);
}

/** Every 4 minutes the staging instance's Metadata service fails for about 90 seconds. */
function degradeNowAndThen(member: ReturnType<typeof memberOf>): NodeJS.Timeout {
  let tick = 0;
  const timer = setInterval(() => {
    tick = (tick + 1) % 8;
    if (tick === 5) member.unhealthy('jfmd', 'Metadata cannot reach its database (demo)');
    if (tick === 0) void member.recover();
  }, 30_000);
  timer.unref();
  return timer;
}

main().catch((error: unknown) => {
  console.error(error instanceof LaunchError ? error.message : `The demo could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
