// One bulk run: choose (group; typed count for deleting many), run with bounded
// concurrency and a progress bar, cancel, then the per-user results.
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import LinearProgress from '@mui/material/LinearProgress';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useRef, useState } from 'react';
import { describeApiError } from '../../../shared/errors';
import { apiErrorOf } from '../../api/bridge';
import { DEFAULT_CONCURRENCY, runBulk, type BulkItemResult, type BulkProgress } from '../../components/bulk/run-bulk';
import { BULK_LABELS, bulkLabel, curlCallOf, needsGroup, prepareBulkAction, type BulkKind } from './bulk-actions';
import { useInstance } from '../../app/active-instance';
import { FormDialog } from '../../components/FormDialog';
import { useInstanceNameGuard } from '../../components/InstanceNameGuard';
import { CurlButton } from '../../components/CurlButton';
import { BulkResults } from '../../components/bulk/BulkResults';
import { GroupPicker } from './GroupPicker';

interface Props {
  instanceId: string;
  kind: BulkKind;
  usernames: string[];
  onClose: () => void;
  /** Called once with the results, so the screen can update its table. */
  onFinished: (kind: BulkKind, results: BulkItemResult[], group: string) => void;
}

const fmt = new Intl.NumberFormat('en-US');
const describe = (error: unknown) => {
  const apiError = apiErrorOf(error);
  return apiError
    ? describeApiError(apiError) + (apiError.platformMessage && apiError.platformMessage !== apiError.message ? ` — ${apiError.platformMessage}` : '')
    : String(error);
};

export function BulkDialog({ instanceId, kind, usernames, onClose, onFinished }: Props) {
  const [group, setGroup] = useState<string | null>(null);
  const [typed, setTyped] = useState('');
  const [progress, setProgress] = useState<BulkProgress | null>(null);
  const [results, setResults] = useState<BulkItemResult[] | null>(null);
  const [setupError, setSetupError] = useState<string | null>(null);
  const abort = useRef<AbortController | null>(null);
  // A bulk run is its own confirmation: on a guarded instance it waits for the name typed.
  const guard = useInstanceNameGuard(useInstance(instanceId));
  const count = usernames.length;
  const mustType = kind === 'delete' && count > 1;
  const ready = (!needsGroup(kind) || Boolean(group)) && (!mustType || typed.trim() === String(count)) && guard.satisfied;
  const running = progress !== null && results === null;

  const start = async () => {
    setSetupError(null);
    const controller = new AbortController();
    abort.current = controller;
    setProgress({ done: 0, failed: 0, total: count, inFlight: 0, peakInFlight: 0 });
    try {
      const action = await prepareBulkAction(instanceId, kind, group ?? '');
      const out = await runBulk(usernames, action, {
        concurrency: DEFAULT_CONCURRENCY,
        signal: controller.signal,
        onProgress: setProgress,
        describeError: describe,
        label: bulkLabel(kind, group ?? ''),
      });
      setResults(out);
      onFinished(kind, out, group ?? '');
    } catch (error) {
      setProgress(null);
      setSetupError(describe(error));
    }
  };

  return (
    // Typed choices (group, count, name) ask before Escape discards them; a running bulk cannot be closed, only cancelled.
    <FormDialog dirty={!progress && (group !== null || typed !== '')} onClose={running ? () => undefined : onClose} maxWidth="sm" fullWidth>
      <DialogTitle>
        {BULK_LABELS[kind]}: {fmt.format(count)} user{count === 1 ? '' : 's'}
      </DialogTitle>
      <DialogContent>
        {!progress && (
          <Box sx={{ display: 'flex', flexDirection: 'column', gap: 2, pt: 1 }}>
            <Typography variant="body2">{count <= 5 ? usernames.join(', ') : `${usernames.slice(0, 5).join(', ')} and ${fmt.format(count - 5)} more`}</Typography>
            {needsGroup(kind) && <GroupPicker instanceId={instanceId} label="Group" value={group} onChange={setGroup} testId="bulk-group" />}
            {mustType && (
              <TextField
                label={`Type ${count} to delete ${fmt.format(count)} users`}
                value={typed}
                onChange={(event) => setTyped(event.target.value)}
                slotProps={{ htmlInput: { 'data-testid': 'bulk-confirm-count' } }}
              />
            )}
            {guard.field}
            {setupError && (
              <Typography color="error" variant="body2">
                {setupError}
              </Typography>
            )}
          </Box>
        )}
        {progress && (
          <Box sx={{ mb: 2 }} data-testid="bulk-progress" data-done={progress.done} data-total={progress.total} data-peak={progress.peakInFlight}>
            <LinearProgress variant="determinate" value={progress.total ? (progress.done / progress.total) * 100 : 100} />
            <Typography variant="body2" sx={{ mt: 0.5 }}>
              {fmt.format(progress.done)} of {fmt.format(progress.total)} done, {fmt.format(progress.failed)} failed
              {running ? ` · ${progress.inFlight} in flight (at most ${DEFAULT_CONCURRENCY})` : ''}
            </Typography>
          </Box>
        )}
        {results && <BulkResults results={results} />}
      </DialogContent>
      <DialogActions>
        {!progress && <BulkCurl kind={kind} username={usernames[0]} group={group ?? 'group'} />}
        <Box sx={{ flex: 1 }} />
        {!progress && <Button onClick={onClose}>Cancel</Button>}
        {!progress && (
          <Button variant="contained" color={kind === 'delete' ? 'error' : 'primary'} disabled={!ready} onClick={() => void start()} data-testid="bulk-start">
            {BULK_LABELS[kind]}
          </Button>
        )}
        {running && (
          <Button color="warning" onClick={() => abort.current?.abort()} disabled={abort.current?.signal.aborted} data-testid="bulk-cancel">
            Cancel remaining
          </Button>
        )}
        {results && (
          <Button variant="contained" onClick={onClose} data-testid="bulk-close">
            Close
          </Button>
        )}
      </DialogActions>
    </FormDialog>
  );
}

/** cURL of the request the first user gets; the others differ only by name. */
function BulkCurl({ kind, username, group }: { kind: BulkKind; username: string; group: string }) {
  const request = curlCallOf(kind, username, group);
  const label = 'cURL for one user';
  if (request.call === 'users.updateGroups') return <CurlButton call={request.call} input={() => request.input} label={label} />;
  return <CurlButton call={request.call} input={() => request.input} label={label} />;
}
