// Support bundles of the active self-hosted instance: list (filter as you type, sort),
// create and follow until it ends, metadata, download streamed by main to disk with
// progress, delete and bulk delete. On Cloud: why there are none, and log collection.
import SupportOutlined from '@mui/icons-material/SupportOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { isCloud } from '../../../shared/areas/instances/platform-kind';
import type { SupportBundle } from '../../../shared/areas/support-bundles/model';
import { apiErrorOf } from '../../api/bridge';
import { callInstance, invalidateCalls } from '../../api/hooks';
import { isForbidden, useInstanceAccess } from '../../app/instance-access';
import { BulkResults } from '../../components/bulk/BulkResults';
import { runBulk, type BulkItemResult } from '../../components/bulk/run-bulk';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { CurlButton } from '../../components/CurlButton';
import { EmptyState } from '../../components/EmptyState';
import { ErrorState } from '../../components/ErrorState';
import { GuardedButton } from '../../components/GuardedButton';
import { LoadingState } from '../../components/LoadingState';
import { PageHeader } from '../../components/PageHeader';
import { useBundles, useDeleteBundle, useFollowBundles, useStartDownload } from './api';
import { BundleDetailsDialog } from './BundleDetailsDialog';
import { BundlesTable } from './BundlesTable';
import { filterBundles, sortBundles, type BundleSort, type BundleSortKey } from './bundle-view';
import { CloudLogCollection } from './CloudLogCollection';
import { CreateBundleDialog } from './CreateBundleDialog';
import { downloadKey, useDownloads } from './downloads-store';

const describe = (error: unknown): string => {
  const apiError = apiErrorOf(error);
  if (!apiError) return String(error);
  return `${apiError.platformMessage ?? apiError.message}${apiError.status ? ` (HTTP ${apiError.status})` : ''}`;
};

export default function SupportBundlesScreen() {
  const { instance, instanceId, blockedReason } = useInstanceAccess();
  const cloud = instance ? isCloud(instance) : false;
  const list = useBundles(instanceId, !cloud);
  const client = useQueryClient();
  const [filter, setFilter] = useState('');
  const [sort, setSort] = useState<BundleSort>({ key: 'created', descending: true });
  const [selected, setSelected] = useState<string[]>([]);
  const [creating, setCreating] = useState(false);
  const [details, setDetails] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<string[] | null>(null);
  const [bulk, setBulk] = useState<BulkItemResult[] | null>(null);
  const [bulkBusy, setBulkBusy] = useState(false);
  const remove = useDeleteBundle(instanceId);
  const download = useStartDownload(instanceId);
  const { jobs, start } = useDownloads();

  // Bundles still being made are followed through their metadata until they end.
  const inProgress = (list.data ?? []).filter((b) => b.status === 'in-progress').map((b) => b.id);
  const followed = useFollowBundles(instanceId, inProgress);
  const latest = new Map(followed.flatMap((q) => (q.data ? [[q.data.id, q.data.status] as const] : [])));
  const bundles: SupportBundle[] = (list.data ?? []).map((b) => (latest.has(b.id) ? { ...b, status: latest.get(b.id) ?? b.status } : b));
  const shown = sortBundles(filterBundles(bundles, filter), sort);

  // A clock for "in progress for 42 s", ticking only while something is in progress.
  const [now, setNow] = useState(() => Date.now());
  const ticking = inProgress.length > 0;
  useEffect(() => {
    if (!ticking) return undefined;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [ticking]);

  const onSort = (key: BundleSortKey) => setSort((s) => ({ key, descending: s.key === key ? !s.descending : key === 'created' }));

  const confirmDelete = async (ids: string[]) => {
    if (!instanceId) return;
    if (ids.length === 1) {
      remove.mutate(
        { id: ids[0] },
        {
          onSuccess: () => {
            setDeleting(null);
            setSelected((s) => s.filter((id) => id !== ids[0]));
          },
        },
      );
      return;
    }
    setBulkBusy(true);
    // One entry of the activity log for the run (its calls carry the run's tags).
    const results = await runBulk(ids, (id, tags) => callInstance(instanceId, 'supportBundles.delete', { id }, tags), {
      describeError: describe,
      label: `Delete ${ids.length} support bundles`,
    });
    setBulkBusy(false);
    setDeleting(null);
    setBulk(results);
    setSelected((s) => s.filter((id) => !results.some((r) => r.item === id && r.outcome === 'ok')));
    await invalidateCalls(client, instanceId, ['supportBundles.list']);
  };

  let body;
  if (!instance) body = <EmptyState icon={<SupportOutlined />} title="No instance" description="Add an instance to work with its support bundles." />;
  else if (cloud || apiErrorOf(list.error)?.kind === 'unsupported') body = <CloudLogCollection instance={instance} blockedReason={blockedReason} />;
  else if (isForbidden(list.error)) {
    body = (
      <EmptyState
        icon={<SupportOutlined />}
        title="Needs an administrator"
        description={`The credential of ${instance.name} is not an administrator (403). Support bundles need an admin token.`}
      />
    );
  } else if (list.isLoading) body = <LoadingState label="Listing support bundles…" />;
  else if (list.error) body = <ErrorState error={list.error} title="The support bundles could not be listed" onRetry={() => void list.refetch()} />;
  else {
    body = (
      <Stack spacing={1.5}>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
          <TextField
            size="small"
            label="Filter"
            placeholder="name, description, status"
            value={filter}
            onChange={(e) => setFilter(e.target.value)}
            slotProps={{ htmlInput: { 'data-testid': 'bundle-filter' } }}
            sx={{ width: 320 }}
          />
          <Box sx={{ flex: 1, color: 'text.secondary', fontSize: 13 }} data-testid="bundle-count">
            {shown.length === bundles.length ? `${bundles.length} bundles` : `${shown.length} of ${bundles.length} bundles`}
          </Box>
          <GuardedButton
            color="error"
            variant="outlined"
            blockedReason={blockedReason}
            disabled={selected.length === 0}
            onClick={() => setDeleting(selected)}
            data-testid="bundles-delete-selected"
          >
            Delete {selected.length || ''} selected
          </GuardedButton>
        </Stack>
        {download.error ? <ErrorState error={download.error} title="The download did not start" /> : null}
        {bundles.length === 0 ? (
          <EmptyState icon={<SupportOutlined />} title="No support bundles" description="Create one when JFrog Support asks for it, or before you open a case." />
        ) : (
          <BundlesTable
            instanceId={instance.id}
            bundles={shown}
            now={now}
            sort={sort}
            onSort={onSort}
            selected={selected}
            onSelect={setSelected}
            jobs={jobs}
            jobKey={(bundleId) => downloadKey(instance.id, bundleId)}
            blockedReason={blockedReason}
            onDetails={setDetails}
            onDownload={(id) => download.mutate({ id }, { onSuccess: (job) => start(instance.id, id, job.jobId) })}
            onDelete={(id) => setDeleting([id])}
          />
        )}
      </Stack>
    );
  }

  return (
    <Box>
      <PageHeader
        title="Support bundles"
        subtitle="Archives of configuration, system information, logs and thread dumps for JFrog Support. Downloads are streamed straight to disk."
        actions={
          instance && !cloud ? (
            <Stack direction="row" spacing={1}>
              <CurlButton call="supportBundles.list" input={() => ({})} />
              <GuardedButton variant="contained" blockedReason={blockedReason} onClick={() => setCreating(true)} data-testid="bundle-create">
                New bundle
              </GuardedButton>
            </Stack>
          ) : undefined
        }
      />
      {body}
      {creating && instanceId && <CreateBundleDialog instanceId={instanceId} onClose={() => setCreating(false)} onCreated={() => setCreating(false)} />}
      {details && instanceId && <BundleDetailsDialog instanceId={instanceId} id={details} onClose={() => setDetails(null)} />}
      {instance && (
        <ConfirmDialog
          open={deleting !== null}
          destructive
          instance={instance}
          title={deleting && deleting.length > 1 ? `Delete ${deleting.length} support bundles?` : 'Delete this support bundle?'}
          message={
            <>
              {deleting && deleting.length > 1 ? `${deleting.length} bundles are removed from ${instance.name}.` : `${deleting?.[0] ?? ''} is removed from ${instance.name}.`}{' '}
              Downloaded copies stay where you saved them.
              {deleting?.length === 1 && (
                <Box sx={{ mt: 1 }}>
                  <CurlButton call="supportBundles.delete" input={() => ({ id: deleting[0] })} />
                </Box>
              )}
              {remove.error ? <ErrorState error={remove.error} title="The bundle was not deleted" /> : null}
            </>
          }
          confirmLabel="Delete"
          busy={remove.isPending || bulkBusy}
          onConfirm={() => deleting && void confirmDelete(deleting)}
          onClose={() => setDeleting(null)}
        />
      )}
      <Dialog open={bulk !== null} onClose={() => setBulk(null)} maxWidth="sm" fullWidth>
        <DialogTitle>Bundles deleted</DialogTitle>
        <DialogContent>{bulk && <BulkResults results={bulk} noun="bundles" />}</DialogContent>
        <DialogActions>
          <Button onClick={() => setBulk(null)}>Close</Button>
        </DialogActions>
      </Dialog>
    </Box>
  );
}
