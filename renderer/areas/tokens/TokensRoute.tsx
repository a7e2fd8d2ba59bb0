// The tokens screen's entry: it asks for the token list as it renders, while the screen's
// code (its own chunk) is still loading, rather than only once that code has run and
// mounted. The screen then finds the request under way (the same query). At 20,000 tokens
// the list is the slow part, so it starts first.
import { lazy } from 'react';
import { useActiveInstance } from '../../app/active-instance';
import { usePrefetchTokenList } from './api';

const TokensScreen = lazy(() => import('./TokensScreen'));

export function TokensRoute() {
  // The same instance the screen uses (useInstanceAccess reads the active instance too).
  usePrefetchTokenList(useActiveInstance()?.id);
  return <TokensScreen />;
}
