// The tokens' share of the navigation's expiry badge: the scan's counts summed over every
// instance that answered.
import type { ExpiryCount } from '../../app/expiry-summary';
import type { TokenExpiryView } from '../../../shared/areas/tokens/model';
import { useTokenExpiry } from './api';

export function tokenExpiryCount(view: TokenExpiryView | undefined): ExpiryCount | undefined {
  if (!view) return undefined;
  let expiring = 0;
  let expired = 0;
  for (const state of view.snapshot.instances) {
    expiring += state.value?.expiring ?? 0;
    expired += state.value?.expired ?? 0;
  }
  return { source: 'tokens', expiring, expired };
}

export function useTokenExpiryCount(): ExpiryCount | undefined {
  return tokenExpiryCount(useTokenExpiry().data);
}
