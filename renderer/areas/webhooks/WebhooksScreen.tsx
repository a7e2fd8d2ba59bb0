// Webhooks: every subscription of the instance, filtered as you type and sorted, with
// enable/disable in the list, create/edit/duplicate in the domain-shaped form, delete with
// confirmation, export of the selection as JSON (no secrets) and import into another instance.
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { lazy, Suspense, useDeferredValue, useMemo, useState } from 'react';
import { DOMAINS, DOMAIN_LABELS, type WebhookView } from '../../../shared/areas/webhooks/model';
import { useInstances } from '../../app/active-instance';
import { adminNeedOf, useInstanceAccess } from '../../app/instance-access';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { CurlButton } from '../../components/CurlButton';
import { EmptyState } from '../../components/EmptyState';
import { ErrorState } from '../../components/ErrorState';
import { downloadText } from '../../components/files';
import { GuardedButton } from '../../components/GuardedButton';
import { LoadingState } from '../../components/LoadingState';
import { NeedsAdminState } from '../../components/NeedsAdminState';
import { notify } from '../../components/notify';
import { PageHeader } from '../../components/PageHeader';
import { ReadOnlyNotice } from '../../components/ReadOnlyNotice';
import { useDeleteWebhook, useSetEnabled, useWebhooks } from './api';
import { WebhooksTable } from './WebhooksTable';
import { emptyForm, formFromView, type WebhookForm } from './webhook-form';
import { exportJson, filterRows, sortRows, toRows, type WebhookSortKey } from './webhook-list';

const fmt = new Intl.NumberFormat('en-US');

// The dialogs (form with its pickers, import) load when first opened: opening the list does
// not wait for their code.
const WebhookFormDialog = lazy(() => import('./WebhookFormDialog').then((m) => ({ default: m.WebhookFormDialog })));
const ImportDialog = lazy(() => import('./ImportDialog').then((m) => ({ default: m.ImportDialog })));

type Editing = { title: string; initial: WebhookForm; key?: string } | null;

export default function WebhooksScreen() {
  const { instance, instanceId, blockedReason } = useInstanceAccess();
  const instances = useInstances();
  const list = useWebhooks(instanceId);
  const setEnabled = useSetEnabled(instanceId);
  const remove = useDeleteWebhook(instanceId);
  const [text, setText] = useState('');
  const [domain, setDomain] = useState('');
  const [sort, setSort] = useState<{ key: WebhookSortKey; descending: boolean }>({ key: 'key', descending: false });
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<string | null>(null);
  const [importing, setImporting] = useState(false);
  const [pending, setPending] = useState<Record<string, boolean>>({});
  const needle = useDeferredValue(text);
  const rows = useMemo(() => toRows(list.data ?? []), [list.data]);
  const shown = useMemo(() => sortRows(filterRows(rows, needle, domain || null), sort.key, sort.descending), [rows, needle, domain, sort]);
  const byKey = useMemo(() => new Map((list.data ?? []).map((view) => [view.key, view])), [list.data]);
  const chosen = [...selected].filter((key) => byKey.has(key));

  if (!instance || !instanceId) return <EmptyState title="No instance" description="Add a JFrog instance to manage its webhooks." />;
  const adminNeed = adminNeedOf({ error: list.error, refused: 'list webhook subscriptions' });
  const forbidden = adminNeed !== null;
  const header = (
    <PageHeader
      title="Webhooks"
      subtitle={instance.name}
      actions={
        <>
          <Button onClick={() => void list.refetch()} disabled={list.isFetching}>
            Reload
          </Button>
          {!forbidden && <CurlButton call="webhooks.list" input={() => ({})} />}
          {!forbidden && (
            <GuardedButton variant="contained" blockedReason={blockedReason} onClick={() => setEditing({ title: 'New webhook', initial: emptyForm() })} data-testid="wh-create">
              New webhook
            </GuardedButton>
          )}
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
  const open = (key: string, mode: 'edit' | 'duplicate') => {
    const listed = byKey.get(key);
    // A switch just flipped holds its new position until the list is read again; the form starts from it too.
    const view = listed && key in pending ? { ...listed, enabled: pending[key] } : listed;
    if (view)
      setEditing(mode === 'edit' ? { title: `Edit ${key}`, initial: formFromView(view, 'edit'), key } : { title: `Duplicate ${key}`, initial: formFromView(view, 'duplicate') });
  };
  const exportSelected = () =>
    downloadText(`webhooks-${instance.name.replace(/[^A-Za-z0-9_-]+/g, '-')}.json`, exportJson(chosen.map((key) => byKey.get(key) as WebhookView)), 'application/json');
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', height: 'calc(100vh - 120px)', minHeight: 420 }}>
      {header}
      <ReadOnlyNotice instance={instance} />
      {list.error && <ErrorState error={list.error} title="Could not list webhooks" onRetry={() => void list.refetch()} />}
      {setEnabled.error && <ErrorState error={setEnabled.error} title="Could not change the subscription" />}
      {/* The toolbar and the table's frame are drawn while the list is on its way: when it arrives, only rows are added. */}
      {(list.data || list.isLoading) && (
        <>
          <Box sx={{ display: 'flex', gap: 2, alignItems: 'center', mb: 1.5, flexWrap: 'wrap' }}>
            <TextField
              size="small"
              label="Filter webhooks"
              value={text}
              onChange={(e) => setText(e.target.value)}
              sx={{ width: 280 }}
              slotProps={{ htmlInput: { 'data-testid': 'wh-filter' } }}
            />
            <TextField
              select
              size="small"
              label="Domain"
              value={domain}
              onChange={(e) => setDomain(e.target.value)}
              sx={{ width: 220 }}
              // "All domains" shown as the value, like the users' realm and status filters.
              slotProps={{ inputLabel: { shrink: true }, select: { displayEmpty: true } }}
            >
              <MenuItem value="">All domains</MenuItem>
              {DOMAINS.map((d) => (
                <MenuItem key={d} value={d}>
                  {DOMAIN_LABELS[d]}
                </MenuItem>
              ))}
            </TextField>
            <Typography variant="body2" color="text.secondary" data-testid="wh-count" role={list.data ? undefined : 'status'}>
              {list.data ? `${fmt.format(shown.length)} of ${fmt.format(rows.length)}` : 'Loading…'}
            </Typography>
            <Box sx={{ flex: 1 }} />
            <Typography variant="body2" color="text.secondary">
              {chosen.length} selected
            </Typography>
            <Button disabled={chosen.length === 0} onClick={exportSelected} data-testid="wh-export">
              Export JSON
            </Button>
            <Button disabled={chosen.length === 0} onClick={() => setImporting(true)} data-testid="wh-import">
              Import into…
            </Button>
          </Box>
          {list.data && rows.length === 0 ? (
            <EmptyState
              title="No webhooks yet"
              description="Subscriptions call a URL when something happens on the platform: an artifact is deployed, a build is promoted, a user is locked…"
            />
          ) : (
            <Box data-testid="wh-table" data-loaded-count={rows.length} sx={{ display: 'flex', flex: 1, minHeight: 0 }}>
              <WebhooksTable
                rows={shown}
                sort={sort}
                onSort={(key) => setSort((s) => ({ key, descending: s.key === key ? !s.descending : false }))}
                selected={selected}
                onSelect={(key, on) =>
                  setSelected((s) => {
                    const next = new Set(s);
                    if (on) next.add(key);
                    else next.delete(key);
                    return next;
                  })
                }
                onSelectAll={(on) => setSelected(on ? new Set(shown.map((row) => row.view.key)) : new Set())}
                blockedReason={blockedReason}
                pending={pending}
                onToggle={(key, enabled) => {
                  setPending((p) => ({ ...p, [key]: enabled }));
                  // Settled after the list was refetched (the mutation awaits it), so the switch never flips back and forth.
                  setEnabled.mutate({ key, enabled }, { onSettled: () => setPending(({ [key]: _done, ...rest }) => rest) });
                }}
                onEdit={(key) => open(key, 'edit')}
                onDuplicate={(key) => open(key, 'duplicate')}
                onDelete={setDeleting}
              />
            </Box>
          )}
        </>
      )}
      {editing && (
        <Suspense fallback={<LoadingState label="Opening the form…" />}>
          <WebhookFormDialog
            key={editing.key ?? editing.title}
            instanceId={instanceId}
            title={editing.title}
            initial={editing.initial}
            editingKey={editing.key}
            onClose={() => setEditing(null)}
            onSaved={(view) => {
              notify('success', `${editing.key ? 'Saved' : 'Created'} the webhook ${view.key}.`);
              setEditing(null);
            }}
          />
        </Suspense>
      )}
      <ConfirmDialog
        open={deleting !== null}
        title={`Delete ${deleting ?? ''}?`}
        message={
          <>
            The subscription <strong>{deleting}</strong> stops calling its handlers. This cannot be undone.
          </>
        }
        confirmLabel="Delete"
        destructive
        instance={instance}
        busy={remove.isPending}
        onConfirm={() =>
          deleting &&
          remove.mutate(
            { key: deleting },
            {
              onSuccess: () => {
                notify('success', `Deleted the webhook ${deleting}.`);
                setSelected((s) => {
                  const next = new Set(s);
                  next.delete(deleting);
                  return next;
                });
                setDeleting(null);
              },
            },
          )
        }
        onClose={() => {
          setDeleting(null);
          remove.reset();
        }}
      />
      {remove.error && <ErrorState error={remove.error} title="Could not delete the subscription" />}
      {importing && (
        <Suspense fallback={<LoadingState label="Opening the import…" />}>
          <ImportDialog source={instance} instances={instances.data ?? []} keys={chosen} onClose={() => setImporting(false)} />
        </Suspense>
      )}
    </Box>
  );
}
