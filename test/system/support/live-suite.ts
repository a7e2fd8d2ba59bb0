// The live proxy scenarios, shared by nginx and apache2: the real web server runs the
// generated snippet on free loopback ports in front of recording backends that stand in
// for the Artifactory port (8081-style) and the router port (8082-style).
import { rmSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { SnippetInput } from '../../../shared/areas/http-settings/model';
import { generateApache, generateNginx } from '../../../shared/snippets';
import { requireBinary } from '../../support/require-binary';
import { makeSelfSignedCert, OPENSSL, type Cert } from './cert';
import { ask } from './client';
import { freePorts } from './ports';
import { startRecorder, type Recorder } from './recorder';
import { APACHE, NGINX, prepare, startServer, type Kind, type Running } from './web-servers';

const SERVER_NAME = 'art.test';

interface Node {
  artifactory: Recorder;
  router: Recorder;
}

export function defineLiveProxySuite(kind: Kind): void {
  const binary = kind === 'nginx' ? NGINX : APACHE;
  const ready = requireBinary(binary, `the live ${kind} proxy tests`) && requireBinary(OPENSSL, 'the live proxy tests (certificates)');

  describe.skipIf(!ready)(`live ${kind} reverse proxy`, () => {
    let cert: Cert;
    const cleanups: (() => Promise<void> | void)[] = [];

    beforeAll(() => {
      cert = makeSelfSignedCert(SERVER_NAME);
    });
    afterAll(() => rmSync(cert.dir, { recursive: true, force: true }));
    // Whatever a test started is stopped, passed or failed.
    afterEach(async () => {
      for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
    });

    async function node(): Promise<Node> {
      const artifactory = await startRecorder('artifactory');
      cleanups.push(() => artifactory.close());
      const router = await startRecorder('router');
      cleanups.push(() => router.close());
      return { artifactory, router };
    }

    async function run(input: SnippetInput, waitPort: number): Promise<Running> {
      const snippet = kind === 'nginx' ? generateNginx(input) : generateApache(input);
      const prepared = prepare(kind, snippet);
      cleanups.push(() => rmSync(prepared.dir, { recursive: true, force: true }));
      const running = await startServer(prepared, waitPort);
      cleanups.push(() => running.stop());
      return running;
    }

    function single(n: Node, settings: SnippetInput['settings'], dockerRepos: SnippetInput['dockerRepos'] = []): SnippetInput {
      return {
        settings: {
          serverName: SERVER_NAME,
          artifactoryServerName: '127.0.0.1',
          artifactoryPort: n.artifactory.port,
          routerPort: n.router.port,
          sslCertificate: cert.certificate,
          sslKey: cert.key,
          ...settings,
        },
        dockerRepos,
      };
    }

    it('proxies ping, UI and subdomain Docker over HTTP and HTTPS with the forwarding headers', async () => {
      const n = await node();
      const [httpPort, sslPort] = await freePorts(2);
      await run(single(n, { useHttp: true, useHttps: true, httpPort, sslPort, dockerReverseProxyMethod: 'SUBDOMAIN' }), httpPort);

      const ping = await ask({ port: httpPort, path: '/artifactory/api/system/ping', host: `${SERVER_NAME}:${httpPort}` });
      expect(ping).toMatchObject({ status: 200, body: 'OK' });
      const seen = n.artifactory.requests.at(-1);
      expect(seen?.path).toBe('/artifactory/api/system/ping');
      expect(seen?.headers['x-jfrog-override-base-url']).toBe(`http://${SERVER_NAME}:${httpPort}`);
      expect(seen?.headers['x-forwarded-proto']).toBe('http');
      expect(seen?.headers['x-forwarded-port']).toBe(String(httpPort));
      expect(seen?.headers.host).toBe(`${SERVER_NAME}:${httpPort}`);
      expect(seen?.headers['x-forwarded-for']).toContain('127.0.0.1');

      const tls = await ask({ port: sslPort, path: '/artifactory/api/system/ping', host: `${SERVER_NAME}:${sslPort}`, https: true });
      expect(tls).toMatchObject({ status: 200, body: 'OK' });
      expect(n.artifactory.requests.at(-1)?.headers['x-jfrog-override-base-url']).toBe(`https://${SERVER_NAME}:${sslPort}`);
      expect(n.artifactory.requests.at(-1)?.headers['x-forwarded-proto']).toBe('https');

      // A front load balancer that terminated TLS keeps its scheme.
      await ask({ port: httpPort, path: '/artifactory/api/system/ping', host: `${SERVER_NAME}:${httpPort}`, headers: { 'X-Forwarded-Proto': 'https' } });
      expect(n.artifactory.requests.at(-1)?.headers['x-forwarded-proto']).toBe('https');

      const ui = await ask({ port: httpPort, path: '/ui/', host: SERVER_NAME });
      expect(JSON.parse(ui.body)).toEqual({ backend: 'router', path: '/ui/' });
      const root = await ask({ port: httpPort, path: '/', host: SERVER_NAME });
      expect(root.status).toBe(302);
      expect(root.headers.location).toMatch(/\/ui\/$/);

      const docker = await ask({ port: sslPort, path: '/v2/', host: `docker-local.${SERVER_NAME}:${sslPort}`, https: true });
      expect(JSON.parse(docker.body)).toEqual({ backend: 'artifactory', path: '/artifactory/api/docker/docker-local/v2/' });
      const manifest = await ask({ port: httpPort, path: '/v2/busybox/manifests/latest', host: `docker-remote.${SERVER_NAME}` });
      expect(JSON.parse(manifest.body).path).toBe('/artifactory/api/docker/docker-remote/v2/busybox/manifests/latest');
    });

    it('rewrites the Docker repository path method', async () => {
      const n = await node();
      const [httpPort] = await freePorts(1);
      await run(single(n, { useHttp: true, httpPort, dockerReverseProxyMethod: 'REPOPATHPREFIX' }), httpPort);
      const answer = await ask({ port: httpPort, path: '/v2/docker-local/busybox/manifests/latest', host: SERVER_NAME });
      expect(JSON.parse(answer.body)).toEqual({ backend: 'artifactory', path: '/artifactory/v2/docker-local/busybox/manifests/latest' });
    });

    it('gives each Docker repository its own port', async () => {
      const n = await node();
      const [httpPort, localPort, remotePort] = await freePorts(3);
      const repos = [
        { key: 'docker-remote', port: remotePort },
        { key: 'docker-local', port: localPort },
      ];
      await run(single(n, { useHttp: true, httpPort, dockerReverseProxyMethod: 'PORTPERREPO' }, repos), httpPort);
      const local = await ask({ port: localPort, path: '/v2/', host: `${SERVER_NAME}:${localPort}` });
      expect(JSON.parse(local.body)).toEqual({ backend: 'artifactory', path: '/artifactory/api/docker/docker-local/v2/' });
      const remote = await ask({ port: remotePort, path: '/v2/library/busybox/tags/list', host: `${SERVER_NAME}:${remotePort}` });
      expect(JSON.parse(remote.body).path).toBe('/artifactory/api/docker/docker-remote/v2/library/busybox/tags/list');
      expect(n.artifactory.requests.at(-1)?.headers['x-forwarded-port']).toBe(String(remotePort));
    });

    it("maps a custom public context onto Artifactory's own context", async () => {
      const n = await node();
      const [httpPort] = await freePorts(1);
      await run(single(n, { useHttp: true, httpPort, publicAppContext: '/jfrog/', dockerReverseProxyMethod: 'SUBDOMAIN' }), httpPort);
      const ping = await ask({ port: httpPort, path: '/jfrog/api/system/ping', host: SERVER_NAME });
      expect(ping).toMatchObject({ status: 200, body: 'OK' });
      expect(n.artifactory.requests.at(-1)?.path).toBe('/artifactory/api/system/ping');
      const docker = await ask({ port: httpPort, path: '/v2/', host: `docker-local.${SERVER_NAME}` });
      expect(JSON.parse(docker.body)).toEqual({ backend: 'artifactory', path: '/artifactory/api/docker/docker-local/v2/' });
      const ui = await ask({ port: httpPort, path: '/ui/login', host: SERVER_NAME });
      expect(JSON.parse(ui.body)).toEqual({ backend: 'router', path: '/ui/login' });
    });

    it('redirects plain HTTP to HTTPS when asked', async () => {
      const n = await node();
      const [httpPort, sslPort] = await freePorts(2);
      await run(single(n, { useHttp: true, useHttps: true, httpPort, sslPort, httpToHttpsRedirect: true }), httpPort);
      const answer = await ask({ port: httpPort, path: '/artifactory/api/system/ping', host: SERVER_NAME });
      expect(answer.status).toBe(301);
      expect(answer.headers.location).toBe(`https://${SERVER_NAME}:${sslPort}/artifactory/api/system/ping`);
      expect(n.artifactory.requests).toHaveLength(0);
    });

    it('spreads requests over HA nodes and survives one node stopping', async () => {
      const a = await node();
      const b = await node();
      const [httpPort] = await freePorts(1);
      const haNodes = [a, b].map((n) => ({ host: '127.0.0.1', artifactoryPort: n.artifactory.port, routerPort: n.router.port }));
      await run({ settings: { serverName: SERVER_NAME, useHttp: true, httpPort }, haNodes }, httpPort);

      for (let i = 0; i < 8; i++) {
        expect((await ask({ port: httpPort, path: '/artifactory/api/system/ping', host: SERVER_NAME })).body).toBe('OK');
        expect((await ask({ port: httpPort, path: '/ui/', host: SERVER_NAME })).status).toBe(200);
      }
      for (const n of [a, b]) {
        expect(n.artifactory.requests.length).toBeGreaterThan(0);
        expect(n.router.requests.length).toBeGreaterThan(0);
      }

      await a.artifactory.close();
      await a.router.close();
      const before = { artifactory: b.artifactory.requests.length, router: b.router.requests.length };
      for (let i = 0; i < 6; i++) {
        expect((await ask({ port: httpPort, path: '/artifactory/api/system/ping', host: SERVER_NAME })).body).toBe('OK');
        expect((await ask({ port: httpPort, path: '/ui/', host: SERVER_NAME })).status).toBe(200);
      }
      expect(b.artifactory.requests.length - before.artifactory).toBe(6);
      expect(b.router.requests.length - before.router).toBe(6);
    });
  });
}
