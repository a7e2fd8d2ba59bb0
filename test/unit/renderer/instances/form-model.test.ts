// The instance form model: form ↔ input, what the schema's issues point at, and which
// fields make a connection test result stale.
import { describe, expect, it } from 'vitest';
import { connectionTestIdSchema, instanceInputSchema, type InstanceView } from '../../../../shared/areas/instances/model';
import { affectsConnection, emptyForm, fieldErrorsOf, formFromInstance, inputFromForm, type FormValues } from '../../../../renderer/areas/instances/form-model';
import { newTestId } from '../../../../renderer/areas/instances/use-connection-test';

const saved: InstanceView = {
  id: 'i-1',
  name: 'Acme',
  baseUrl: 'https://acme.example',
  authKind: 'basic-password',
  username: 'admin',
  color: '#1565c0',
  environment: 'PROD',
  readOnly: true,
  confirmPolicy: 'auto',
  tls: { skipVerify: false, caCertPem: '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----', caCertName: 'corp.pem' },
  timeoutMs: 45_000,
  platform: 'self-hosted',
  hasSecret: true,
};

describe('instance form model', () => {
  it('a new form is empty, token-based, with a 30 s timeout, and is not valid yet', () => {
    const form = emptyForm();
    expect(form).toMatchObject({ name: '', baseUrl: '', authKind: 'token', secret: '', timeoutSeconds: '30', skipVerify: false });
    const parsed = instanceInputSchema.safeParse(inputFromForm(form));
    expect(parsed.success).toBe(false);
  });

  it('an edit starts from the saved instance with an empty secret, and goes back to the same input', () => {
    const form = formFromInstance(saved);
    expect(form).toMatchObject({ id: 'i-1', secret: '', timeoutSeconds: '45', caCertName: 'corp.pem', readOnly: true });
    expect(inputFromForm(form)).toEqual({
      id: 'i-1',
      name: 'Acme',
      baseUrl: 'https://acme.example',
      authKind: 'basic-password',
      username: 'admin',
      color: '#1565c0',
      environment: 'PROD',
      readOnly: true,
      confirmPolicy: 'auto',
      tls: { skipVerify: false, caCertPem: saved.tls.caCertPem, caCertName: 'corp.pem' },
      timeoutMs: 45_000,
    });
  });

  it('sends a secret only when typed, a username only for Basic, and trims the URL', () => {
    const form: FormValues = { ...emptyForm(), name: 'T', baseUrl: '  https://t.example  ', authKind: 'token', username: 'left-over', secret: 'tok' };
    const input = inputFromForm(form);
    expect(input.baseUrl).toBe('https://t.example');
    expect(input).not.toHaveProperty('username');
    expect(input.secret).toBe('tok');
    expect(inputFromForm({ ...form, secret: '' })).not.toHaveProperty('secret');
    expect(inputFromForm({ ...form, authKind: 'basic-token' })).toMatchObject({ username: 'left-over' });
  });

  it('names a pasted CA, drops a blank one, and keeps a bad timeout as NaN so the schema reports it', () => {
    const pasted = inputFromForm({ ...emptyForm(), caCertPem: '-----BEGIN CERTIFICATE-----\nx\n-----END CERTIFICATE-----' });
    expect(pasted.tls).toMatchObject({ caCertName: 'pasted certificate' });
    expect(inputFromForm({ ...emptyForm(), caCertPem: '   ' }).tls).toEqual({ skipVerify: false });
    expect(inputFromForm({ ...emptyForm(), timeoutSeconds: 'ten' }).timeoutMs).toBeNaN();
    expect(inputFromForm({ ...emptyForm(), timeoutSeconds: '' }).timeoutMs).toBeNaN();
    expect(inputFromForm({ ...emptyForm(), timeoutSeconds: '1.5' }).timeoutMs).toBe(1500);
  });

  it('puts each schema issue on its field, with one message per field, and the rest aside', () => {
    const { fields, other } = fieldErrorsOf([
      { path: 'baseUrl', message: 'Base URL is required' },
      { path: 'baseUrl', message: 'second message' },
      { path: 'tls.caCertPem', message: 'The CA file is not a PEM certificate' },
      { path: 'timeoutMs', message: 'Too small: expected number to be >=1000' },
      { path: 'demo', message: 'Expected boolean' },
      { path: '', message: 'Something general' },
    ]);
    expect(fields).toEqual({ baseUrl: 'Base URL is required', caCertPem: 'The CA file is not a PEM certificate', timeoutSeconds: 'Timeout must be between 1 and 600 seconds' });
    expect(other).toEqual(['demo: Expected boolean', 'Something general']);
  });

  it('the real schema issues of a bad form land on the fields the user sees', () => {
    const parsed = instanceInputSchema.safeParse(inputFromForm({ ...emptyForm(), authKind: 'basic-password', timeoutSeconds: '0', caCertPem: 'hello' }));
    expect(parsed.success).toBe(false);
    const { fields } = fieldErrorsOf(parsed.error!.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })));
    expect(Object.keys(fields).sort()).toEqual(['baseUrl', 'caCertPem', 'name', 'timeoutSeconds', 'username']);
  });

  it('a connection result depends on where and how it connects, not on name, colour, label or read-only', () => {
    for (const field of ['baseUrl', 'authKind', 'username', 'secret', 'caCertPem', 'skipVerify', 'timeoutSeconds'] as const) expect(affectsConnection(field), field).toBe(true);
    for (const field of ['name', 'color', 'environment', 'readOnly', 'caCertName'] as const) expect(affectsConnection(field), field).toBe(false);
  });

  it('test ids are fresh and pass the bridge schema', () => {
    const ids = new Set(Array.from({ length: 50 }, () => newTestId()));
    expect(ids.size).toBe(50);
    for (const id of ids) expect(connectionTestIdSchema.safeParse(id).success).toBe(true);
  });
});
