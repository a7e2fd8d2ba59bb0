import { z } from 'zod';
import type { PrivateRouteReport } from './private-route';

export const AUTH_KINDS = ['token', 'basic-password', 'basic-token'] as const;
export const authKindSchema = z.enum(AUTH_KINDS);
export type AuthKind = z.infer<typeof authKindSchema>;

export const AUTH_KIND_LABELS: Record<AuthKind, string> = {
  token: 'Access token (Bearer)',
  'basic-password': 'Username + password (Basic)',
  'basic-token': 'Username + access token (Basic)',
};

/**
 * How destructive actions on this instance are confirmed: 'typed-name' asks for the
 * instance's name typed, 'simple' for a click, 'auto' decides by the environment label
 * (PROD, PRODUCTION, LIVE… ask for the name).
 */
export const CONFIRM_POLICIES = ['auto', 'typed-name', 'simple'] as const;
export const confirmPolicySchema = z.enum(CONFIRM_POLICIES);
export type ConfirmPolicy = z.infer<typeof confirmPolicySchema>;

export const CONFIRM_POLICY_LABELS: Record<ConfirmPolicy, string> = {
  auto: 'By the environment label (PROD asks for the name)',
  'typed-name': 'Always ask for the instance name',
  simple: 'A simple confirmation',
};

export const platformKindSchema = z.enum(['cloud', 'self-hosted', 'unknown']);
export type PlatformKind = z.infer<typeof platformKindSchema>;

/** Stated maxima of what an instance form sends. */
export const BASE_URL_MAX = 2048;
/**
 * A password or token. JFrog access tokens are one to two thousand characters; 4,096 keeps
 * the Basic header (base64 of username:secret) under the 8 KiB a proxy such as NGINX
 * accepts for one header line by default.
 */
export const SECRET_MAX = 4096;

const httpUrl = z
  .string()
  .trim()
  .min(1, 'Base URL is required')
  .max(BASE_URL_MAX, `Base URL is at most ${BASE_URL_MAX.toLocaleString('en-US')} characters`)
  .refine((value) => {
    try {
      const url = new URL(value);
      return (url.protocol === 'http:' || url.protocol === 'https:') && !url.username && !url.password;
    } catch {
      return false;
    }
  }, 'Base URL must be an http(s) URL without credentials, e.g. https://acme.jfrog.io');

/** Extra CA certificates: room for a whole corporate bundle (a public root bundle is about 220 KB). */
export const CA_PEM_MAX = 1_048_576;
const PEM = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/;

export const tlsOptionsSchema = z.object({
  /** Extra CA certificate(s), PEM text. Trusted in addition to the system store. */
  caCertPem: z
    .string()
    .max(CA_PEM_MAX, `The CA file is too large (at most ${CA_PEM_MAX.toLocaleString('en-US')} characters)`)
    .regex(PEM, 'The CA file is not a PEM certificate')
    .optional(),
  caCertName: z.string().max(255).optional(),
  /** Dangerous: accepted only behind an explicit, visible switch. */
  skipVerify: z.boolean().default(false),
});
export type TlsOptions = z.infer<typeof tlsOptionsSchema>;

/** What is kept on disk for an instance. Never holds a secret. */
export const instanceProfileSchema = z.object({
  id: z.string().min(1).max(64),
  name: z.string().trim().min(1, 'Name is required').max(80),
  baseUrl: httpUrl,
  authKind: authKindSchema,
  /** For the two Basic kinds. */
  username: z.string().trim().max(255).optional(),
  color: z
    .string()
    .regex(/^#[0-9a-fA-F]{6}$/, 'Colour must be #rrggbb')
    .default('#2e7d32'),
  /** Free label shown as a chip, e.g. PROD, STAGING, DEV. Empty for none. */
  environment: z.string().trim().max(16).default(''),
  readOnly: z.boolean().default(false),
  confirmPolicy: confirmPolicySchema.default('auto'),
  tls: tlsOptionsSchema.default({ skipVerify: false }),
  timeoutMs: z.number().int().min(1000).max(600_000).default(30_000),
  /** Detected by "Test connection"; hostnames under jfrog.io are Cloud up front. */
  platform: platformKindSchema.default('unknown'),
  demo: z.boolean().optional(),
});
export type InstanceProfile = z.infer<typeof instanceProfileSchema>;

/** What the renderer sees of an instance: the profile plus whether a secret is stored. */
export type InstanceView = InstanceProfile & { hasSecret: boolean };

/** A token goes into a header as is: printable ASCII without spaces (a pasted line break would break the request). */
const TOKEN_TEXT = /^[\x21-\x7e]+$/;

/**
 * Saving (or testing) an instance. `secret` is the password or token; omitted on edit =
 * keep the stored one, but only for the same host and user (InstanceService decides).
 * Unknown fields are refused, here and in the TLS options.
 */
export const instanceInputSchema = instanceProfileSchema
  .omit({ id: true, platform: true, tls: true })
  .extend({
    id: z.string().min(1).max(64).optional(),
    tls: tlsOptionsSchema.strict().default({ skipVerify: false }),
    secret: z
      .string()
      .min(1)
      .max(SECRET_MAX, `At most ${SECRET_MAX.toLocaleString('en-US')} characters`)
      .optional(),
  })
  .strict()
  .superRefine((value, ctx) => {
    if (value.authKind !== 'token' && !value.username) {
      ctx.addIssue({ code: 'custom', path: ['username'], message: 'Username is required for Basic authentication' });
    }
    if (value.secret !== undefined && value.authKind !== 'basic-password' && !TOKEN_TEXT.test(value.secret)) {
      ctx.addIssue({ code: 'custom', path: ['secret'], message: 'An access token holds only printable characters, without spaces or line breaks' });
    }
  });
export type InstanceInput = z.input<typeof instanceInputSchema>;

export const instanceIdSchema = z.object({ id: z.string().min(1).max(64) });

/** The window's name for one run of "Test connection", so it can be cancelled. */
export const connectionTestIdSchema = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'A test id is 8 to 64 letters, digits, "-" or "_"');

/** The exported file: profiles only, no secret of any kind. */
export const instanceExportSchema = z.object({
  format: z.literal('lilypad-instances'),
  version: z.literal(1),
  instances: z.array(instanceProfileSchema.omit({ platform: true }).extend({ platform: platformKindSchema.optional() })),
});
export type InstanceExport = z.infer<typeof instanceExportSchema>;

/** In report order; 'url', 'access' and 'route' (JFrog Cloud) appear only when they have something to say. */
export type ConnectionStepId = 'url' | 'reach' | 'tls' | 'jfrog' | 'auth' | 'access' | 'version' | 'platform' | 'route';
export type ConnectionStepState = 'ok' | 'warn' | 'fail' | 'skipped';
export interface ConnectionStep {
  id: ConnectionStepId;
  label: string;
  state: ConnectionStepState;
  detail: string;
}
export interface ConnectionReport {
  ok: boolean;
  steps: ConnectionStep[];
  /** The one change that fixes (or avoids) the problem found, e.g. "remove /artifactory". */
  fix?: string;
  version?: string;
  platform?: PlatformKind;
  /** JFrog Cloud only: how the host resolves and whether the route is private. */
  route?: PrivateRouteReport;
}

export interface SecretStoreStatus {
  /** 'os' = OS keyring via safeStorage; 'weak' = basic_text, opted in; 'memory' = this session only. */
  backend: 'os' | 'weak' | 'memory';
  /** True when the OS has no keyring and the user has not opted in to weak storage. */
  weakAvailable: boolean;
  detail: string;
}
