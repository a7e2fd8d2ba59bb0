// Several fake platforms at once, each on its own port, whose health a test changes while
// it runs: a service turns unhealthy, the whole instance hangs, it refuses connections, its
// TLS certificate stops matching, and it recovers. For the fleet's tests, bench and demo.
import { startFakePlatform, type FakePlatform, type FakePlatformOptions } from './index';

export interface FleetMember {
  name: string;
  platform: FakePlatform;
  /** e.g. unhealthy('jfac', 'Access cannot reach its database'); the router answers 503. */
  unhealthy(servicePrefix: string, message: string, state?: 'UNHEALTHY' | 'UNHEALTHY_PEER'): void;
  /** Every request hangs (accepted, never answered). */
  hang(): void;
  /** The port stops listening: connections are refused. */
  refuse(): Promise<void>;
  /** Serves a certificate the client does not trust (HTTPS members only). */
  breakTls(other: { keyPem: string; certPem: string }): void;
  /** Healthy again: services healthy, no faults, listening, its own certificate. */
  recover(): Promise<void>;
}

export interface FakeFleet {
  members: FleetMember[];
  close(): Promise<void>;
}

export async function startFakeFleet(names: string[], options: FakePlatformOptions = {}): Promise<FakeFleet> {
  const members = await Promise.all(
    names.map(async (name, index) => {
      const platform = await startFakePlatform({ seed: 'minimal', nodeId: `node-${index + 1}`, ...options });
      return memberOf(name, platform, options.tls);
    }),
  );
  return { members, close: async () => void (await Promise.all(members.map((member) => member.platform.close()))) };
}

export function memberOf(name: string, platform: FakePlatform, ownTls?: { keyPem: string; certPem: string }): FleetMember {
  const { health } = platform.state.system;
  return {
    name,
    platform,
    unhealthy(servicePrefix, message, state = 'UNHEALTHY') {
      const service = health.services.find((candidate) => candidate.service_id.startsWith(`${servicePrefix}@`));
      if (!service) throw new Error(`${name} has no service ${servicePrefix}`);
      service.state = state;
      service.message = message;
    },
    hang() {
      platform.faults.add({ kind: 'hang' });
    },
    refuse: () => platform.network.refuse(),
    breakTls(other) {
      platform.network.useCertificate(other);
    },
    async recover() {
      platform.faults.clear();
      for (const service of health.services) {
        service.state = 'HEALTHY';
        service.message = 'OK';
      }
      health.router.state = 'HEALTHY';
      health.router.message = 'OK';
      platform.state.system.ready = true;
      await platform.network.accept();
      if (ownTls) platform.network.useCertificate(ownTls);
    },
  };
}
