// The Authorization header for a profile: a token as Bearer, the Basic kinds as
// username:secret. No secret, no header (the platform then answers 401, which is clear).
import type { InstanceProfile } from '../../../shared/areas/instances/model';

export function authorizationHeader(profile: Pick<InstanceProfile, 'authKind' | 'username'>, secret: string | undefined): string | undefined {
  if (!secret) return undefined;
  if (profile.authKind === 'token') return `Bearer ${secret}`;
  return `Basic ${Buffer.from(`${profile.username ?? ''}:${secret}`).toString('base64')}`;
}
