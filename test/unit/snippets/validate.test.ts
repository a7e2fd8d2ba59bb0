// Every validation message, with the field it points at. All problems come at once.
import { describe, expect, it } from 'vitest';
import type { SnippetInput } from '../../../shared/areas/http-settings/model';
import { generateApache, generateNginx, generateSnippet, SnippetValidationError, validateSnippetInput } from '../../../shared/snippets';

const ok: SnippetInput = { settings: { serverName: 'art.example.com', useHttp: true } };
const TLS = { sslCertificate: '/etc/ssl/a.crt', sslKey: '/etc/ssl/a.key' };

function problemsOf(input: SnippetInput): { field: string; message: string }[] {
  return validateSnippetInput(input);
}

describe('validateSnippetInput', () => {
  it('accepts a minimal valid input', () => {
    expect(problemsOf(ok)).toEqual([]);
  });

  it('needs HTTP or HTTPS on', () => {
    expect(problemsOf({ settings: { serverName: 'art.example.com' } })).toEqual([
      { field: 'settings.useHttp', message: 'Turn on HTTP, HTTPS or both: otherwise the proxy listens nowhere.' },
    ]);
  });

  it('reports ports out of range, for every port field', () => {
    const problems = problemsOf({
      settings: { serverName: 'a.example.com', useHttp: true, useHttps: true, ...TLS, httpPort: 0, sslPort: 70000, artifactoryPort: -1, routerPort: 65536 },
    });
    expect(problemsOf({ settings: { serverName: 'a.example.com', useHttps: true, ...TLS, httpsPort: 1.5 } })).toContainEqual({
      field: 'settings.httpsPort',
      message: 'The HTTPS port must be a whole number from 1 to 65535 (it is 1.5).',
    });
    expect(problemsOf({ settings: { serverName: 'a.example.com', useHttps: true, ...TLS, httpsPort: 1.5 } })).toHaveLength(1);
    expect(problemsOf({ settings: { serverName: 'a.example.com', useHttps: true, ...TLS, sslPort: 65535 } })).toEqual([]);
    expect(problems).toEqual([
      { field: 'settings.httpPort', message: 'The HTTP port must be a whole number from 1 to 65535 (it is 0).' },
      { field: 'settings.sslPort', message: 'The HTTPS port must be a whole number from 1 to 65535 (it is 70000).' },
      { field: 'settings.artifactoryPort', message: 'The internal Artifactory port must be a whole number from 1 to 65535 (it is -1).' },
      { field: 'settings.routerPort', message: 'The internal router port must be a whole number from 1 to 65535 (it is 65536).' },
    ]);
  });

  it('refuses HTTP and HTTPS on one port, and disagreeing sslPort/httpsPort', () => {
    expect(problemsOf({ settings: { serverName: 'a.example.com', useHttp: true, useHttps: true, ...TLS, httpPort: 8443, sslPort: 8443 } })).toEqual([
      { field: 'settings.httpPort', message: 'HTTP and HTTPS cannot share port 8443.' },
    ]);
    expect(problemsOf({ settings: { serverName: 'a.example.com', useHttps: true, ...TLS, sslPort: 443, httpsPort: 8443 } })).toEqual([
      { field: 'settings.sslPort', message: 'sslPort (443) and httpsPort (8443) disagree: keep one HTTPS port.' },
    ]);
    // The same port twice is only a clash when both protocols are on.
    expect(problemsOf({ settings: { serverName: 'a.example.com', useHttp: true, httpPort: 443 } })).toEqual([]);
  });

  it('needs the certificate and key for HTTPS, as safe paths', () => {
    expect(problemsOf({ settings: { serverName: 'a.example.com', useHttps: true } })).toEqual([
      { field: 'settings.sslCertificate', message: 'HTTPS needs the path of the certificate file.' },
      { field: 'settings.sslKey', message: 'HTTPS needs the path of the private key file.' },
    ]);
    expect(problemsOf({ settings: { serverName: 'a.example.com', useHttps: true, sslCertificate: '/x.crt; include /etc/passwd', sslKey: '/k$y' } })).toEqual([
      { field: 'settings.sslCertificate', message: 'The certificate path cannot contain spaces, quotes, ;, {, }, $, \\ or #.' },
      { field: 'settings.sslKey', message: 'The key path cannot contain spaces, quotes, ;, {, }, $, \\ or #.' },
    ]);
    // Without HTTPS the paths do not matter.
    expect(problemsOf({ settings: { serverName: 'a.example.com', useHttp: true, sslCertificate: 'a b' } })).toEqual([]);
  });

  it('needs a server name that is a host name, worded for the subdomain method', () => {
    expect(problemsOf({ settings: { useHttp: true } })).toEqual([
      { field: 'settings.serverName', message: 'Enter the public server name clients use to reach the platform (e.g. artifactory.example.com).' },
    ]);
    expect(problemsOf({ settings: { useHttp: true, dockerReverseProxyMethod: 'SUBDOMAIN' } })).toEqual([
      { field: 'settings.serverName', message: 'The subdomain method needs a public server name: each Docker repository is reached at <repository>.<server name>.' },
    ]);
    for (const bad of ['art example.com', 'art.example.com;', '-art.example.com', 'art..example.com', 'https://art.example.com', 'a'.repeat(64) + '.com']) {
      expect(problemsOf({ settings: { useHttp: true, serverName: bad } }), bad).toEqual([
        { field: 'settings.serverName', message: `"${bad.toLowerCase()}" is not a host name: use letters, digits, hyphens and dots only (e.g. artifactory.example.com).` },
      ]);
    }
    for (const good of ['localhost', 'Art.Example.com', '10.0.0.5', 'xn--bcher-kva.example']) {
      expect(problemsOf({ settings: { useHttp: true, serverName: good } }), good).toEqual([]);
    }
  });

  it('checks the internal host name and the contexts', () => {
    expect(problemsOf({ settings: { ...ok.settings, artifactoryServerName: 'in ternal', publicAppContext: 'a b', artifactoryAppContext: 'x;y' } })).toEqual([
      { field: 'settings.artifactoryServerName', message: 'The internal host name "in ternal" is not a host name or IP address.' },
      { field: 'settings.artifactoryAppContext', message: 'The context "x;y" may only hold letters, digits, ., _, ~, - and / between segments.' },
      { field: 'settings.publicAppContext', message: 'The context "a b" may only hold letters, digits, ., _, ~, - and / between segments.' },
    ]);
    expect(problemsOf({ settings: { ...ok.settings, publicAppContext: '/jfrog/', artifactoryAppContext: '' } })).toEqual([]);
  });

  it('checks Docker repositories for the port per repository method', () => {
    const settings = { serverName: 'a.example.com', useHttp: true, useHttps: true, ...TLS, httpPort: 80, sslPort: 443, dockerReverseProxyMethod: 'PORTPERREPO' as const };
    expect(
      problemsOf({
        settings,
        dockerRepos: [
          { key: 'no-port' },
          { key: 'one', port: 5001 },
          { key: 'two', port: 5001 },
          { key: 'http', port: 80 },
          { key: 'https', port: 443 },
          { key: 'huge', port: 99999 },
          { key: 'bad key' },
          { key: 'one', port: 5002 },
        ],
      }),
    ).toEqual([
      { field: 'dockerRepos[0].port', message: 'Repository no-port needs a port: with the port per repository method each Docker repository listens on its own port.' },
      { field: 'dockerRepos[2].port', message: 'Repositories one and two cannot share port 5001.' },
      { field: 'dockerRepos[3].port', message: 'Repository http cannot use port 80: it is the HTTP port.' },
      { field: 'dockerRepos[4].port', message: 'Repository https cannot use port 443: it is the HTTPS port.' },
      { field: 'dockerRepos[5].port', message: 'The port of repository huge must be a whole number from 1 to 65535 (it is 99999).' },
      { field: 'dockerRepos[6].key', message: '"bad key" is not a repository key: letters, digits, ., _ and - only, at most 64.' },
      { field: 'dockerRepos[6].port', message: 'Repository bad key needs a port: with the port per repository method each Docker repository listens on its own port.' },
      { field: 'dockerRepos[7].key', message: 'Repository one is listed twice.' },
    ]);
    // Ports are irrelevant for the other methods.
    expect(problemsOf({ settings: { ...settings, dockerReverseProxyMethod: 'SUBDOMAIN' }, dockerRepos: [{ key: 'a' }, { key: 'b', port: 80 }] })).toEqual([]);
  });

  it('checks HA nodes, and HA requested with none', () => {
    expect(problemsOf({ ...ok, ha: true })).toEqual([{ field: 'haNodes', message: 'High availability is on but no nodes are listed: add at least one node, or turn HA off.' }]);
    expect(
      problemsOf({
        ...ok,
        haNodes: [{ host: 'bad host' }, { host: '10.0.0.5', artifactoryPort: 0, routerPort: 70000 }, { host: '10.0.0.6' }, { host: '10.0.0.6', routerPort: 8082 }],
      }),
    ).toEqual([
      { field: 'haNodes[0].host', message: 'Node 1: "bad host" is not a host name or IP address.' },
      { field: 'haNodes[1].artifactoryPort', message: 'Node 2: the Artifactory port must be a whole number from 1 to 65535 (it is 0).' },
      { field: 'haNodes[1].routerPort', message: 'Node 2: the router port must be a whole number from 1 to 65535 (it is 70000).' },
      { field: 'haNodes[3]', message: 'Node 4 (10.0.0.6:8082) is listed twice.' },
    ]);
    // ha: false turns HA off whatever the list says.
    expect(problemsOf({ ...ok, ha: false, haNodes: [{ host: 'bad host' }] })).toEqual([]);
  });

  it('reports every problem at once', () => {
    const problems = problemsOf({ settings: { useHttps: true, dockerReverseProxyMethod: 'PORTPERREPO', httpPort: 0 }, dockerRepos: [{ key: 'a' }], ha: true });
    expect(problems.map((p) => p.field)).toEqual(['settings.httpPort', 'settings.sslCertificate', 'settings.sslKey', 'settings.serverName', 'dockerRepos[0].port', 'haNodes']);
  });
});

describe('generators on invalid input', () => {
  const bad: SnippetInput = { settings: { useHttps: true } };

  it('throw SnippetValidationError carrying the problems', () => {
    for (const generate of [generateNginx, generateApache]) {
      let caught: unknown;
      try {
        generate(bad);
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(SnippetValidationError);
      expect((caught as SnippetValidationError).problems).toEqual(validateSnippetInput(bad));
      expect((caught as Error).message).toContain('settings.sslKey: HTTPS needs the path of the private key file.');
    }
  });

  it('generateSnippet answers problems instead of throwing', () => {
    expect(generateSnippet('nginx', bad)).toEqual({ problems: validateSnippetInput(bad) });
    expect(generateSnippet('apache', ok)).toEqual({ text: generateApache(ok) });
  });
});
