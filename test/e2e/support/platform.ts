import type { FakePlatform } from '../../fake-platform/index';

/** The requests the platform received with this method and path, in order. */
export const requestsTo = (platform: FakePlatform, method: string, path: string) => platform.requests.filter((r) => r.method === method && r.path === path);

/** The JSON body of the last such request; undefined when there was none. */
export function lastBody(platform: FakePlatform, method: string, path: string): unknown {
  const hit = requestsTo(platform, method, path).at(-1);
  return hit ? (JSON.parse(hit.bodyText || 'null') as unknown) : undefined;
}

/** Every request that could change something on the platform. */
export const mutating = (platform: FakePlatform) => platform.requests.filter((r) => r.method !== 'GET' && r.method !== 'HEAD');
