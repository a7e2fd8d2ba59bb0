// Users: every user of the instance in one virtualised table, streamed page by page,
// with filters, sort, a details panel, creation and bulk actions.
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { useCallback, useMemo, useState } from 'react';
import type { UserDetails } from '../../../shared/areas/users/model';
import { useLockedUsers, useRefreshUser, useUserTable } from './api';
import { EmptyState } from '../../components/EmptyState';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { PageHeader } from '../../components/PageHeader';
import { ReadOnlyNotice } from '../../components/ReadOnlyNotice';
import type { BulkItemResult } from '../../components/bulk/run-bulk';
import { isForbidden, useInstanceAccess } from '../../app/instance-access';
import { BulkDialog } from './BulkDialog';
import type { BulkKind } from './bulk-actions';
import { CreateUserDialog } from './CreateUserDialog';
import { GuardedButton } from '../../components/GuardedButton';
import { openObject, useOpenObject } from '../../app/open-object';
import { SelectionBar } from './SelectionBar';
import { UserDetailsDrawer } from './UserDetailsDrawer';
import { UsersTable } from './UsersTable';
import { UsersToolbar } from './UsersToolbar';
import { useUserView, type SortKey, type UserFilters } from './use-user-view';

const NO_FILTERS: UserFilters = { text: '', realm: '', status: '', sort: null, descending: false };

export default function UsersScreen() {
  const { instance, instanceId, blockedReason } = useInstanceAccess();
  const { query, table, version } = useUserTable(instanceId);
  const lockedQuery = useLockedUsers(instanceId);
  const locked = useMemo(() => new Set(lockedQuery.data ?? []), [lockedQuery.data]);
  const [filters, setFilters] = useState(NO_FILTERS);
  const { rows, applied } = useUserView(table, version, filters, locked);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [creating, setCreating] = useState(false);
  const [bulk, setBulk] = useState<{ kind: BulkKind; usernames: string[] } | null>(null);
  const [openUser, setOpenUser] = useOpenObject('users', instanceId);
  const refresh = useRefreshUser(instanceId);

  const toggle = useCallback((username: string) => setSelected((prev) => {
    const next = new Set(prev);
    if (!next.delete(username)) next.add(username);
    return next;
  }), []);
  const onSort = (key: SortKey) => setFilters((f) => ({ ...f, sort: key, descending: f.sort === key ? !f.descending : false }));
  // Leaving the screen closes this panel; the group's panel opens over there.
  const openGroup = (name: string) => instanceId && openObject('groups', instanceId, name, 'users');
  const onLoaded = useCallback((user: UserDetails) => {
    table?.upsert({ username: user.username, realm: user.realm, status: user.status }, user.admin);
  }, [table]);
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
  const forbidden = Boolean(query.error) && isForbidden(query.error);
  const header = (
    <PageHeader
      title="Users"
      subtitle={`${instance.name}: every user, loaded in pages of 10,000`}
      actions={<>
        <Button onClick={() => void query.refetch()} disabled={query.isFetching}>Reload</Button>
        {/* A non-admin cannot create either: the 403 state below says why. */}
        {!forbidden && <GuardedButton variant="contained" blockedReason={blockedReason} onClick={() => setCreating(true)} data-testid="user-create">New user</GuardedButton>}
      </>}
    />
  );
  if (forbidden) {
    return <>{header}<EmptyState title="Needs admin permissions" description={`The credential of ${instance.name} is not an administrator, so the platform refuses to list users (HTTP 403). Use an admin token for this instance.`} /></>;
  }
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', height: 'calc(100vh - 120px)', minHeight: 480 }}>
      {header}
      <ReadOnlyNotice instance={instance} />
      {query.error && <ErrorState error={query.error} title="Could not list users" onRetry={() => void query.refetch()} />}
      {query.isLoading && <LoadingState label="Loading the first page of users…" />}
      {table && (
        <>
          {Boolean(table.error) && <ErrorState error={table.error} title={`Loading stopped after ${table.count} users`} onRetry={() => void query.refetch()} />}
          <UsersToolbar filters={filters} onChange={(patch) => setFilters((f) => ({ ...f, ...patch }))} shown={rows.length} loaded={table.count} loading={!table.done} pages={table.pages} />
          <SelectionBar
            selected={selected.size}
            matching={rows.length}
            blockedReason={blockedReason}
            onSelectAll={() => setSelected(new Set(Array.from(rows, (i) => table.names[i])))}
            onClear={() => setSelected(new Set())}
            onBulk={(kind) => setBulk({ kind, usernames: [...selected] })}
          />
          <Box data-testid="users-table" data-loaded-count={table.count} data-shown-count={rows.length} data-filter={applied} data-done={String(table.done)} sx={{ display: 'flex', flex: 1, minHeight: 0 }}>
            <UsersTable table={table} version={version} rows={rows} locked={locked} selected={selected} onToggle={toggle} onOpen={setOpenUser} sort={filters.sort} descending={filters.descending} onSort={onSort} />
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
          onDeleted={(name) => { table?.removeMany([name]); setOpenUser(null); }}
        />
      )}
      {creating && instanceId && (
        <CreateUserDialog
          instanceId={instanceId}
          onClose={() => setCreating(false)}
          onCreated={(user) => { table?.upsert({ username: user.username, realm: user.realm, status: user.status }, user.admin); }}
          onOpenUser={(name) => { setCreating(false); setOpenUser(name); }}
        />
      )}
      {bulk && instanceId && <BulkDialog instanceId={instanceId} kind={bulk.kind} usernames={bulk.usernames} onClose={() => setBulk(null)} onFinished={onBulkFinished} />}
    </Box>
  );
}
