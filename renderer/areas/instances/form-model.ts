import type { InstanceInput, InstanceView } from '../../../shared/areas/instances/model';
import type { ValidationIssue } from '../../../shared/errors';
import type { AuthKind, ConfirmPolicy } from '../../../shared/areas/instances/model';

/** The form as typed: strings and switches, converted to an InstanceInput on submit. */
export interface FormValues {
  id?: string;
  name: string;
  baseUrl: string;
  authKind: AuthKind;
  username: string;
  /** Empty on edit = keep the stored secret. */
  secret: string;
  color: string;
  environment: string;
  readOnly: boolean;
  confirmPolicy: ConfirmPolicy;
  caCertPem: string;
  caCertName: string;
  skipVerify: boolean;
  timeoutSeconds: string;
  demo?: boolean;
}

export const PALETTE = ['#2e7d32', '#1565c0', '#6a1b9a', '#c62828', '#ef6c00', '#00838f', '#5d4037', '#455a64'];

export function emptyForm(): FormValues {
  return {
    name: '',
    baseUrl: '',
    authKind: 'token',
    username: '',
    secret: '',
    color: PALETTE[0],
    environment: '',
    readOnly: false,
    confirmPolicy: 'auto',
    caCertPem: '',
    caCertName: '',
    skipVerify: false,
    timeoutSeconds: '30',
  };
}

export function formFromInstance(instance: InstanceView): FormValues {
  return {
    id: instance.id,
    name: instance.name,
    baseUrl: instance.baseUrl,
    authKind: instance.authKind,
    username: instance.username ?? '',
    secret: '',
    color: instance.color,
    environment: instance.environment,
    readOnly: instance.readOnly,
    confirmPolicy: instance.confirmPolicy,
    caCertPem: instance.tls.caCertPem ?? '',
    caCertName: instance.tls.caCertName ?? '',
    skipVerify: instance.tls.skipVerify,
    timeoutSeconds: String(Math.round(instance.timeoutMs / 1000)),
    demo: instance.demo,
  };
}

export function inputFromForm(form: FormValues): InstanceInput {
  const seconds = Number(form.timeoutSeconds);
  return {
    ...(form.id ? { id: form.id } : {}),
    name: form.name,
    baseUrl: form.baseUrl.trim(),
    authKind: form.authKind,
    ...(form.authKind !== 'token' && form.username ? { username: form.username } : {}),
    ...(form.secret ? { secret: form.secret } : {}),
    color: form.color,
    environment: form.environment,
    readOnly: form.readOnly,
    confirmPolicy: form.confirmPolicy,
    tls: {
      skipVerify: form.skipVerify,
      ...(form.caCertPem.trim() ? { caCertPem: form.caCertPem, caCertName: form.caCertName || 'pasted certificate' } : {}),
    },
    // Not a number stays NaN, so the schema reports it on the timeout field.
    timeoutMs: Number.isFinite(seconds) && form.timeoutSeconds.trim() !== '' ? Math.round(seconds * 1000) : Number.NaN,
    ...(form.demo ? { demo: true } : {}),
  };
}

export type FieldErrors = Partial<Record<keyof FormValues, string>>;

/** Schema paths ("tls.caCertPem", "timeoutMs") → the form field that shows them. */
const FIELD_OF: Record<string, keyof FormValues> = {
  name: 'name',
  baseUrl: 'baseUrl',
  authKind: 'authKind',
  username: 'username',
  secret: 'secret',
  color: 'color',
  environment: 'environment',
  confirmPolicy: 'confirmPolicy',
  'tls.caCertPem': 'caCertPem',
  'tls.caCertName': 'caCertPem',
  'tls.skipVerify': 'skipVerify',
  timeoutMs: 'timeoutSeconds',
};

export function fieldErrorsOf(issues: readonly ValidationIssue[]): { fields: FieldErrors; other: string[] } {
  const fields: FieldErrors = {};
  const other: string[] = [];
  for (const issue of issues) {
    const field = FIELD_OF[issue.path];
    const message = field === 'timeoutSeconds' ? 'Timeout must be between 1 and 600 seconds' : issue.message;
    if (field) fields[field] ??= message;
    else other.push(issue.path ? `${issue.path}: ${issue.message}` : issue.message);
  }
  return { fields, other };
}

/**
 * The fields a connection test depends on. Changing one makes a shown result stale (an
 * old green "Connected" must not survive a new URL or a pasted CA); name, colour, label
 * and the read-only switch change nothing on the wire.
 */
const CONNECTION_FIELDS: ReadonlySet<keyof FormValues> = new Set<keyof FormValues>(['baseUrl', 'authKind', 'username', 'secret', 'caCertPem', 'skipVerify', 'timeoutSeconds']);

export const affectsConnection = (field: keyof FormValues): boolean => CONNECTION_FIELDS.has(field);

/** True when the form differs from what it opened with (closing it would lose input). */
export function isFormDirty(initial: FormValues, current: FormValues): boolean {
  return (Object.keys(current) as (keyof FormValues)[]).some((key) => current[key] !== initial[key]);
}
