import { describe, expect, it } from 'vitest';
import { extractPlatformMessage, httpError, malformedJsonError, networkError, type WireTarget } from '../../../electron/services/http/errors';

const target: WireTarget = { method: 'GET', path: '/access/api/v2/users', host: 'acme.example:8082', hostname: 'acme.example' };
const nodeError = (code: string, message = code) => Object.assign(new Error(message), { code });

describe('extractPlatformMessage', () => {
  it('reads the Artifactory errors array', () => {
    expect(extractPlatformMessage('{"errors":[{"status":404,"message":"User not found"}]}')).toBe('User not found');
  });
  it('reads the Access errors array, joining several and falling back to the code', () => {
    expect(extractPlatformMessage('{"errors":[{"code":"BAD_REQUEST","message":"Name is taken"},{"code":"CONFLICT"}]}')).toBe('Name is taken; CONFLICT');
  });
  it('reads {"message"} and {"error"} bodies', () => {
    expect(extractPlatformMessage('{"message":"Token expired"}')).toBe('Token expired');
    expect(extractPlatformMessage('{"error":"invalid_grant"}')).toBe('invalid_grant');
  });
  it('keeps plain text on one line and strips HTML tags', () => {
    expect(extractPlatformMessage('<html><body><h1>502 Bad Gateway</h1>\n nginx</body></html>')).toBe('502 Bad Gateway nginx');
    expect(extractPlatformMessage('Not ready')).toBe('Not ready');
  });
  it('gives nothing for an empty body or JSON without a message', () => {
    expect(extractPlatformMessage('   ')).toBeUndefined();
    expect(extractPlatformMessage('{"status":500}')).toBeUndefined();
  });
});

describe('httpError', () => {
  it('maps 401 to the credentials sentence with status, method, path and the platform message', () => {
    expect(httpError(401, '{"errors":[{"status":401,"message":"Bad credentials"}]}', 'GET', '/artifactory/api/system/version')).toEqual({
      kind: 'http',
      status: 401,
      method: 'GET',
      path: '/artifactory/api/system/version',
      platformMessage: 'Bad credentials',
      message: 'The instance rejected the credentials (401). Check the username and password or token.',
    });
  });
  it('maps 403 to the admin permissions sentence', () => {
    const error = httpError(403, '{"errors":[{"code":"FORBIDDEN","message":"Forbidden"}]}', 'DELETE', '/access/api/v2/users/bob');
    expect(error.message).toMatch(/^This action needs admin permissions \(403\)/);
    expect(error.platformMessage).toBe('Forbidden');
  });
  it('has a sentence for other statuses and leaves platformMessage out when there is none', () => {
    expect(httpError(409, '', 'POST', '/x').message).toContain('(409)');
    expect(httpError(503, '', 'GET', '/x').message).toContain('unavailable');
    expect(httpError(418, '', 'GET', '/x').message).toContain('(418)');
    expect(httpError(404, '', 'GET', '/x')).not.toHaveProperty('platformMessage');
  });
});

describe('networkError', () => {
  it('names the host for DNS failures and the host:port for refused connections', () => {
    expect(networkError(nodeError('ENOTFOUND'), target)).toMatchObject({
      kind: 'network',
      code: 'ENOTFOUND',
      message: expect.stringContaining('DNS could not resolve acme.example'),
    });
    expect(networkError(nodeError('ECONNREFUSED'), target)).toMatchObject({
      kind: 'network',
      code: 'ECONNREFUSED',
      message: expect.stringContaining('Nothing is listening at acme.example:8082'),
    });
    expect(networkError(nodeError('ECONNRESET', 'socket hang up'), target)).toMatchObject({ kind: 'network', code: 'ECONNRESET', method: 'GET', path: '/access/api/v2/users' });
  });

  it.each(['UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'SELF_SIGNED_CERT_IN_CHAIN', 'DEPTH_ZERO_SELF_SIGNED_CERT', 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY'])(
    'maps %s to a tls error suggesting the CA certificate',
    (code) => {
      const error = networkError(nodeError(code), target);
      expect(error.kind).toBe('tls');
      expect(error.code).toBe(code);
      expect(error.message).toContain("Add the CA certificate in the instance's TLS options");
      expect(error.message).not.toContain(code);
    },
  );

  it('explains expired and wrong-host certificates plainly', () => {
    expect(networkError(nodeError('CERT_HAS_EXPIRED'), target)).toMatchObject({ kind: 'tls', code: 'CERT_HAS_EXPIRED', message: expect.stringContaining('expired') });
    expect(networkError(nodeError('ERR_TLS_CERT_ALTNAME_INVALID'), target)).toMatchObject({
      kind: 'tls',
      code: 'ERR_TLS_CERT_ALTNAME_INVALID',
      message: expect.stringContaining('does not name this host'),
    });
  });

  it('keeps an unknown code and the error text', () => {
    expect(networkError(nodeError('EWEIRD', 'strange'), target)).toMatchObject({ kind: 'network', code: 'EWEIRD', message: expect.stringContaining('strange') });
  });
});

it('malformed JSON names the method and path', () => {
  const error = malformedJsonError('GET', '/access/api/v2/users', 200);
  expect(error.message).toBe('The platform sent a response that is not valid JSON (GET /access/api/v2/users).');
  expect(error).toMatchObject({ method: 'GET', path: '/access/api/v2/users', status: 200 });
});
