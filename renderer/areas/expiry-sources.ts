// Everything that counts towards the navigation's "expiring soon" badge
// (renderer/app/expiry-summary.ts). A new source adds one hook here.
import type { ExpirySource } from '../app/expiry-summary';
import { useTokenExpiryCount } from './tokens/expiry-count';

export const expirySources: readonly ExpirySource[] = [useTokenExpiryCount];
