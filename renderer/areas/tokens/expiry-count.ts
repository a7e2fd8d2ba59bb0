// The tokens' share of the navigation's expiry badge: the scan's counts summed over every
// instance that answered.
import type { ExpiryCount } from '../../app/expiry-summary';
import { useTokenExpiry } from './api';
import { tokenExpiryCount } from './token-view';

export function useTokenExpiryCount(): ExpiryCount | undefined {
  return tokenExpiryCount(useTokenExpiry().data);
}
