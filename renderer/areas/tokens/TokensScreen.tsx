// Access tokens of one instance: every token the credential may see in one virtualised
// list (filter as you type, the platform's order fields), create with the scope builder and
// the one-time reveal, revoke one, many or by value, refresh. A non-admin credential sees
// only its own tokens, and the screen says so.
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { lazy, Suspense, useCallback, useDeferredValue, useEffect, useMemo, useState } from 'react';
import type { CreatedToken, TokenInfo, TokenOrderField } from '../../../shared/areas/tokens/model';
import { DEFAULT_WITHIN_DAYS } from '../../../shared/areas/tokens/model';
import { adminNeedOf, useInstanceAccess } from '../../app/instance-access';
import { NeedsAdminState } from '../../components/NeedsAdminState';
import { useOpenObject } from '../../app/open-object';
import { CurlButton } from '../../components/CurlButton';
import { EmptyState } from '../../components/EmptyState';
import { ErrorState } from '../../components/ErrorState';
import { GuardedButton } from '../../components/GuardedButton';
import { PageHeader } from '../../components/PageHeader';
import { ReadOnlyNotice } from '../../components/ReadOnlyNotice';
import type { BulkItemResult } from '../../components/bulk/run-bulk';
import { useTokenExpiry, useTokenList } from './api';
import { TokensTable } from './TokensTable';
import { TokensToolbar } from './TokensToolbar';
import { filterTokens, NO_TOKEN_FILTERS, subjectsOf, type TokenFilters } from './token-view';

const fmt = new Intl.NumberFormat('en-US');
const NO_TOKENS: TokenInfo[] = [];

// The dialogs load apart: the list does not wait for their code (the scope builder, the
// bulk runner). Once the list is shown they load while the browser is idle.
const loadCreate = () => import('./CreateTokenDialog');
const loadRefresh = () => import('./RefreshDialog');
const loadReveal = () => import('./RevealDialog');
const loadRevoke = () => import('./RevokeDialogs');
const CreateTokenDialog = lazy(() => loadCreate().then((module) => ({ default: module.CreateTokenDialog })));
const RefreshDialog = lazy(() => loadRefresh().then((module) => ({ default: module.RefreshDialog })));
const RevealDialog = lazy(() => loadReveal().then((module) => ({ default: module.RevealDialog })));
const RevokeOneDialog = lazy(() => loadRevoke().then((module) => ({ default: module.RevokeOneDialog })));
const BulkRevokeDialog = lazy(() => loadRevoke().then((module) => ({ default: module.BulkRevokeDialog })));
const RevokeByValueDialog = lazy(() => loadRevoke().then((module) => ({ default: module.RevokeByValueDialog })));

type Open = { kind: 'create' } | { kind: 'refresh' } | { kind: 'byValue' } | { kind: 'revoke'; token: TokenInfo } | { kind: 'bulk'; ids: string[] } | null;

export default function TokensScreen() {
  const { instance, instanceId, blockedReason } = useInstanceAccess();
  const query = useTokenList(instanceId);
  const expiry = useTokenExpiry();
  const withinDays = expiry.data?.settings.withinDays ?? DEFAULT_WITHIN_DAYS;
  const [openToken, setOpenToken] = useOpenObject('tokens', instanceId);
  const [filters, setFilters] = useState<TokenFilters>(NO_TOKEN_FILTERS);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [open, setOpen] = useState<Open>(null);
  const [message, setMessage] = useState<string | null>(null);
  // The one place a new token's value is held: dropped when the reveal closes.
  const [revealed, setRevealed] = useState<{ created: CreatedToken; verb: string } | null>(null);
  const [nowMs] = useState(() => Date.now());

  const tokens = query.data?.tokens ?? NO_TOKENS;
  const effective = useMemo(() => ({ ...filters, tokenId: openToken }), [filters, openToken]);
  const rows = useMemo(() => filterTokens(tokens, effective), [tokens, effective]);
  // The user filter's choices come in a deferred render, after the rows are shown: 20,000
  // subjects parsed and sorted are not worth holding the list back for.
  const tokensForChoices = useDeferredValue(tokens);
  const users = useMemo(() => subjectsOf(tokensForChoices), [tokensForChoices]);

  const toggle = useCallback(
    (id: string) =>
      setSelected((prev) => {
        const next = new Set(prev);
        if (!next.delete(id)) next.add(id);
        return next;
      }),
    [],
  );
  const onSort = useCallback((sort: TokenOrderField) => setFilters((f) => ({ ...f, sort, descending: f.sort === sort ? !f.descending : false })), []);
  const onRevoke = useCallback((token: TokenInfo) => setOpen({ kind: 'revoke', token }), []);
  const listed = Boolean(query.data);
  useEffect(() => {
    if (!listed) return;
    const idle = requestIdleCallback(() => void Promise.all([loadCreate(), loadRefresh(), loadReveal(), loadRevoke()]).catch(() => undefined));
    return () => cancelIdleCallback(idle);
  }, [listed]);
  const reveal = (verb: string) => (created: CreatedToken) => {
    setOpen(null);
    setRevealed({ created, verb });
  };
  const onBulkFinished = (results: BulkItemResult[]) => {
    const done = new Set(results.filter((r) => r.outcome === 'ok').map((r) => r.item));
    setSelected((prev) => new Set([...prev].filter((id) => !done.has(id))));
    void query.refetch();
  };

  if (!instance || !instanceId) return <EmptyState title="No instance" description="Add a JFrog instance to manage its access tokens." />;
  // Non-admins normally get their own tokens; a 403 here is the platform refusing the credential outright.
  const adminNeed = adminNeedOf({ error: query.error, refused: 'list access tokens' });
  const visibility = query.data?.visibility;
  const header = (
    <PageHeader
      title="Access tokens"
      subtitle={query.data ? `${fmt.format(tokens.length)} tokens on ${instance.name}${visibility === 'own' ? ' (only this credential’s own)' : ''}` : instance.name}
      actions={
        <>
          <CurlButton call="tokens.list" input={() => ({})} />
          <Button onClick={() => void query.refetch()} disabled={query.isFetching} data-testid="tokens-reload">
            Reload
          </Button>
          <GuardedButton blockedReason={blockedReason} onClick={() => setOpen({ kind: 'refresh' })} data-testid="tokens-refresh">
            Refresh a token
          </GuardedButton>
          <GuardedButton blockedReason={blockedReason} onClick={() => setOpen({ kind: 'byValue' })} data-testid="tokens-revoke-by-value">
            Revoke by value
          </GuardedButton>
          <GuardedButton variant="contained" blockedReason={blockedReason} onClick={() => setOpen({ kind: 'create' })} data-testid="tokens-create">
            New token
          </GuardedButton>
        </>
      }
    />
  );
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
      {visibility === 'own' && (
        <Alert severity="info" sx={{ mb: 2 }} data-testid="tokens-own-only">
          The credential of {instance.name} is not an administrator: the platform lists only its own tokens. Use an admin token to see everyone’s.
        </Alert>
      )}
      {message && (
        <Alert severity="success" sx={{ mb: 2 }} onClose={() => setMessage(null)} data-testid="tokens-message">
          {message}
        </Alert>
      )}
      {query.error && <ErrorState error={query.error} title="Could not list tokens" onRetry={() => void query.refetch()} />}
      {/* The toolbar and the table's frame are drawn while the list is on its way: when it arrives, only rows are added. */}
      {(query.data || query.isLoading) && (
        <>
          <TokensToolbar
            filters={filters}
            setFilters={setFilters}
            users={users}
            openToken={openToken}
            onClearToken={() => setOpenToken(null)}
            counts={listed ? { shown: rows.length, total: tokens.length } : undefined}
            selectedCount={selected.size}
            onClearSelection={() => setSelected(new Set())}
            onSelectAll={() => setSelected(new Set(rows.map((t) => t.token_id)))}
            onRevokeSelected={() => setOpen({ kind: 'bulk', ids: [...selected] })}
            blockedReason={blockedReason}
          />
          <Box
            data-testid="tokens-table"
            data-shown-count={listed ? rows.length : undefined}
            data-loaded-count={listed ? tokens.length : undefined}
            aria-busy={!listed}
            data-sort={`${filters.sort}:${filters.descending ? 'descending' : 'ascending'}`}
            sx={{ display: 'flex', flex: 1, minHeight: 0 }}
          >
            <TokensTable
              tokens={rows}
              nowMs={nowMs}
              withinDays={withinDays}
              selected={selected}
              onToggle={toggle}
              onRevoke={onRevoke}
              revokeBlocked={blockedReason}
              sort={filters.sort}
              descending={filters.descending}
              onSort={onSort}
            />
          </Box>
        </>
      )}
      <Suspense fallback={null}>
        {open?.kind === 'create' && (
          <CreateTokenDialog instanceId={instanceId} knownUsers={users} blockedReason={blockedReason} onClose={() => setOpen(null)} onCreated={reveal('created')} />
        )}
        {open?.kind === 'refresh' && <RefreshDialog instanceId={instanceId} blockedReason={blockedReason} onClose={() => setOpen(null)} onRefreshed={reveal('refreshed')} />}
        {open?.kind === 'byValue' && (
          <RevokeByValueDialog
            instanceId={instanceId}
            blockedReason={blockedReason}
            onClose={() => setOpen(null)}
            onDone={(text) => {
              setOpen(null);
              setMessage(text);
            }}
          />
        )}
        {open?.kind === 'revoke' && (
          <RevokeOneDialog
            instanceId={instanceId}
            instance={instance}
            token={open.token}
            onClose={() => setOpen(null)}
            onDone={(text) => {
              setOpen(null);
              setMessage(text);
            }}
          />
        )}
        {open?.kind === 'bulk' && <BulkRevokeDialog instanceId={instanceId} instance={instance} tokenIds={open.ids} onClose={() => setOpen(null)} onFinished={onBulkFinished} />}
        {revealed && <RevealDialog created={revealed.created} verb={revealed.verb} instance={instance} onClose={() => setRevealed(null)} />}
      </Suspense>
    </Box>
  );
}
