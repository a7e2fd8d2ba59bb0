// The HTTP settings form keeps the platform's own names for what it sends back, and keeps
// Lilypad's offline-only fields out of the body Save sends.
import { describe, expect, it } from 'vitest';
import { webServerBody, type WebServerSettings } from '../../../../shared/areas/http-settings/model';
import { formFromSettings, formOutput } from '../../../../renderer/areas/http-settings/form/form-model';

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
