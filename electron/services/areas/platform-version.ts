// The Artifactory version of each instance, remembered in main: noted whenever
// system.version or system.overview reads it, asked for once when a handler needs it and
// nothing is known. Keyed by instance id and base URL, so an edited profile asks again.
import { requestFor } from '../../../shared/api/contract';
import type { InstanceProfile } from '../../../shared/areas/instances/model';
import { ApiFailure } from '../../../shared/errors';
import type { AppContext, AreaService, InstanceContext } from './types';
import { obj, str } from './wire';

export class PlatformVersions implements AreaService {
  private readonly known = new Map<string, { baseUrl: string; version: string }>();

  note(instance: Pick<InstanceProfile, 'id' | 'baseUrl'>, version: string): void {
    if (version) this.known.set(instance.id, { baseUrl: instance.baseUrl, version });
  }

  get(instance: Pick<InstanceProfile, 'id' | 'baseUrl'>): string | undefined {
    const entry = this.known.get(instance.id);
    return entry && entry.baseUrl === instance.baseUrl ? entry.version : undefined;
  }

  close(): void {
    this.known.clear();
  }
}

export const platformVersions = (ctx: AppContext): PlatformVersions => ctx.service('platform-versions', () => new PlatformVersions());

/**
 * The instance's version: remembered, or read now. Undefined when the platform does not
 * say (the caller then sends its request and lets the platform decide); a cancellation
 * still cancels.
 */
export async function versionOf(ctx: InstanceContext): Promise<string | undefined> {
  const versions = platformVersions(ctx);
  const known = versions.get(ctx.instance);
  if (known) return known;
  try {
    const version = str(obj(await ctx.http.json<unknown>(requestFor('system.version', {}))).version);
    versions.note(ctx.instance, version);
    return version || undefined;
  } catch (caught) {
    if (caught instanceof ApiFailure && caught.error.kind === 'cancelled') throw caught;
    return undefined;
  }
}
