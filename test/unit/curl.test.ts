import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { curlForCall, shellQuote, toCurl } from '../../shared/curl';
import { requestFor } from '../../shared/api/contract';

const base = { baseUrl: 'https://acme.jfrog.io/', authKind: 'token' as const };

/** What a POSIX shell makes of a command line: the argv curl would get (curl itself is replaced by printf). */
function argvOf(command: string, env: Record<string, string> = {}): string[] {
  const script = `set -- ${command.replace(/^curl /, '')}\nfor a in "$@"; do printf '%s\\0' "$a"; done`;
  const out = execFileSync('/bin/sh', ['-c', script], { env: { PATH: process.env.PATH ?? '', ...env } }).toString('utf8');
  return out.split('\0').slice(0, -1);
}

describe('toCurl', () => {
  it('uses a Bearer placeholder for tokens and omits -X for GET', () => {
    const cmd = toCurl({ ...base, method: 'GET', path: '/access/api/v2/users', query: { limit: 50, cursor: 'a b&c' } });
    expect(cmd).toBe(`curl -H "Authorization: Bearer $JFROG_TOKEN" 'https://acme.jfrog.io/access/api/v2/users?limit=50&cursor=a+b%26c'`);
  });

  it('uses -u with the username and a password or token variable for Basic', () => {
    expect(toCurl({ ...base, authKind: 'basic-password', username: 'ops', method: 'DELETE', path: '/x' })).toBe(
      `curl -X DELETE -u "ops:$JFROG_PASSWORD" 'https://acme.jfrog.io/x'`,
    );
    expect(toCurl({ ...base, authKind: 'basic-token', username: 'ops', method: 'GET', path: '/x' })).toContain(`-u "ops:$JFROG_TOKEN"`);
  });

  it('keeps shell metacharacters in the username literal', () => {
    const cmd = toCurl({ ...base, authKind: 'basic-password', username: 'a"$b`\\c', method: 'GET', path: '/x' });
    expect(argvOf(cmd, { JFROG_PASSWORD: 'pw' })).toEqual(['-u', 'a"$b`\\c:pw', 'https://acme.jfrog.io/x']);
  });

  it('single-quotes the JSON body so quotes, $ and newlines survive the shell', () => {
    const json = { description: `it's "$HOME" \`id\`\nline2`, auto_join: false };
    const cmd = toCurl({ ...base, method: 'PATCH', path: '/access/api/v2/groups/g', json });
    const argv = argvOf(cmd, { JFROG_TOKEN: 't' });
    expect(argv.slice(0, 7)).toEqual(['-X', 'PATCH', '-H', 'Authorization: Bearer t', '-H', 'Content-Type: application/json', '--data-raw']);
    expect(JSON.parse(argv[7])).toEqual(json);
  });

  it('never prints a password from the body: it becomes a variable the shell expands', () => {
    const req = requestFor('users.setPassword', { username: 'jane', password: 'S3cret!pw' });
    const cmd = toCurl({ ...req, ...base });
    expect(cmd).not.toContain('S3cret!pw');
    expect(cmd).toContain('$JFROG_NEW_PASSWORD');
    const argv = argvOf(cmd, { JFROG_TOKEN: 't', JFROG_NEW_PASSWORD: `new'pw$x` });
    expect(JSON.parse(argv[argv.indexOf('--data-raw') + 1])).toEqual({ password: `new'pw$x` });
  });

  it('quotes a single quote in a value as close-escape-reopen', () => {
    expect(shellQuote(`it's`)).toBe(`'it'\\''s'`);
  });
});

describe('curlForCall', () => {
  it('prints the same path and body the handlers send, URL-encoding names', () => {
    const cmd = curlForCall('users.updateGroups', { username: 'a/b?c', add: ['dev'], remove: [] }, { ...base, authKind: 'basic-token', username: 'ops' });
    expect(cmd).toBe(
      `curl -X PATCH -u "ops:$JFROG_TOKEN" -H 'Content-Type: application/json' --data-raw '{"add":["dev"],"remove":[]}' 'https://acme.jfrog.io/access/api/v2/users/a%2Fb%3Fc/groups'`,
    );
  });

  it('sends only the given fields of a partial update', () => {
    expect(requestFor('users.update', { username: 'jane', changes: { email: 'j@x.io', admin: undefined } })).toEqual({
      method: 'PATCH',
      path: '/access/api/v2/users/jane',
      json: { email: 'j@x.io' },
    });
  });

  it('maps the Artifactory-only user calls to their security API paths', () => {
    expect(requestFor('users.expirePassword', { username: 'jane' }).path).toBe('/artifactory/api/security/users/authorization/expirePassword/jane');
    expect(requestFor('users.unlock', { username: 'jane' }).path).toBe('/artifactory/api/security/unlockUsers/jane');
    expect(requestFor('users.locked', {})).toEqual({ method: 'GET', path: '/artifactory/api/security/lockedUsers' });
    expect(requestFor('groups.page', { cursor: '' })).toEqual({ method: 'GET', path: '/access/api/v2/groups' });
  });
});

describe('webhook secrets in cURL', () => {
  const subscription = {
    key: 'ci',
    description: '',
    enabled: true,
    domain: 'user' as const,
    event_types: ['locked'],
    criteria: {},
    handlers: [
      {
        handler_type: 'webhook' as const,
        url: 'https://h.example',
        secret: 'plain-S3cret',
        use_secret_for_signing: true,
        custom_http_headers: [{ name: 'X-A', value: 'header-value' }],
      },
      {
        handler_type: 'custom-webhook' as const,
        url: 'https://c.example',
        secrets: [{ name: 'api_token', value: 'tok-S3cret' }, { name: 'kept' }],
        http_headers: [{ name: 'Authorization', value: 'Bearer {{.secrets.api_token}}' }],
      },
    ],
  };

  it('prints the webhook secret and each named secret as variables, never their values; header values stay', () => {
    const cmd = curlForCall('webhooks.create', { subscription }, base);
    expect(cmd).not.toContain('plain-S3cret');
    expect(cmd).not.toContain('tok-S3cret');
    expect(cmd).toContain('$JFROG_WEBHOOK_SECRET"');
    expect(cmd).toContain('$JFROG_WEBHOOK_SECRET_API_TOKEN');
    const argv = argvOf(cmd, { JFROG_TOKEN: 't', JFROG_WEBHOOK_SECRET: 'from-env', JFROG_WEBHOOK_SECRET_API_TOKEN: 'tok-env' });
    const body = JSON.parse(argv[argv.indexOf('--data-raw') + 1]) as {
      handlers: [{ secret: string; custom_http_headers: unknown[] }, { secrets: unknown[]; http_headers: unknown[] }];
    };
    expect(body.handlers[0].secret).toBe('from-env');
    expect(body.handlers[0].custom_http_headers).toEqual([{ name: 'X-A', value: 'header-value' }]);
    expect(body.handlers[1].secrets).toEqual([{ name: 'api_token', value: 'tok-env' }, { name: 'kept' }]);
    expect(body.handlers[1].http_headers).toEqual([{ name: 'Authorization', value: 'Bearer {{.secrets.api_token}}' }]);
  });

  it('still hides a new user password', () => {
    expect(curlForCall('users.setPassword', { username: 'jane', password: 'pw-S3cret' }, base)).toContain('$JFROG_NEW_PASSWORD');
  });
});

describe('secrets inside bodies of the platform and trust areas', () => {
  it('a pairing token is a placeholder of its own, a verify-connection password too', () => {
    const pairing = toCurl({ ...base, method: 'PUT', path: '/artifactory/api/v1/service_trust/pairing/federated-repo/*', json: { pairing_token: 'eyJ.secret.sig' } });
    expect(pairing).not.toContain('eyJ.secret.sig');
    expect(argvOf(pairing, { JFROG_TOKEN: 't', JFROG_PAIRING_TOKEN: 'PT' })).toContain('{"pairing_token":"PT"}');
    const verify = curlForCall('sysconfig.verifyConnection', { endpoint: 'https://x.test', username: 'u', password: 'hunter2-pw' }, base);
    expect(verify).not.toContain('hunter2-pw');
    expect(argvOf(verify, { JFROG_TOKEN: 't', JFROG_NEW_PASSWORD: 'NP' })).toContain('{"endpoint":"https://x.test","username":"u","password":"NP"}');
  });

  it('text bodies go out with their content type (the URL base as text/plain, the XML as application/xml)', () => {
    const cmd = curlForCall('sysconfig.setUrlBase', { url: "https://a.test/it's" }, base);
    expect(argvOf(cmd, { JFROG_TOKEN: 't' })).toEqual([
      '-X',
      'PUT',
      '-H',
      'Authorization: Bearer t',
      '-H',
      'Content-Type: text/plain',
      '--data-raw',
      "https://a.test/it's",
      'https://acme.jfrog.io/artifactory/api/system/configuration/baseUrl',
    ]);
    expect(curlForCall('sysconfig.saveXml', { xml: '<config/>' }, base)).toContain(`-H 'Content-Type: application/xml' --data-raw '<config/>'`);
  });
});
