// Entry point of the fake JFrog Platform: a stateful simulator on loopback for tests
// and for `npm run demo`. Never shipped in the app.

import type { Server as HttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { FaultSet, type FaultRule } from './core/faults';
import type { FakeModule, Principal } from './core/module';
import type { RecordedRequest } from './core/recorder';
import { Router } from './core/router';
import { createServer } from './core/server';
import { createEmptyState, type FakeState } from './core/state';
import { allAreas } from './areas';
import { applySeed, type SeedOption } from './support/seed';

export type { FaultRule, FaultKind } from './core/faults';
export type { AccessPasswordPolicy } from './core/auth';
export type { FakeModule, ModuleApi, FakeRequest, Principal, RouteOptions } from './core/module';
export type { RecordedRequest } from './core/recorder';
export type { FakeResponse } from './core/responses';
export type * from './core/state';
export type { SeedOption } from './support/seed';
export type { FakeArea, SeedScenario } from './core/area';

export interface FakePlatformOptions {
  mode?: 'self-hosted' | 'cloud';
  /** Serve HTTPS with this key pair (see test/support/tls.ts). */
  tls?: { keyPem: string; certPem: string };
  /** Default 'minimal'. */
  seed?: SeedOption;
  /** Default 0 (any free port). Always bound to 127.0.0.1. */
  port?: number;
  /** Node id used in health service ids and licenses. Default 'fake-node-1'. */
  nodeId?: string;
  /** Extra routes for one test, registered after the built-in modules. */
  extraModules?: FakeModule[];
}

export interface FakePlatform {
  /** e.g. 'http://127.0.0.1:41234' — no trailing slash. */
  url: string;
  principals: { admin: Principal; reader: Principal };
  state: FakeState;
  requests: RecordedRequest[];
  clearRequests(): void;
  faults: {
    add(rule: FaultRule): void;
    /** Removes every rule; requests already held stay held until release(). */
    clear(): void;
    /** Lets the oldest `count` requests a 'hold' rule keeps waiting go on (all when absent). */
    release(count?: number): number;
    /** How many requests a 'hold' rule keeps waiting now. */
    held(): number;
    /** Resolves once at least `count` requests are held (for tests whose timers are fake). */
    whenHeld(count?: number): Promise<void>;
  };
  /** The network, changed while a test runs (the fleet watches instances go away and come back). */
  network: {
    /** Stops listening and drops every connection: new requests are refused (ECONNREFUSED). */
    refuse(): Promise<void>;
    /** Listens again on the same port. */
    accept(): Promise<void>;
    /** Serves another certificate from now on (HTTPS only): a client that trusted the old one fails its TLS check. */
    useCertificate(tls: { keyPem: string; certPem: string }): void;
  };
  close(): Promise<void>;
}

export async function startFakePlatform(options: FakePlatformOptions = {}): Promise<FakePlatform> {
  const mode = options.mode ?? 'self-hosted';
  const state = createEmptyState(mode, options.nodeId ?? 'fake-node-1');
  const principals = applySeed(state, options.seed ?? 'minimal');

  const router = new Router();
  for (const register of [...allAreas.map((area) => area.routes), ...(options.extraModules ?? [])]) {
    register({ route: (method, pattern, handler, routeOptions) => router.add(method, pattern, handler, routeOptions), state, mode });
  }

  const faults = new FaultSet();
  const requests: RecordedRequest[] = [];
  const timers = new Set<NodeJS.Timeout>();
  const server = createServer({ state, router, faults, requests, timers }, options.tls);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  let closed: Promise<void> | null = null;
  let listening = true;
  const network: FakePlatform['network'] = {
    refuse: () =>
      new Promise<void>((resolve) => {
        if (!listening) return resolve();
        listening = false;
        server.close(() => resolve());
        server.closeAllConnections();
      }),
    accept: () =>
      new Promise<void>((resolve, reject) => {
        if (listening) return resolve();
        server.once('error', reject);
        server.listen(port, '127.0.0.1', () => {
          server.off('error', reject);
          listening = true;
          resolve();
        });
      }),
    useCertificate: (pair) => {
      if (!('setSecureContext' in server)) throw new Error('useCertificate needs a fake platform started with tls');
      (server as HttpsServer).setSecureContext({ key: pair.keyPem, cert: pair.certPem });
      // Keep-alive sockets still speak the old session: drop them so the next request shakes hands again.
      server.closeAllConnections();
    },
  };
  return {
    url: `${options.tls ? 'https' : 'http'}://127.0.0.1:${port}`,
    principals,
    state,
    requests,
    clearRequests: () => void requests.splice(0, requests.length),
    faults: {
      add: (rule) => faults.add(rule),
      clear: () => faults.clear(),
      release: (count) => faults.release(count),
      held: () => faults.held(),
      whenHeld: (count) => faults.whenHeld(count),
    },
    network,
    close() {
      closed ??= new Promise<void>((resolve) => {
        for (const timer of timers) clearTimeout(timer);
        timers.clear();
        if (!listening) return resolve();
        listening = false;
        server.close(() => resolve());
        // Hung responses and keep-alive sockets would hold close() open forever.
        server.closeAllConnections();
        // Held requests go on into their destroyed sockets and end there.
        faults.release();
      });
      return closed;
    },
  };
}
