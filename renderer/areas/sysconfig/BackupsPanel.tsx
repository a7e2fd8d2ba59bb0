// Local backups of the configuration (kept by main before every save or restore): view
// one, diff it with what the platform holds now, restore it.
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import type { InstanceView } from '../../../shared/areas/instances/model';
import type { ConfigBackup } from '../../../shared/areas/sysconfig/model';
import { useInstanceAccess } from '../../app/instance-access';
import { DiffView } from '../../components/code/DiffView';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorState } from '../../components/ErrorState';
import { GuardedButton } from '../../components/GuardedButton';
import { LoadingState } from '../../components/LoadingState';
import { useConfigBackup, useConfigBackups, useRestoreConfig } from './api';
import { formatBytes } from './config-text';
import { XmlEditor } from './XmlEditor';

type Opened = { backup: ConfigBackup; mode: 'view' | 'diff' };

export function BackupsPanel({ instance, platformXml }: { instance: InstanceView; platformXml: string }) {
  const { blockedReason } = useInstanceAccess();
  const backups = useConfigBackups(instance.id);
  const [opened, setOpened] = useState<Opened | null>(null);
  const [restoring, setRestoring] = useState<ConfigBackup | null>(null);
  const [restored, setRestored] = useState<string | null>(null);
  const restore = useRestoreConfig(instance.id);

  const confirmRestore = async () => {
    if (!restoring) return;
    try {
      await restore.mutateAsync({ id: restoring.id });
      setRestored(`Restored the backup of ${new Date(restoring.takenAt).toLocaleString()} to ${instance.name}. What it held just before is kept as a new backup.`);
    } catch {
      // Shown below.
    } finally {
      setRestoring(null);
    }
  };

  let body;
  if (backups.isLoading) body = <LoadingState label="Reading local backups…" />;
  else if (backups.error) body = <ErrorState error={backups.error} title="The local backups could not be read" onRetry={() => void backups.refetch()} />;
  else if (!backups.data?.length)
    body = (
      <Typography variant="body2" color="text.secondary" data-testid="no-backups">
        No backup yet: the first save keeps what the platform holds now.
      </Typography>
    );
  else
    body = (
      <Table size="small" aria-label="Local backups" data-testid="backups">
        <TableHead>
          <TableRow>
            <TableCell>Taken</TableCell>
            <TableCell>Why</TableCell>
            <TableCell>Size</TableCell>
            <TableCell align="right">Actions</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {backups.data.map((backup) => (
            <TableRow key={backup.id} data-testid="backup-row" data-backup-id={backup.id}>
              <TableCell>{new Date(backup.takenAt).toLocaleString()}</TableCell>
              <TableCell>{backup.reason}</TableCell>
              <TableCell>{formatBytes(backup.bytes)}</TableCell>
              <TableCell align="right">
                <Stack direction="row" spacing={0.5} sx={{ justifyContent: 'flex-end' }}>
                  <Button size="small" onClick={() => setOpened({ backup, mode: 'view' })}>
                    View
                  </Button>
                  <Button size="small" onClick={() => setOpened({ backup, mode: 'diff' })}>
                    Diff with current
                  </Button>
                  <GuardedButton size="small" color="warning" blockedReason={blockedReason} onClick={() => setRestoring(backup)}>
                    Restore
                  </GuardedButton>
                </Stack>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    );

  return (
    <Stack spacing={1}>
      <Typography variant="body2" color="text.secondary">
        Kept in Lilypad&apos;s data folder before every save and restore, per instance: a safety net the web UI does not have.
      </Typography>
      {restored ? (
        <Alert severity="success" data-testid="restored" onClose={() => setRestored(null)}>
          {restored}
        </Alert>
      ) : null}
      {restore.error ? <ErrorState error={restore.error} title="The backup was not restored" /> : null}
      {body}
      {opened ? <BackupDialog instanceId={instance.id} opened={opened} platformXml={platformXml} instanceName={instance.name} onClose={() => setOpened(null)} /> : null}
      <ConfirmDialog
        open={restoring !== null}
        title={`Restore a backup to ${instance.name}?`}
        confirmLabel="Restore"
        destructive
        instance={instance}
        busy={restore.isPending}
        onConfirm={() => void confirmRestore()}
        onClose={() => setRestoring(null)}
        message={
          restoring
            ? `${instance.name} will run with the configuration kept on ${new Date(restoring.takenAt).toLocaleString()} (${restoring.reason}). What it holds now is kept as a new backup first.`
            : ''
        }
      />
    </Stack>
  );
}

function BackupDialog({
  instanceId,
  opened,
  platformXml,
  instanceName,
  onClose,
}: {
  instanceId: string;
  opened: Opened;
  platformXml: string;
  instanceName: string;
  onClose: () => void;
}) {
  const backup = useConfigBackup(instanceId, opened.backup.id);
  const when = new Date(opened.backup.takenAt).toLocaleString();
  return (
    <Dialog open onClose={onClose} maxWidth="lg" fullWidth aria-labelledby="backup-title">
      <DialogTitle id="backup-title">{opened.mode === 'view' ? `Backup of ${when}` : `Backup of ${when} against ${instanceName} now`}</DialogTitle>
      <DialogContent>
        {backup.isLoading ? <LoadingState label="Reading the backup…" /> : null}
        {backup.error ? <ErrorState error={backup.error} title="The backup could not be read" /> : null}
        {backup.data && opened.mode === 'view' ? <XmlEditor value={backup.data.xml} onChange={() => undefined} readOnly label={`Backup of ${when}`} height={520} /> : null}
        {backup.data && opened.mode === 'diff' ? (
          <DiffView oldText={backup.data.xml} newText={platformXml} oldLabel={`Backup of ${when}`} newLabel={`${instanceName} now`} />
        ) : null}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Close</Button>
      </DialogActions>
    </Dialog>
  );
}
