// Instance profiles plus their secrets, as the instances.* calls see them. Profiles go
// to the ProfileStore, secrets to the SecretStore; an InstanceView only says whether a
// secret exists.
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { ApiFailure } from '../../../shared/errors';
import { instanceInputSchema, type InstanceProfile, type InstanceView, type PlatformKind } from '../../../shared/areas/instances/model';
import { platformKindOf } from '../../../shared/areas/instances/platform-kind';
import type { SecretStore } from '../secrets/secret-store';
import { exportProfiles, importProfiles, type ImportOutcome } from './export-import';
import type { ProfileStore } from './profile-store';

export type ParsedInstanceInput = z.output<typeof instanceInputSchema>;

export interface InstanceServiceOptions {
  profiles: ProfileStore;
  secrets: SecretStore;
  newId?: () => string;
  /** Called when a profile changes or goes, so cached clients/agents are dropped. */
  onChange?: (id: string) => void;
}

const validation = (path: string, message: string): ApiFailure => new ApiFailure({ kind: 'validation', message, issues: [{ path, message }] });

const notFound = (id: string): ApiFailure => new ApiFailure({ kind: 'not-found', message: `No instance with id ${id} exists (it may have been removed).` });

export class InstanceService {
  private readonly profiles: ProfileStore;
  private readonly secrets: SecretStore;
  private readonly newId: () => string;
  private readonly onChange: (id: string) => void;

  constructor(options: InstanceServiceOptions) {
    this.profiles = options.profiles;
    this.secrets = options.secrets;
    this.newId = options.newId ?? randomUUID;
    this.onChange = options.onChange ?? (() => undefined);
  }

  get(id: string): InstanceProfile | undefined {
    return this.profiles.get(id);
  }

  secretOf(id: string): Promise<string | undefined> {
    return this.secrets.get(id);
  }

  async view(profile: InstanceProfile): Promise<InstanceView> {
    return { ...profile, hasSecret: (await this.secrets.get(profile.id)) !== undefined };
  }

  /** Every saved profile (no secrets). */
  listProfiles(): InstanceProfile[] {
    return this.profiles.list();
  }

  async list(): Promise<InstanceView[]> {
    return Promise.all(this.profiles.list().map((profile) => this.view(profile)));
  }

  async save(input: ParsedInstanceInput): Promise<InstanceView> {
    const { id, secret, ...fields } = input;
    const existing = id !== undefined ? this.profiles.get(id) : undefined;
    if (id !== undefined && !existing) throw notFound(id);

    if (secret === undefined) {
      if (!existing) throw validation('secret', 'A password or token is required for a new instance.');
      // The stored secret stays bound to the host and user it was saved for.
      const problem = retargetProblem(existing, fields);
      if (problem) throw validation('secret', problem);
    }

    const sameUrl = existing !== undefined && existing.baseUrl === fields.baseUrl;
    const platform: PlatformKind = sameUrl ? existing.platform : platformKindOf({ baseUrl: fields.baseUrl, platform: 'unknown' });
    const profile = this.profiles.put({
      ...fields,
      username: fields.authKind === 'token' ? undefined : fields.username,
      id: existing?.id ?? this.newId(),
      platform,
    });
    if (secret !== undefined) await this.secrets.set(profile.id, secret);
    this.onChange(profile.id);
    return this.view(profile);
  }

  async remove(id: string): Promise<void> {
    if (!this.profiles.remove(id)) throw notFound(id);
    await this.secrets.delete(id);
    this.onChange(id);
  }

  async duplicate(id: string): Promise<InstanceView> {
    const source = this.profiles.get(id);
    if (!source) throw notFound(id);
    const copy = this.profiles.put({ ...source, id: this.newId(), name: copyName(source.name) });
    const secret = await this.secrets.get(id);
    if (secret !== undefined) await this.secrets.set(copy.id, secret);
    return this.view(copy);
  }

  exportJson(): { json: string } {
    return { json: exportProfiles(this.profiles.list()) };
  }

  importJson(json: string): ImportOutcome {
    const outcome = importProfiles(json, this.profiles.list(), this.newId);
    this.profiles.putMany(outcome.profiles);
    return outcome;
  }

  /**
   * The secret for a call aimed at `target` (the form as typed, e.g. "Test connection").
   * A typed secret is used as is. Without one, the secret stored for `id` is used only if
   * the target is what it was saved for — same origin, auth kind and user; otherwise the
   * user must type it again (a validation error on `secret`). A saved credential never
   * goes to another host.
   */
  async secretForTarget(id: string | undefined, target: CredentialTarget, typed: string | undefined): Promise<string | undefined> {
    if (typed !== undefined) return typed;
    const saved = id !== undefined ? this.profiles.get(id) : undefined;
    if (!saved) return undefined;
    const problem = retargetProblem(saved, target);
    if (problem) throw validation('secret', problem);
    return this.secrets.get(saved.id);
  }

  /** Records what the connection test detected. */
  setPlatform(id: string, platform: PlatformKind): void {
    const profile = this.profiles.get(id);
    if (profile && profile.platform !== platform) this.profiles.put({ ...profile, platform });
  }
}

/** What a stored secret is bound to. */
export type CredentialTarget = Pick<InstanceProfile, 'baseUrl' | 'authKind' | 'username'>;

const originOf = (url: string): string | null => {
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
};

/** Why the stored secret of `saved` may not be used for `target`, or null when it may. */
export function retargetProblem(saved: CredentialTarget, target: CredentialTarget): string | null {
  const again = 'enter the password or token again: a saved one is only sent where it was saved for.';
  if (saved.authKind !== target.authKind) return 'Changing the authentication kind needs the new password or token.';
  const from = originOf(saved.baseUrl);
  const to = originOf(target.baseUrl);
  if (from === null || to === null || from !== to) {
    const host = to === null ? 'another address' : new URL(target.baseUrl).host;
    return `The base URL now points to ${host} (not ${from === null ? 'the saved address' : new URL(saved.baseUrl).host}): ${again}`;
  }
  if (target.authKind !== 'token' && (saved.username ?? '').trim() !== (target.username ?? '').trim()) {
    return `The username changed: ${again}`;
  }
  return null;
}

const NAME_MAX = 80;
function copyName(name: string): string {
  const suffix = ' (copy)';
  return name.length + suffix.length <= NAME_MAX ? `${name}${suffix}` : `${name.slice(0, NAME_MAX - suffix.length)}${suffix}`;
}
