// Delete licenses by hash: confirm (the production guard asks for the instance name), then
// show what the platform said of each hash.
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import type { HashResult } from '../../../shared/areas/licenses/model';
import type { InstanceView } from '../../../shared/areas/instances/model';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { CurlButton } from '../../components/CurlButton';
import { ErrorState } from '../../components/ErrorState';
import { useDeleteLicenses } from './api';
import { shortHash } from './license-view';

interface Props {
  instance: InstanceView;
  hashes: string[];
  onClose: (deleted: string[]) => void;
}

export function DeleteLicensesFlow({ instance, hashes, onClose }: Props) {
  const remove = useDeleteLicenses(instance.id);
  const results: HashResult[] | undefined = remove.data;
  if (results) {
    const deleted = results.filter((r) => r.outcome === 'deleted').map((r) => r.hash);
    return (
      <Dialog open onClose={() => onClose(deleted)} maxWidth="sm" fullWidth>
        <DialogTitle>Licenses deleted</DialogTitle>
        <DialogContent data-testid="delete-results" sx={{ display: 'flex', flexDirection: 'column', gap: 1 }}>
          {results.map((result) => (
            <Alert key={result.hash} severity={result.outcome === 'deleted' ? 'success' : 'error'} data-testid="hash-result" data-outcome={result.outcome}>
              <Box component="span" sx={{ fontFamily: 'monospace' }}>
                {shortHash(result.hash)}
              </Box>
              : {result.message}
            </Alert>
          ))}
        </DialogContent>
        <DialogActions>
          <Button onClick={() => onClose(deleted)}>Close</Button>
        </DialogActions>
      </Dialog>
    );
  }
  return (
    <ConfirmDialog
      open
      destructive
      instance={instance}
      title={`Delete ${hashes.length} license${hashes.length === 1 ? '' : 's'}?`}
      message={
        <>
          The platform removes {hashes.length === 1 ? 'this license' : 'these licenses'} from the cluster: {hashes.map(shortHash).join(', ')}. A node that used one stays unlicensed
          until another key is installed.
          <Box sx={{ mt: 1 }}>
            <CurlButton call="licenses.delete" input={() => ({ hashes })} />
          </Box>
          {remove.error ? <ErrorState error={remove.error} title="Nothing was deleted" /> : null}
        </>
      }
      confirmLabel="Delete"
      busy={remove.isPending}
      onConfirm={() => remove.mutate({ hashes })}
      onClose={() => onClose([])}
    />
  );
}
