// Instance profiles on disk (electron-store in the app, `conf` in plain Node: same
// format). Profiles never hold a secret; an entry that no longer parses is skipped
// rather than breaking the whole list.
import { instanceProfileSchema, type InstanceProfile } from '../../../shared/areas/instances/model';
import type { KeyValueStore } from '../app-services-types';

const PROFILES_KEY = 'profiles';

export class ProfileStore {
  /** conf re-reads its file on every get; every call resolves a profile, so keep a copy. */
  private cache: InstanceProfile[] | null = null;

  constructor(private readonly store: KeyValueStore) {}

  list(): InstanceProfile[] {
    this.cache ??= this.read();
    return this.cache.map((profile) => structuredClone(profile));
  }

  private read(): InstanceProfile[] {
    const raw = this.store.get(PROFILES_KEY);
    if (!Array.isArray(raw)) return [];
    const profiles: InstanceProfile[] = [];
    for (const entry of raw) {
      const parsed = instanceProfileSchema.safeParse(entry);
      if (parsed.success) profiles.push(parsed.data);
    }
    return profiles;
  }

  private write(profiles: InstanceProfile[]): void {
    this.store.set(PROFILES_KEY, profiles);
    this.cache = profiles;
  }

  get(id: string): InstanceProfile | undefined {
    this.cache ??= this.read();
    const found = this.cache.find((profile) => profile.id === id);
    return found ? structuredClone(found) : undefined;
  }

  /** Adds or replaces by id, keeping the list order. */
  put(profile: InstanceProfile): InstanceProfile {
    const clean = instanceProfileSchema.parse(profile);
    const all = this.list();
    const index = all.findIndex((existing) => existing.id === clean.id);
    if (index >= 0) all[index] = clean;
    else all.push(clean);
    this.write(all);
    return structuredClone(clean);
  }

  /** Adds or replaces many in one write (an import of thousands is one file write, not thousands). */
  putMany(profiles: readonly InstanceProfile[]): InstanceProfile[] {
    if (profiles.length === 0) return [];
    const clean = profiles.map((profile) => instanceProfileSchema.parse(profile));
    const all = this.list();
    const indexById = new Map(all.map((profile, index) => [profile.id, index]));
    for (const profile of clean) {
      const index = indexById.get(profile.id);
      if (index !== undefined) all[index] = profile;
      else indexById.set(profile.id, all.push(profile) - 1);
    }
    this.write(all);
    return clean.map((profile) => structuredClone(profile));
  }

  remove(id: string): boolean {
    const all = this.list();
    const kept = all.filter((profile) => profile.id !== id);
    if (kept.length === all.length) return false;
    this.write(kept);
    return true;
  }
}
