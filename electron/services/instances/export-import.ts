// The instances file: profiles only, never a secret. Import validates each entry on
// its own so one bad entry is reported instead of failing the whole file.
import { ApiFailure } from '../../../shared/errors';
import { platformKindOf } from '../../../shared/areas/instances/platform-kind';
import { instanceExportSchema, instanceProfileSchema, type InstanceExport, type InstanceProfile } from '../../../shared/areas/instances/model';

export function exportProfiles(profiles: InstanceProfile[]): string {
  const file: InstanceExport = {
    format: 'lilypad-instances',
    version: 1,
    // Built field by field so nothing but profile fields can ever be written.
    instances: profiles.map((profile) => instanceProfileSchema.parse(profile)),
  };
  return JSON.stringify(file, null, 2);
}

export interface ImportOutcome {
  imported: number;
  skipped: string[];
  profiles: InstanceProfile[];
}

const SECRET_KEYS = ['secret', 'password', 'token', 'accessToken', 'apiKey'];

export function importProfiles(json: string, existing: InstanceProfile[], newId: () => string): ImportOutcome {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    throw new ApiFailure({ kind: 'validation', message: 'The file is not valid JSON.', issues: [{ path: 'json', message: 'Not valid JSON' }] });
  }
  const envelope = data as { format?: unknown; version?: unknown; instances?: unknown } | null;
  if (typeof envelope !== 'object' || envelope === null || envelope.format !== 'lilypad-instances' || envelope.version !== 1 || !Array.isArray(envelope.instances)) {
    throw new ApiFailure({
      kind: 'validation',
      message: 'This is not a Lilypad instances file (format "lilypad-instances", version 1).',
      issues: [{ path: 'format', message: 'Expected a Lilypad instances file, version 1' }],
    });
  }

  const entrySchema = instanceExportSchema.shape.instances.element;
  const taken = new Set(existing.map(identity));
  const skipped: string[] = [];
  const profiles: InstanceProfile[] = [];
  envelope.instances.forEach((entry, index) => {
    const label = labelOf(entry, index);
    // Fields that would carry a secret are dropped, never imported.
    const cleaned = withoutSecrets(entry);
    const parsed = entrySchema.safeParse(cleaned);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue && issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
      skipped.push(`${label}: ${where}${issue?.message ?? 'invalid entry'}`);
      return;
    }
    const key = identity(parsed.data);
    if (taken.has(key)) {
      skipped.push(`${label}: an instance with the same name, URL and user already exists`);
      return;
    }
    taken.add(key);
    profiles.push({
      ...parsed.data,
      id: newId(),
      platform: parsed.data.platform ?? platformKindOf({ baseUrl: parsed.data.baseUrl, platform: 'unknown' }),
    });
  });
  return { imported: profiles.length, skipped, profiles };
}

function identity(profile: Pick<InstanceProfile, 'name' | 'baseUrl' | 'username'>): string {
  return JSON.stringify([profile.name, profile.baseUrl, profile.username ?? '']);
}

function labelOf(entry: unknown, index: number): string {
  const name = typeof entry === 'object' && entry !== null ? (entry as { name?: unknown }).name : undefined;
  return typeof name === 'string' && name.trim() ? `Entry ${index + 1} ("${name.trim().slice(0, 80)}")` : `Entry ${index + 1}`;
}

function withoutSecrets(entry: unknown): unknown {
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) return entry;
  return Object.fromEntries(Object.entries(entry).filter(([key]) => !SECRET_KEYS.includes(key)));
}
