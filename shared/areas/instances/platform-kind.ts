// The one place that decides whether an instance is JFrog Cloud. A host under jfrog.io is
// Cloud whatever was detected; a custom domain is what a call last detected (the
// connection test, the license call, a self-hosted-only call answering 404).
import type { InstanceProfile, PlatformKind } from './model';

export function isCloudHost(baseUrl: string): boolean {
  try {
    const host = new URL(baseUrl).hostname.toLowerCase();
    return host === 'jfrog.io' || host.endsWith('.jfrog.io');
  } catch {
    return false;
  }
}

export function platformKindOf(profile: Pick<InstanceProfile, 'baseUrl' | 'platform'>): PlatformKind {
  return isCloudHost(profile.baseUrl) ? 'cloud' : profile.platform;
}

export const isCloud = (profile: Pick<InstanceProfile, 'baseUrl' | 'platform'>): boolean => platformKindOf(profile) === 'cloud';
