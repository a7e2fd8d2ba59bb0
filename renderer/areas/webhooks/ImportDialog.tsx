// Copies the selected subscriptions into another saved instance. Main reads them from this
// instance with its own credential and creates them there without secrets; a key that
// exists there is skipped. A read-only target cannot be picked (and main refuses it).
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import type { ImportOutcome } from '../../../shared/areas/webhooks/model';
import type { InstanceView } from '../../../shared/areas/instances/model';
import { ErrorState } from '../../components/ErrorState';
import { useImportWebhooks } from './api';

interface Props {
  source: InstanceView;
  instances: readonly InstanceView[];
  keys: readonly string[];
  onClose: () => void;
}

const OUTCOME_COLOR: Record<ImportOutcome['outcome'], string> = { created: 'success.main', skipped: 'text.secondary', failed: 'error.main' };

export function ImportDialog({ source, instances, keys, onClose }: Props) {
  const targets = instances.filter((instance) => instance.id !== source.id);
  const [targetId, setTargetId] = useState(targets.find((t) => !t.readOnly)?.id ?? '');
  const run = useImportWebhooks(targetId || undefined);
  const results = run.data;
  const count = (outcome: ImportOutcome['outcome']) => results?.filter((r) => r.outcome === outcome).length ?? 0;
  return (
    <Dialog open onClose={onClose} maxWidth="sm" fullWidth aria-labelledby="wh-import-title">
      <DialogTitle id="wh-import-title">Import {keys.length === 1 ? keys[0] : `${keys.length} subscriptions`} into another instance</DialogTitle>
      <DialogContent>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          The subscriptions are copied from {source.name} without their secrets: set them again on the target. A key that already exists there is skipped.
        </Typography>
        {targets.length === 0 ? (
          <Alert severity="info">Save another instance first: there is nowhere to import into.</Alert>
        ) : (
          <TextField
            select
            fullWidth
            label="Target instance"
            value={targetId}
            onChange={(e) => {
              setTargetId(e.target.value);
              run.reset();
            }}
            slotProps={{ select: { SelectDisplayProps: { 'data-testid': 'wh-import-target' } as object } }}
          >
            {targets.map((target) => (
              <MenuItem key={target.id} value={target.id} disabled={target.readOnly}>
                {target.name}
                {target.readOnly ? ' (read-only: changes are disabled)' : ''}
              </MenuItem>
            ))}
          </TextField>
        )}
        {run.error && (
          <Box sx={{ mt: 2 }}>
            <ErrorState error={run.error} title="The import did not run" />
          </Box>
        )}
        {results && (
          <Box sx={{ mt: 2 }} data-testid="wh-import-results">
            <Alert severity={count('failed') ? 'warning' : 'success'} sx={{ mb: 1 }}>
              <span data-testid="wh-import-summary">
                {count('created')} created, {count('skipped')} skipped (exists), {count('failed')} failed
              </span>
            </Alert>
            <Box component="ul" sx={{ m: 0, p: 0, listStyle: 'none', maxHeight: 260, overflow: 'auto' }}>
              {results.map((result) => (
                <Box component="li" key={result.key} data-testid={`wh-import-${result.outcome}`} data-key={result.key} sx={{ fontSize: 13, py: 0.25 }}>
                  <Typography component="span" sx={{ fontFamily: 'monospace', fontSize: 13, fontWeight: 600 }}>
                    {result.key}
                  </Typography>
                  {' — '}
                  <Typography component="span" sx={{ fontSize: 13, color: OUTCOME_COLOR[result.outcome] }}>
                    {result.outcome}
                    {result.message ? `: ${result.message}` : ''}
                    {result.status ? ` (HTTP ${result.status})` : ''}
                  </Typography>
                </Box>
              ))}
            </Box>
          </Box>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{results ? 'Close' : 'Cancel'}</Button>
        {!results && (
          <Button
            variant="contained"
            disabled={!targetId || run.isPending}
            onClick={() => run.mutate({ sourceInstanceId: source.id, keys: [...keys] })}
            data-testid="wh-import-run"
          >
            {run.isPending ? 'Importing…' : 'Import'}
          </Button>
        )}
      </DialogActions>
    </Dialog>
  );
}
