// The row-details loader of one users table, and the hook that feeds it the rows in view.
import { useEffect, useMemo, useReducer } from 'react';
import { describeApiError } from '../../../shared/errors';
import { apiErrorOf } from '../../api/bridge';
import { callInstance } from '../../api/hooks';
import { detailsOf, RowDetailsLoader } from './row-details';
import type { UserTable } from './user-table';

/** Rows must stay in view this long before their details are read: a fast scroll fetches nothing. */
const SETTLE_MS = 250;

const describe = (error: unknown) => {
  const apiError = apiErrorOf(error);
  return apiError ? describeApiError(apiError) : String(error);
};

/** One loader per table (a reload starts with an empty cache); `failures` moves when a read fails. */
export function useRowDetailsLoader(instanceId: string | undefined, table: UserTable | undefined) {
  const [failures, failed] = useReducer((n: number) => n + 1, 0);
  const loader = useMemo(() => {
    if (!instanceId || !table) return null;
    return new RowDetailsLoader({
      fetch: async (username) => detailsOf(await callInstance(instanceId, 'users.get', { username })),
      isKnown: (username) => table.details.has(username),
      onDetails: (username, details) => table.setDetails(username, details),
      onFailure: failed,
      describeError: describe,
    });
  }, [instanceId, table]);
  useEffect(() => {
    loader?.open();
    return () => loader?.close();
  }, [loader]);
  return { loader, failures };
}

/** Asks the loader for these users once they have stayed in view for a moment. */
export function useDetailsInView(loader: RowDetailsLoader | null, usernames: readonly string[]) {
  const key = usernames.join('\n');
  useEffect(() => {
    if (!loader) return;
    const timer = setTimeout(() => loader.want(key ? key.split('\n') : []), SETTLE_MS);
    return () => clearTimeout(timer);
  }, [loader, key]);
}
