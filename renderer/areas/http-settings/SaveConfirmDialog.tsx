// Confirmation before the platform's HTTP settings change: old → new for every field.
import { Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import type { InstanceView } from '../../../shared/areas/instances/model';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import type { FieldChange } from './form/settings-diff';

interface Props {
  open: boolean;
  /** The instance whose settings change: a guarded one asks for its name typed. */
  instance: InstanceView;
  changes: FieldChange[];
  busy: boolean;
  onConfirm: () => void;
  onClose: () => void;
}

export function SaveConfirmDialog({ open, instance, changes, busy, onConfirm, onClose }: Props) {
  return (
    <ConfirmDialog
      open={open}
      title="Save HTTP settings?"
      confirmLabel="Save to platform"
      busy={busy}
      instance={instance}
      onConfirm={onConfirm}
      onClose={onClose}
      message={
        <>
          <Typography variant="body2" sx={{ mb: 1 }}>
            {instance.name} will use these reverse proxy settings. Your web server keeps its current configuration until you install a new snippet.
          </Typography>
          <Table size="small" aria-label="Changes to save" data-testid="save-changes">
            <TableHead>
              <TableRow>
                <TableCell>Setting</TableCell>
                <TableCell>Now</TableCell>
                <TableCell>New</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {changes.map((change) => (
                <TableRow key={change.field}>
                  <TableCell>{change.label}</TableCell>
                  <TableCell sx={{ wordBreak: 'break-all', color: 'text.secondary' }}>{change.before}</TableCell>
                  <TableCell sx={{ wordBreak: 'break-all', fontWeight: 600 }}>{change.after}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </>
      }
    />
  );
}
