// Access and trust: Access ping, the root certificate (decoded in main), the Access
// configuration backup triggers, Access federation targets, and service pairing between
// saved instances. API notes: docs/api-notes/trust.md.
import { z } from 'zod';
import { isDotSegment, DOT_SEGMENT_MESSAGE } from '../../api/request';

/** What a federation target receives; Access's names. */
export const FEDERATION_ENTITIES = ['users', 'groups', 'permissions', 'tokens'] as const;
export type FederationEntity = (typeof FEDERATION_ENTITIES)[number];

/**
 * How the permission filters were spelled in the answer the target came from: camelCase
 * `permissionFilters{includePatterns,excludePatterns}` (GET and POST in the spec) or
 * snake_case `permission_filters{include_patterns,exclude_patterns}` (the spec's PATCH
 * example). An update sends the spelling the GET returned [unsure which PATCH requires].
 */
export type FilterSpelling = 'camel' | 'snake';

export interface FederationTarget {
  name: string;
  url: string;
  entities: string[];
  includePatterns: string[];
  excludePatterns: string[];
  active: boolean;
  /** The spelling the platform used for this target's filters. */
  spelling: FilterSpelling;
}

export const federationNameSchema = z
  .string()
  .trim()
  .min(1, 'Give the target a name')
  .max(64, 'The name is at most 64 characters')
  .regex(/^[A-Za-z0-9][A-Za-z0-9._@-]*$/, 'The name may hold letters, digits and . _ @ - and starts with a letter or digit')
  .refine((value) => !isDotSegment(value), DOT_SEGMENT_MESSAGE);

/** The Access URL of a target: https://host/access (what federation posts to). */
export const accessUrlSchema = z
  .string()
  .trim()
  .min(1, "Enter the target's Access URL, for example https://other.example.com/access")
  .max(2048, 'The URL is at most 2,048 characters')
  .superRefine((value, ctx) => {
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      ctx.addIssue({ code: 'custom', message: "Not a URL: write the target's Access URL in full, for example https://other.example.com/access" });
      return;
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') ctx.addIssue({ code: 'custom', message: 'The URL must start with http:// or https://' });
    else if (url.username || url.password) ctx.addIssue({ code: 'custom', message: 'Leave the user name and password out of the URL' });
  });

const patternSchema = z.string().trim().min(1, 'An empty pattern matches nothing').max(255, 'A pattern is at most 255 characters');
const patternsSchema = z.array(patternSchema).max(200, 'At most 200 patterns');
const entitiesSchema = z
  .array(z.enum(FEDERATION_ENTITIES, { message: `Entities are ${FEDERATION_ENTITIES.join(', ')}` }))
  .min(1, 'Choose at least one entity to federate')
  .max(FEDERATION_ENTITIES.length);

export const federationCreateSchema = z.object({
  name: federationNameSchema,
  url: accessUrlSchema,
  entities: entitiesSchema,
  includePatterns: patternsSchema.default([]),
  excludePatterns: patternsSchema.default([]),
  active: z.boolean().default(true),
});
export type FederationCreate = z.input<typeof federationCreateSchema>;

/** A PATCH: only what is given is sent (no defaults filled in). */
export const federationUpdateSchema = z.object({
  url: accessUrlSchema.optional(),
  entities: entitiesSchema.optional(),
  includePatterns: patternsSchema.optional(),
  excludePatterns: patternsSchema.optional(),
  active: z.boolean().optional(),
  spelling: z.enum(['camel', 'snake']).default('camel'),
});

/** Validation of a circle of trust: 204 is valid; 412 carries the target's answer. */
export interface FederationValidation {
  valid: boolean;
  status: number;
  message: string;
}

/** The root certificate, decoded in main with an X.509 parser. */
export interface RootCertificate {
  pem: string;
  subject: string;
  issuer: string;
  serialNumber: string;
  validFrom: string;
  validTo: string;
  /** Whole days until it expires (negative once expired), counted when read. */
  daysLeft: number;
  /** SHA-256 of the DER, as AA:BB:… */
  fingerprint256: string;
  /** e.g. "EC prime256v1" or "RSA 2048". */
  publicKey: string;
  isCa: boolean;
}

export interface PingResult {
  ok: boolean;
  status: number;
  text: string;
}

/**
 * A pairing use case: service specific, e.g. `federated-repo/*`, `artifactory-cold`,
 * `artifactory-cold/<namespace>`. Path segments, each kept as one segment.
 */
export const useCaseSchema = z
  .string()
  .trim()
  .min(1, 'Choose a use case, for example federated-repo/*')
  .max(255, 'A use case is at most 255 characters')
  .regex(/^[A-Za-z0-9*._-]+(\/[A-Za-z0-9*._-]+)*$/, 'A use case is words separated by "/", e.g. federated-repo/* or artifactory-cold')
  .refine((value) => !value.split('/').some(isDotSegment), DOT_SEGMENT_MESSAGE);

export const USE_CASE_SUGGESTIONS = ['federated-repo/*', 'artifactory-cold', 'mission-control'] as const;

export interface Pairing {
  baseUrl: string;
}

/** The result of a pairing flow; the token itself is never part of it. */
export interface PairingResult {
  message: string;
  source: string;
  target: string;
  useCase: string;
}

export interface LogCollectionResult {
  enabled: boolean;
  message: string;
}
