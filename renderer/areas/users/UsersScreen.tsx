// Users: every user of the instance in one virtualised table, streamed page by page,
// with filters (text, realm, status, group membership), sort, e-mail and admin columns
// read for the rows in view, CSV export, a details panel, creation and bulk actions.
//
// A keystroke in the filter must reach the list within a frame at 100,000 users: the rows
// are computed in the same render (UserView answers in a few milliseconds), and the parts
// of the screen that do not change with the text (header, pickers, buttons) are memoised
// with stable callbacks, so the keystroke re-renders the input's count and the rows only.
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { memo, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { UserDetails } from '../../../shared/areas/users/model';
import { describeApiError } from '../../../shared/errors';
import { apiErrorOf } from '../../api/bridge';
import { useLockedUsers, useRefreshUser, useUserTable } from './api';
import { useGroupDetails } from '../groups/api';
import { EmptyState } from '../../components/EmptyState';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { PageHeader } from '../../components/PageHeader';
import { ReadOnlyNotice } from '../../components/ReadOnlyNotice';
import { downloadText } from '../../components/files';
import type { BulkItemResult } from '../../components/bulk/run-bulk';
import { adminNeedOf, useInstanceAccess } from '../../app/instance-access';
import { NeedsAdminState } from '../../components/NeedsAdminState';
import { BulkDialog } from './BulkDialog';
import type { BulkKind } from './bulk-actions';
import { CreateUserDialog } from './CreateUserDialog';
import { GuardedButton } from '../../components/GuardedButton';
import { openObject, useOpenObject } from '../../app/open-object';
import { SelectionBar } from './SelectionBar';
import { UserDetailsDrawer } from './UserDetailsDrawer';
import { UsersTable } from './UsersTable';
import { UsersToolbar } from './UsersToolbar';
import { detailsOf } from './row-details';
import { useRowDetailsLoader } from './use-row-details';
import { csvFileName, usersCsv } from './user-csv';
import { NO_FILTERS, needleOf, UserView, type SortKey, type UserFilters } from './user-view';

const NO_ROWS = new Int32Array(0);
/** Members while the group is being read: none shown yet (never "everyone"). */
const NO_MEMBERS: readonly string[] = [];
const fmt = new Intl.NumberFormat('en-US');

export default function UsersScreen() {
  const { instance, instanceId, blockedReason } = useInstanceAccess();
  const { query, table, version } = useUserTable(instanceId);
  const lockedQuery = useLockedUsers(instanceId);
  const locked = useMemo(() => new Set(lockedQuery.data ?? []), [lockedQuery.data]);
  const [filters, setFilters] = useState(NO_FILTERS);
  const group = useGroupDetails(instanceId, filters.group ?? undefined);
  const members = filters.group ? (group.data?.members ?? NO_MEMBERS) : null;
  // The view keeps its sort orders and recent filter answers per table; computing the rows
  // here (not deferred) puts the list a keystroke asks for in the same commit.
  const view = useMemo(() => (table ? new UserView(table) : null), [table]);
  const rows = view ? view.rows(filters, locked, members) : NO_ROWS;
  usePrepareWhenIdle(view, table?.done === true);
  const { loader: details, failures: detailFailures } = useRowDetailsLoader(instanceId, table);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [creating, setCreating] = useState(false);
  const [bulk, setBulk] = useState<{ kind: BulkKind; usernames: string[] } | null>(null);
  const [openUser, setOpenUser] = useOpenObject('users', instanceId);
  const refresh = useRefreshUser(instanceId);

  // Callbacks read the latest rows through a ref, so they stay the same between keystrokes.
  const latest = useRef({ rows, table, locked, selected, instanceName: instance?.name });
  latest.current = { rows, table, locked, selected, instanceName: instance?.name };

  const toggle = useCallback(
    (username: string) =>
      setSelected((prev) => {
        const next = new Set(prev);
        if (!next.delete(username)) next.add(username);
        return next;
      }),
    [],
  );
  const onSort = useCallback((key: SortKey) => setFilters((f) => ({ ...f, sort: key, descending: f.sort === key ? !f.descending : false })), []);
  const onFilter = useCallback((patch: Partial<UserFilters>) => setFilters((f) => ({ ...f, ...patch })), []);
  const selectAll = useCallback(() => {
    const { rows: shown, table: current } = latest.current;
    if (current) setSelected(new Set(Array.from(shown, (row) => current.names[row])));
  }, []);
  const clearSelection = useCallback(() => setSelected(new Set()), []);
  const startBulk = useCallback((kind: BulkKind) => setBulk({ kind, usernames: [...latest.current.selected] }), []);
  const exportCsv = useCallback(() => {
    const { rows: shown, table: current, locked: lockedNow, instanceName } = latest.current;
    if (current && instanceName) downloadText(csvFileName(instanceName), usersCsv(current, shown, lockedNow), 'text/csv');
  }, []);
  const refetch = query.refetch;
  const reload = useCallback(() => void refetch(), [refetch]);
  const create = useCallback(() => setCreating(true), []);
  // Leaving the screen closes this panel; the group's panel opens over there.
  const openGroup = (name: string) => instanceId && openObject('groups', instanceId, name, 'users');
  const onLoaded = useCallback(
    (user: UserDetails) => {
      table?.upsert({ username: user.username, realm: user.realm, status: user.status }, detailsOf(user));
    },
    [table],
  );
  const onBulkFinished = (kind: BulkKind, results: BulkItemResult[]) => {
    const done = results.filter((r) => r.outcome === 'ok').map((r) => r.item);
    if (kind === 'delete') {
      table?.removeMany(done);
      // A deleted user's panel closes, so its details are not fetched again.
      if (openUser && done.includes(openUser)) setOpenUser(null);
    }
    // Details and member lists may have changed; the big table is updated in place.
    refresh(kind === 'delete' ? done : []);
    // Keep failures selected so they can be retried; drop what succeeded.
    setSelected((prev) => new Set([...prev].filter((name) => !done.includes(name))));
  };

  if (!instance) return <EmptyState title="No instance" description="Add a JFrog instance to manage its users." />;
  const adminNeed = adminNeedOf({ error: query.error, refused: 'list users' });
  const forbidden = adminNeed !== null;
  const header = <UsersHeader instanceName={instance.name} fetching={query.isFetching} canCreate={!forbidden} blockedReason={blockedReason} onReload={reload} onCreate={create} />;
  if (adminNeed)
    return (
      <>
        {header}
        <NeedsAdminState instanceName={instance.name} need={adminNeed} />
      </>
    );
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', height: 'calc(100vh - 120px)', minHeight: 480 }}>
      {header}
      <ReadOnlyNotice instance={instance} />
      {query.error && <ErrorState error={query.error} title="Could not list users" onRetry={reload} />}
      {query.isLoading && <LoadingState label="Loading the first page of users…" />}
      {table && (
        <>
          {Boolean(table.error) && <ErrorState error={table.error} title={`Loading stopped after ${table.count} users`} onRetry={reload} />}
          <UsersToolbar
            instanceId={instance.id}
            filters={filters}
            onChange={onFilter}
            shown={rows.length}
            loaded={table.count}
            loading={!table.done}
            pages={table.pages}
            groupNote={groupNote(filters.group, group)}
          />
          <SelectionBar
            selected={selected.size}
            matching={rows.length}
            blockedReason={blockedReason}
            onSelectAll={selectAll}
            onClear={clearSelection}
            onBulk={startBulk}
            onExport={exportCsv}
          />
          <Box
            data-testid="users-table"
            data-loaded-count={table.count}
            data-shown-count={rows.length}
            data-filter={needleOf(filters.text)}
            data-sort={filters.sort ? `${filters.sort}:${filters.descending ? 'descending' : 'ascending'}` : ''}
            data-done={String(table.done)}
            sx={{ display: 'flex', flex: 1, minHeight: 0 }}
          >
            <UsersTable
              table={table}
              version={version + detailFailures}
              rows={rows}
              locked={locked}
              selected={selected}
              onToggle={toggle}
              onOpen={setOpenUser}
              sort={filters.sort}
              descending={filters.descending}
              onSort={onSort}
              details={details}
            />
          </Box>
        </>
      )}
      {openUser && instanceId && (
        <UserDetailsDrawer
          key={openUser}
          instanceId={instanceId}
          username={openUser}
          locked={locked.has(openUser)}
          blockedReason={blockedReason}
          onClose={() => setOpenUser(null)}
          onOpenGroup={openGroup}
          onLoaded={onLoaded}
          onDeleted={(name) => {
            table?.removeMany([name]);
            setOpenUser(null);
          }}
        />
      )}
      {creating && instanceId && (
        <CreateUserDialog
          instanceId={instanceId}
          onClose={() => setCreating(false)}
          onCreated={(user) => {
            table?.upsert({ username: user.username, realm: user.realm, status: user.status }, detailsOf(user));
          }}
          onOpenUser={(name) => {
            setCreating(false);
            setOpenUser(name);
          }}
        />
      )}
      {bulk && instanceId && <BulkDialog instanceId={instanceId} kind={bulk.kind} usernames={bulk.usernames} onClose={() => setBulk(null)} onFinished={onBulkFinished} />}
    </Box>
  );
}

/** Once every user is in, the view builds its search index and name order while nothing else runs. */
function usePrepareWhenIdle(view: UserView | null, done: boolean) {
  useEffect(() => {
    if (!view || !done) return;
    const idle = window.requestIdleCallback ?? ((run: () => void) => window.setTimeout(run, 200));
    const cancel = window.cancelIdleCallback ?? window.clearTimeout;
    const handle = idle(() => view.prepare());
    return () => cancel(handle);
  }, [view, done]);
}

interface HeaderProps {
  instanceName: string;
  fetching: boolean;
  canCreate: boolean;
  blockedReason?: string;
  onReload: () => void;
  onCreate: () => void;
}

const UsersHeader = memo(function UsersHeader({ instanceName, fetching, canCreate, blockedReason, onReload, onCreate }: HeaderProps) {
  return (
    <PageHeader
      title="Users"
      subtitle={`${instanceName}: every user, loaded in pages of 10,000`}
      actions={
        <>
          <Button onClick={onReload} disabled={fetching}>
            Reload
          </Button>
          {/* A non-admin cannot create either: the 403 state says why. */}
          {canCreate && (
            <GuardedButton variant="contained" blockedReason={blockedReason} onClick={onCreate} data-testid="user-create">
              New user
            </GuardedButton>
          )}
        </>
      }
    />
  );
});

/** What the group filter is doing, while it cannot be applied yet (or failed), else its size. */
function groupNote(name: string | null, group: { error: unknown; data?: { members: string[] } }): string | null {
  if (!name) return null;
  if (group.error) {
    const apiError = apiErrorOf(group.error);
    return `Could not read the members of ${name}: ${apiError ? describeApiError(apiError) : String(group.error)}. No user is shown.`;
  }
  if (!group.data) return `Reading the members of ${name}…`;
  return `${fmt.format(group.data.members.length)} member${group.data.members.length === 1 ? '' : 's'} in ${name}.`;
}
