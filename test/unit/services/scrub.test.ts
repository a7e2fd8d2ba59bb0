import { describe, expect, it } from 'vitest';
import { scrubApiError, scrubText, secretForms } from '../../../electron/services/http/scrub';

describe('scrubText', () => {
  it("removes the instance's secret and its Basic base64 form", () => {
    const secrets = secretForms('s3cr3t-Pass', 'admin');
    const basic = Buffer.from('admin:s3cr3t-Pass').toString('base64');
    const out = scrubText(`sent ${basic} and s3cr3t-Pass twice: s3cr3t-Pass`, secrets);
    expect(out).not.toContain('s3cr3t-Pass');
    expect(out).not.toContain(basic);
    expect(out).toContain('***');
  });

  it('masks Bearer and Basic header values but keeps the scheme', () => {
    expect(scrubText('Authorization: Bearer abc.def-ghi_123')).toBe('Authorization: Bearer ***');
    expect(scrubText('header Basic YWRtaW46cGFzc3dvcmQ= was refused')).toBe('header Basic *** was refused');
  });

  it('masks JWT-like strings and JFrog reference tokens wherever they appear', () => {
    const jwt = 'eyJ2ZXIiOiIyIiwidHlwIjoiSldUIn0.eyJzdWIiOiJqZmFjQDAxIn0.c2lnbmF0dXJl';
    const ref = 'cmVmdGtuOjAxOjE3MDAwMDAwMDA6QWJjRGVm';
    const out = scrubText(`token ${jwt} or ${ref}.`);
    expect(out).not.toContain(jwt.slice(0, 20));
    expect(out).not.toContain('cmVmdGtu');
  });

  it('masks password-like key/value pairs', () => {
    expect(scrubText('{"username":"bob","password":"hunter22"}')).toBe('{"username":"bob","password":"***"}');
    expect(scrubText('?token=abc123&x=1')).toBe('?token=***&x=1');
  });

  it('leaves ordinary text alone', () => {
    expect(scrubText('User bob not found (404)')).toBe('User bob not found (404)');
  });
});

it('scrubApiError cleans message, platformMessage and issues, and keeps the other fields', () => {
  const error = scrubApiError(
    { kind: 'http', status: 400, method: 'POST', path: '/x', message: 'bad tok3n-value', platformMessage: 'got tok3n-value', issues: [{ path: 'a', message: 'tok3n-value' }] },
    secretForms('tok3n-value'),
  );
  expect(JSON.stringify(error)).not.toContain('tok3n-value');
  expect(error).toMatchObject({ kind: 'http', status: 400, method: 'POST', path: '/x', message: 'bad ***', platformMessage: 'got ***' });
});

describe('scrubbing keeps messages readable', () => {
  it('leaves prose that names a secret field alone, masks values that look like one', () => {
    expect(scrubText('password: Too long (at most 1,024 characters)')).toBe('password: Too long (at most 1,024 characters)');
    expect(scrubText('Invalid token: expired')).toBe('Invalid token: expired');
    expect(scrubText('{"token":"abc\\"def","x":1}')).toBe('{"token":"***","x":1}');
    expect(scrubText('X-JFrog-Art-Api: AKCp8abcdef')).toBe('X-JFrog-Art-Api: ***');
  });

  it('a validation error keeps its words; only exact secret forms are masked', () => {
    const error = scrubApiError(
      { kind: 'validation', message: 'Invalid input for users.setPassword: password: Too long', issues: [{ path: 'password', message: 'Too long' }] },
      secretForms('hunter22'),
    );
    expect(error).toEqual({ kind: 'validation', message: 'Invalid input for users.setPassword: password: Too long', issues: [{ path: 'password', message: 'Too long' }] });
  });

  it('knows the JSON-escaped spellings of a secret', () => {
    const secret = 'a"b\\c/d';
    const forms = secretForms(secret);
    const echoed = JSON.stringify({ p: secret }).replace(/\//g, '\\/');
    expect(scrubText(echoed, forms)).not.toContain('a\\"b');
  });
});
