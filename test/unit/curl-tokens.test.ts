// "Copy as cURL" for the token calls: every token value in a body (a refresh token, a
// token to revoke, JSON or form-encoded) is a variable the shell expands, never the value.
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { curlForCall } from '../../shared/curl';

const target = { baseUrl: 'https://acme.jfrog.io', authKind: 'token' as const };

function argvOf(command: string, env: Record<string, string> = {}): string[] {
  const script = `set -- ${command.replace(/^curl /, '')}\nfor a in "$@"; do printf '%s\\0' "$a"; done`;
  const out = execFileSync('/bin/sh', ['-c', script], { env: { PATH: process.env.PATH ?? '', ...env } }).toString('utf8');
  return out.split('\0').slice(0, -1);
}

describe('cURL for token calls', () => {
  it('a refresh prints the refresh token as $JFROG_REFRESH_TOKEN inside the JSON', () => {
    const cmd = curlForCall('tokens.refresh', { refresh_token: 'real-refresh-value-123' }, target);
    expect(cmd).not.toContain('real-refresh-value-123');
    const argv = argvOf(cmd, { JFROG_TOKEN: 't', JFROG_REFRESH_TOKEN: 'r"1' });
    expect(JSON.parse(argv[argv.indexOf('--data-raw') + 1].replace('r"1', 'r\\"1'))).toEqual({ grant_type: 'refresh_token', refresh_token: 'r"1', refreshable: true });
    expect(argv.at(-1)).toBe('https://acme.jfrog.io/access/api/v1/tokens');
  });

  it('a revoke by value is form-encoded with the token as $JFROG_TOKEN_TO_REVOKE, encoded by curl', () => {
    const cmd = curlForCall('tokens.revokeByValue', { token: 'eyJ.real-token-value.sig' }, target);
    expect(cmd).not.toContain('real-token-value');
    expect(cmd).toContain('--data-urlencode "token=$JFROG_TOKEN_TO_REVOKE"');
    const argv = argvOf(cmd, { JFROG_TOKEN: 't', JFROG_TOKEN_TO_REVOKE: 'a b&c' });
    expect(argv).toContain('token=a b&c');
    expect(argv.at(-1)).toBe('https://acme.jfrog.io/artifactory/api/security/token/revoke');
  });

  it('a create prints its JSON as sent (no value in it), a revoke by id its path', () => {
    expect(curlForCall('tokens.create', { token: { scope: 'applied-permissions/groups:"team a"', expires_in: 60 } }, target)).toBe(
      `curl -X POST -H "Authorization: Bearer $JFROG_TOKEN" -H 'Content-Type: application/json' --data-raw '{"grant_type":"client_credentials","scope":"applied-permissions/groups:\\"team a\\"","expires_in":60}' 'https://acme.jfrog.io/access/api/v1/tokens'`,
    );
    expect(curlForCall('tokens.revoke', { id: 'a/b' }, target)).toBe(`curl -X DELETE -H "Authorization: Bearer $JFROG_TOKEN" 'https://acme.jfrog.io/access/api/v1/tokens/a%2Fb'`);
  });
});
