// Federation targets of the active instance: filter as you type, sort by name, register,
// edit, validate the circle of trust (a 412 shows the target's answer), full broadcast,
// delete (confirmed; production instances need their name typed).
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TableSortLabel from '@mui/material/TableSortLabel';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import type { InstanceView } from '../../../shared/areas/instances/model';
import type { FederationTarget, FederationValidation } from '../../../shared/areas/trust/model';
import { adminNeedOf, useInstanceAccess } from '../../app/instance-access';
import { NeedsAdminState } from '../../components/NeedsAdminState';
import { apiErrorOf } from '../../api/bridge';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { CurlButton } from '../../components/CurlButton';
import { ErrorState } from '../../components/ErrorState';
import { GuardedButton } from '../../components/GuardedButton';
import { LoadingState } from '../../components/LoadingState';
import { useBroadcastFederation, useDeleteFederation, useFederations, useValidateFederation } from './api';
import { FederationDialog } from './FederationDialog';
import { visibleTargets } from './federation-form';
import { NeedsAdminToken } from './NeedsAdminToken';

type Outcome = { name: string; severity: 'success' | 'error'; text: string };

export function FederationPanel({ instance }: { instance: InstanceView }) {
  const { blockedReason } = useInstanceAccess();
  const targets = useFederations(instance.id);
  const [query, setQuery] = useState('');
  const [direction, setDirection] = useState<'asc' | 'desc'>('asc');
  const [dialog, setDialog] = useState<{ editing?: FederationTarget } | null>(null);
  const [deleting, setDeleting] = useState<FederationTarget | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const validate = useValidateFederation(instance.id);
  const broadcast = useBroadcastFederation(instance.id);
  const remove = useDeleteFederation(instance.id);

  const runValidate = async (target: FederationTarget) => {
    setOutcome(null);
    try {
      const result: FederationValidation = await validate.mutateAsync({ url: target.url });
      setOutcome({ name: target.name, severity: result.valid ? 'success' : 'error', text: result.valid ? result.message : `HTTP ${result.status}: ${result.message}` });
    } catch (error) {
      setOutcome({ name: target.name, severity: 'error', text: apiErrorOf(error)?.message ?? String(error) });
    }
  };
  const runBroadcast = async (target: FederationTarget) => {
    setOutcome(null);
    try {
      await broadcast.mutateAsync({ name: target.name });
      setOutcome({ name: target.name, severity: 'success', text: `Full broadcast to ${target.name} started.` });
    } catch (error) {
      const api = apiErrorOf(error);
      setOutcome({ name: target.name, severity: 'error', text: `${api?.status ? `HTTP ${api.status}: ` : ''}${api?.message ?? String(error)}` });
    }
  };
  const confirmDelete = async () => {
    if (!deleting) return;
    try {
      await remove.mutateAsync({ name: deleting.name });
      setOutcome({ name: deleting.name, severity: 'success', text: `${deleting.name} is no longer a federation target of ${instance.name}.` });
    } catch {
      // Shown below.
    } finally {
      setDeleting(null);
    }
  };

  if (targets.isLoading) return <LoadingState label="Loading federation targets…" />;
  const need = adminNeedOf({ error: targets.error, refused: 'list federation targets' });
  if (need) return <NeedsAdminState instanceName={instance.name} need={need} />;
  if (apiErrorOf(targets.error)?.status === 401) return <NeedsAdminToken error={targets.error} />;
  if (targets.error || !targets.data) return <ErrorState error={targets.error} title="The federation targets could not be loaded" onRetry={() => void targets.refetch()} />;
  const shown = visibleTargets(targets.data, query, direction);

  return (
    <Stack spacing={1.5}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
        <TextField size="small" label="Filter by name or URL" value={query} onChange={(e) => setQuery(e.target.value)} sx={{ width: 320 }} />
        <Typography variant="body2" color="text.secondary">
          {shown.length} of {targets.data.length} target(s)
        </Typography>
        <Stack direction="row" spacing={1} sx={{ flexGrow: 1, justifyContent: 'flex-end' }}>
          <CurlButton call="trust.federations" input={() => ({})} />
          <GuardedButton variant="contained" blockedReason={blockedReason} onClick={() => setDialog({})}>
            Register target…
          </GuardedButton>
        </Stack>
      </Stack>
      {outcome ? (
        <Alert severity={outcome.severity} data-testid="federation-outcome" onClose={() => setOutcome(null)}>
          <strong>{outcome.name}</strong>: {outcome.text}
        </Alert>
      ) : null}
      {remove.error ? <ErrorState error={remove.error} title="The target was not deleted" /> : null}
      {targets.data.length === 0 ? (
        <Typography variant="body2" color="text.secondary" data-testid="no-federations">
          {instance.name} federates to no other platform.
        </Typography>
      ) : (
        <Table size="small" aria-label="Federation targets">
          <TableHead>
            <TableRow>
              <TableCell sortDirection={direction}>
                <TableSortLabel active direction={direction} onClick={() => setDirection(direction === 'asc' ? 'desc' : 'asc')}>
                  Name
                </TableSortLabel>
              </TableCell>
              <TableCell>URL</TableCell>
              <TableCell>Entities</TableCell>
              <TableCell>Include / exclude</TableCell>
              <TableCell>Active</TableCell>
              <TableCell align="right">Actions</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {shown.map((target) => (
              <TableRow key={target.name} data-testid="federation-row" data-name={target.name}>
                <TableCell>{target.name}</TableCell>
                <TableCell sx={{ wordBreak: 'break-all' }}>{target.url}</TableCell>
                <TableCell>{target.entities.join(', ')}</TableCell>
                <TableCell sx={{ fontFamily: 'monospace', fontSize: 12 }}>
                  {target.includePatterns.length ? `+ ${target.includePatterns.join(', ')}` : '+ (all)'}
                  {target.excludePatterns.length ? <div>− {target.excludePatterns.join(', ')}</div> : null}
                </TableCell>
                <TableCell>{target.active ? <Chip size="small" color="success" label="active" /> : <Chip size="small" label="inactive" />}</TableCell>
                <TableCell align="right">
                  <Stack direction="row" spacing={0.5} sx={{ justifyContent: 'flex-end' }}>
                    <Button size="small" disabled={validate.isPending} onClick={() => void runValidate(target)}>
                      Validate
                    </Button>
                    <GuardedButton size="small" blockedReason={blockedReason} disabled={broadcast.isPending} onClick={() => void runBroadcast(target)}>
                      Broadcast
                    </GuardedButton>
                    <GuardedButton size="small" blockedReason={blockedReason} onClick={() => setDialog({ editing: target })}>
                      Edit
                    </GuardedButton>
                    <GuardedButton size="small" color="error" blockedReason={blockedReason} onClick={() => setDeleting(target)}>
                      Delete
                    </GuardedButton>
                  </Stack>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {dialog ? <FederationDialog instanceId={instance.id} editing={dialog.editing} onClose={() => setDialog(null)} /> : null}
      <ConfirmDialog
        open={deleting !== null}
        title={`Delete the federation target ${deleting?.name ?? ''}?`}
        confirmLabel="Delete"
        destructive
        instance={instance}
        busy={remove.isPending}
        onConfirm={() => void confirmDelete()}
        onClose={() => setDeleting(null)}
        message={`${instance.name} stops sending ${deleting?.entities.join(', ') ?? ''} to ${deleting?.url ?? ''}. What was sent so far stays on the target.`}
      />
    </Stack>
  );
}
