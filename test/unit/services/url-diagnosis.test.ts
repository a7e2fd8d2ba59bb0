// The sentences of the connection test's URL diagnoses, from what it saw.
import { describe, expect, it } from 'vitest';
import {
  artifactorySuffixFix,
  describeAnswer,
  htmlTitle,
  httpsRedirectFix,
  isRouterHealthBody,
  notJFrogFix,
  plainHttpPortFix,
  tlsPortFix,
} from '../../../electron/services/instances/url-diagnosis';

describe('URL diagnoses', () => {
  it('names the root for a base URL ending in /artifactory, in any case, with or without a slash', () => {
    expect(artifactorySuffixFix('https://acme.example/artifactory')).toContain('use https://acme.example.');
    expect(artifactorySuffixFix('http://h:8082/Artifactory/')).toContain('use http://h:8082.');
    expect(artifactorySuffixFix('https://acme.example/jfrog/artifactory')).toContain('use https://acme.example/jfrog.');
    expect(artifactorySuffixFix('https://acme.example')).toBeNull();
    expect(artifactorySuffixFix('https://acme.example/artifactory-mirror')).toBeNull();
  });

  it('names the scheme to use for a port that speaks the other protocol', () => {
    expect(plainHttpPortFix('https://h:8082')).toBe("h:8082 speaks plain HTTP, not TLS. Use http://h:8082, or the platform's HTTPS port (often 443) with https://.");
    expect(tlsPortFix('http://h:443/')).toBe('h:443 speaks TLS (HTTPS), not plain HTTP. Use https://h:443.');
    expect(tlsPortFix('http://h:8443/jfrog/')).toBe('h:8443 speaks TLS (HTTPS), not plain HTTP. Use https://h:8443/jfrog.');
  });

  it('turns a same-host http → https redirect into a fix, and nothing else', () => {
    expect(httpsRedirectFix('http://acme.example', 'https://acme.example/router/api/v1/system/health')).toBe('acme.example redirects to https. Use https://acme.example.');
    expect(httpsRedirectFix('http://acme.example', 'https://login.other.example/')).toBeNull();
    expect(httpsRedirectFix('https://acme.example', 'https://acme.example/x')).toBeNull();
    expect(httpsRedirectFix('http://acme.example', undefined)).toBeNull();
    expect(httpsRedirectFix('http://acme.example', '/ui/')).toBeNull();
  });

  it('describes what answered: status, server and the page title (or the content type)', () => {
    expect(describeAnswer({ status: 200, server: 'nginx/1.25.3', title: 'Welcome to nginx!' })).toBe(
      'HTTP 200 \u00b7 server nginx/1.25.3 \u00b7 page \u201cWelcome to nginx!\u201d',
    );
    expect(describeAnswer({ status: 404, contentType: 'application/json; charset=utf-8' })).toBe('HTTP 404 \u00b7 application/json');
    expect(describeAnswer({ status: 500, title: `${'x'.repeat(200)}` })).toMatch(/\u2026\u201d$/);
    expect(notJFrogFix('http://h:8080', { status: 200, title: 'Jenkins' })).toBe(
      'h:8080 answers, but not as a JFrog platform (HTTP 200 \u00b7 page \u201cJenkins\u201d). Check the host, the port and the path of the base URL.',
    );
  });

  it('reads an HTML title and decodes the usual entities', () => {
    expect(htmlTitle('<html><head><TITLE lang="en">\n Dashboard &amp; more </TITLE>')).toBe('Dashboard & more');
    expect(htmlTitle('{"errors":[]}')).toBeUndefined();
    expect(htmlTitle('<title></title>')).toBeUndefined();
  });

  it('recognises the router health body, healthy or not, and nothing else', () => {
    expect(isRouterHealthBody(JSON.stringify({ router: { node_id: 'n', state: 'HEALTHY', message: 'OK' }, services: [] }))).toBe(true);
    expect(isRouterHealthBody(JSON.stringify({ services: [{ service_id: 'jfrt@n', state: 'UNHEALTHY' }] }))).toBe(true);
    expect(isRouterHealthBody(JSON.stringify({ errors: [{ status: 404, message: 'Not found' }] }))).toBe(false);
    expect(isRouterHealthBody('<html>OK</html>')).toBe(false);
    expect(isRouterHealthBody('null')).toBe(false);
  });
});
