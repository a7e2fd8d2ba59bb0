// The HTTP settings form model: ports as typed text, the HTTPS port under the name the
// platform used, Docker repositories and HA nodes, problems per field, and Lilypad's
// offline-only fields kept out of the body Save sends.
import { describe, expect, it } from 'vitest';
import { isNonAdminWebServerView, webServerBody, type WebServerSettings } from '../../../../shared/areas/http-settings/model';
import { defaultForm, formFromSettings, formOutput, mergeProblems, messagesFor } from '../../../../renderer/areas/http-settings/form/form-model';

const base: WebServerSettings = { key: 'nginx', webServerType: 'NGINX', serverName: 'a.example.com', useHttp: true, useHttps: false, httpPort: 80 };

const saved = (settings: WebServerSettings, httpsPort = '8443') => {
  const form = formFromSettings(settings);
  return webServerBody(formOutput({ ...form, ports: { ...form.ports, httpsPort } }).input.settings);
};

describe('form → body Save sends', () => {
  it('sends the HTTPS port under the name the platform used', () => {
    expect(saved({ ...base, sslPort: 443 })).toMatchObject({ sslPort: 8443 });
    expect(saved({ ...base, sslPort: 443 })).not.toHaveProperty('httpsPort');
    expect(saved({ ...base, httpsPort: 443 })).toMatchObject({ httpsPort: 8443 });
    expect(saved({ ...base, httpsPort: 443 })).not.toHaveProperty('sslPort');
    expect(saved({ ...base, sslPort: 443, httpsPort: 443 })).toMatchObject({ sslPort: 8443, httpsPort: 8443 });
  });

  it('never sends the offline-only fields, and keeps what it does not edit', () => {
    const repos = { reverseProxyRepoConfigs: [{ repoRef: 'docker-local', serverName: 'a.example.com', port: 5001 }] };
    const form = formFromSettings({ ...base, sslPort: 443, reverseProxyRepositories: repos, upStreamName: 'artifactory' });
    const output = formOutput({ ...form, settings: { ...form.settings, httpToHttpsRedirect: true }, ports: { ...form.ports, routerPort: '18082' } });
    // The generators still get them…
    expect(output.input.settings).toMatchObject({ httpToHttpsRedirect: true, routerPort: 18082 });
    // …the platform does not.
    const body = webServerBody(output.input.settings);
    expect(body).not.toHaveProperty('httpToHttpsRedirect');
    expect(body).not.toHaveProperty('routerPort');
    expect(body).toMatchObject({ reverseProxyRepositories: repos, upStreamName: 'artifactory', sslPort: 443 });
  });
});

const read: WebServerSettings = {
  key: 'nginx',
  webServerType: 'NGINX',
  serverName: 'artifactory.acme.test',
  artifactoryPort: 8081,
  routerPort: 8082,
  useHttp: true,
  useHttps: true,
  httpPort: 80,
  httpsPort: 443,
  dockerReverseProxyMethod: 'PORTPERREPO',
  someFutureField: 'kept',
};

describe('HTTP settings form model', () => {
  it('keeps ports as text, remembers httpsPort when that is what was read, and passes unknown fields through', () => {
    const form = formFromSettings(read, [{ key: 'docker-local', port: 5001 }, { key: 'docker-remote' }]);
    expect(form.ports).toEqual({ httpPort: '80', httpsPort: '443', artifactoryPort: '8081', routerPort: '8082' });
    expect(form.httpsPortNames).toEqual(['httpsPort']);
    expect(form.settings).not.toHaveProperty('httpPort');
    expect(form.settings).toMatchObject({ serverName: 'artifactory.acme.test', someFutureField: 'kept' });
    expect(form.repos.map(({ key, port }) => [key, port])).toEqual([
      ['docker-local', '5001'],
      ['docker-remote', ''],
    ]);
    expect(form.ha).toBe(false);
    // Row ids are unique, so React keys stay stable while rows are edited.
    expect(new Set(form.repos.map((row) => row.id)).size).toBe(2);
  });

  it('keeps both names when both came back, reads sslPort first; with neither, a typed port goes out as sslPort', () => {
    expect(formFromSettings({ ...read, sslPort: 8443 }).httpsPortNames).toEqual(['sslPort', 'httpsPort']);
    expect(formFromSettings({ ...read, sslPort: 8443 }).ports.httpsPort).toBe('8443');
    expect(formFromSettings({ key: 'direct' }).httpsPortNames).toEqual(['sslPort']);
  });

  it('turns the form back into the settings as read, the HTTPS port under its own name', () => {
    const { input, localProblems } = formOutput(formFromSettings(read, [{ key: 'docker-local', port: 5001 }]));
    expect(localProblems).toEqual([]);
    expect(input.settings).toEqual(read);
    expect(input.dockerRepos).toEqual([{ key: 'docker-local', port: 5001 }]);
    expect(input.haNodes).toEqual([]);
  });

  it('reports text that is not a port on its field and leaves the value out; an empty port is simply unset', () => {
    const form = formFromSettings(read, [{ key: 'docker-local', port: 5001 }]);
    form.ports.httpPort = '80a';
    form.ports.httpsPort = ' ';
    form.repos[0].port = 'five';
    const { input, localProblems } = formOutput(form);
    expect(input.settings.httpPort).toBeUndefined();
    expect(input.settings.httpsPort).toBeUndefined();
    expect(input.dockerRepos).toEqual([{ key: 'docker-local' }]);
    expect(localProblems.map((p) => p.field)).toEqual(['settings.httpPort', 'dockerRepos[0].port']);
    expect(messagesFor(localProblems, 'settings.httpPort')).toEqual(['Enter a port number (digits only), e.g. 8080.']);
  });

  it('HA nodes count only when HA is on, with the platform defaults for empty ports', () => {
    const form = formFromSettings(read, [], [{ host: 'node-1', artifactoryPort: 8081, routerPort: 8082 }]);
    expect(form.ha).toBe(true);
    form.nodes[0].artifactoryPort = '';
    form.nodes[0].routerPort = 'x';
    const on = formOutput(form);
    expect(on.input.haNodes).toEqual([{ host: 'node-1', artifactoryPort: 8081, routerPort: 8082 }]);
    expect(on.localProblems.map((p) => p.field)).toEqual(['haNodes[0].routerPort']);
    const off = formOutput({ ...form, ha: false });
    expect(off.input.haNodes).toEqual([]);
    expect(off.localProblems).toEqual([]);
  });

  it('a local typing problem wins over the validator on the same field; others are kept', () => {
    const local = [{ field: 'settings.httpPort', message: 'digits only' }];
    const validated = [
      { field: 'settings.httpPort', message: 'required' },
      { field: 'settings.serverName', message: 'Public server name is required' },
    ];
    expect(mergeProblems(local, validated)).toEqual([local[0], validated[1]]);
  });

  it('the offline generator starts from the platform defaults', () => {
    const { input } = formOutput(defaultForm());
    expect(input.settings).toMatchObject({ webServerType: 'NGINX', artifactoryPort: 8081, routerPort: 8082, httpPort: 80, sslPort: 443, useHttp: true, useHttps: false });
  });
});

describe('the reduced webServer view of a non-admin', () => {
  it('is the proxy method and ports alone; an admin view names the web server', () => {
    expect(isNonAdminWebServerView({ dockerReverseProxyMethod: 'SUBDOMAIN', httpPort: 80, sslPort: 443, useHttp: true, useHttps: true })).toBe(true);
    expect(isNonAdminWebServerView({})).toBe(true);
    expect(isNonAdminWebServerView(read)).toBe(false);
    expect(isNonAdminWebServerView({ key: 'direct', webServerType: 'DIRECT', serverName: '' })).toBe(false);
  });
});
