// Revoking: one token by id (confirmation naming it, production guard), many at once (per
// token results), and one given by its value (sent once; the field is emptied after).
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import LinearProgress from '@mui/material/LinearProgress';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useRef, useState } from 'react';
import { tokenValueSchema, usernameOfSubject, type RevokeByValueResult, type RevokeResult, type TokenInfo } from '../../../shared/areas/tokens/model';
import { describeApiError } from '../../../shared/errors';
import { apiErrorOf } from '../../api/bridge';
import type { GuardedInstance } from '../../app/environment';
import { callInstance } from '../../api/hooks';
import { BulkResults } from '../../components/bulk/BulkResults';
import { DEFAULT_CONCURRENCY, runBulk, type BulkItemResult, type BulkProgress } from '../../components/bulk/run-bulk';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { CurlButton } from '../../components/CurlButton';
import { ErrorState } from '../../components/ErrorState';
import { FormDialog } from '../../components/FormDialog';
import { GuardedButton } from '../../components/GuardedButton';
import { useSecretMutation, useTokenRevoke } from './api';

const fmt = new Intl.NumberFormat('en-US');

/** What a revoke answer means, in words: 200 and 204 both leave the platform without the token. */
export const revokeOutcome = (result: RevokeResult): string =>
  result.status === 200 ? `Token ${result.token_id} was revoked (HTTP 200).` : `Token ${result.token_id} was already gone: revoked, expired or never stored (HTTP 204).`;

export const tokenLabel = (token: TokenInfo): string =>
  `${token.description ? `"${token.description}"` : 'the token'} of ${usernameOfSubject(token.subject) ?? token.subject} (${token.token_id})`;

interface RevokeOneProps {
  instanceId: string;
  instance: GuardedInstance;
  token: TokenInfo;
  onClose: () => void;
  onDone: (message: string) => void;
}

export function RevokeOneDialog({ instanceId, instance, token, onClose, onDone }: RevokeOneProps) {
  const revoke = useTokenRevoke(instanceId, (result) => onDone(revokeOutcome(result)));
  return (
    <ConfirmDialog
      open
      title="Revoke this token?"
      destructive
      instance={instance}
      busy={revoke.isPending}
      confirmLabel="Revoke"
      message={
        <Box data-testid="revoke-confirm">
          Revoke {tokenLabel(token)} on {instance.name}? Anything using it stops working at once.
          <Box sx={{ mt: 1 }}>
            <CurlButton call="tokens.revoke" input={() => ({ id: token.token_id })} />
          </Box>
          {revoke.error && <ErrorState error={revoke.error} title="The token was not revoked" />}
        </Box>
      }
      onConfirm={() => revoke.mutate({ id: token.token_id })}
      onClose={onClose}
    />
  );
}

const describe = (error: unknown) => {
  const apiError = apiErrorOf(error);
  return apiError
    ? describeApiError(apiError) + (apiError.platformMessage && apiError.platformMessage !== apiError.message ? ` — ${apiError.platformMessage}` : '')
    : String(error);
};

interface BulkProps {
  instanceId: string;
  instance: GuardedInstance;
  tokenIds: string[];
  onClose: () => void;
  onFinished: (results: BulkItemResult[]) => void;
}

export function BulkRevokeDialog({ instanceId, instance, tokenIds, onClose, onFinished }: BulkProps) {
  const [confirming, setConfirming] = useState(true);
  const [progress, setProgress] = useState<BulkProgress | null>(null);
  const [results, setResults] = useState<BulkItemResult[] | null>(null);
  const abort = useRef<AbortController | null>(null);
  const running = progress !== null && results === null;
  const start = async () => {
    setConfirming(false);
    const controller = new AbortController();
    abort.current = controller;
    setProgress({ done: 0, failed: 0, total: tokenIds.length, inFlight: 0, peakInFlight: 0 });
    const statuses = new Map<string, number>();
    const out = await runBulk(
      tokenIds,
      // The run's tags make the activity log show it as one entry with its items.
      async (id, tags) => statuses.set(id, (await callInstance(instanceId, 'tokens.revoke', { id }, tags)).status),
      { concurrency: DEFAULT_CONCURRENCY, signal: controller.signal, onProgress: setProgress, describeError: describe, label: `Revoke ${tokenIds.length} tokens` },
    );
    // Say which ones were already gone (204) rather than revoked now (200).
    const described = out.map((r) => (r.outcome === 'ok' && statuses.get(r.item) === 204 ? { ...r, message: 'already gone (HTTP 204)' } : r));
    setResults(described);
    onFinished(described);
  };
  if (confirming) {
    return (
      <ConfirmDialog
        open
        destructive
        instance={instance}
        title={`Revoke ${fmt.format(tokenIds.length)} token${tokenIds.length === 1 ? '' : 's'}?`}
        confirmLabel="Revoke all"
        message={
          <Box data-testid="bulk-revoke-confirm">
            {tokenIds.length <= 5 ? tokenIds.join(', ') : `${tokenIds.slice(0, 5).join(', ')} and ${fmt.format(tokenIds.length - 5)} more`} on {instance.name}. Anything using them
            stops working.
            <Box sx={{ mt: 1 }}>
              <CurlButton call="tokens.revoke" input={() => ({ id: tokenIds[0] })} label="cURL for one token" />
            </Box>
          </Box>
        }
        onConfirm={() => void start()}
        onClose={onClose}
      />
    );
  }
  return (
    <Dialog open onClose={running ? undefined : onClose} maxWidth="sm" fullWidth>
      <DialogTitle>Revoking {fmt.format(tokenIds.length)} tokens</DialogTitle>
      <DialogContent>
        {progress && (
          <Box sx={{ mb: 2 }} data-testid="bulk-progress" data-done={progress.done} data-total={progress.total}>
            <LinearProgress variant="determinate" value={progress.total ? (progress.done / progress.total) * 100 : 100} />
            <Typography variant="body2" sx={{ mt: 0.5 }}>
              {fmt.format(progress.done)} of {fmt.format(progress.total)} done, {fmt.format(progress.failed)} failed
            </Typography>
          </Box>
        )}
        {results && <BulkResults results={results} noun="tokens" />}
      </DialogContent>
      <DialogActions>
        {running && (
          <Button color="warning" onClick={() => abort.current?.abort()} data-testid="bulk-cancel">
            Cancel remaining
          </Button>
        )}
        {results && (
          <Button variant="contained" onClick={onClose} data-testid="bulk-close">
            Close
          </Button>
        )}
      </DialogActions>
    </Dialog>
  );
}

interface ByValueProps {
  instanceId: string;
  blockedReason?: string;
  onClose: () => void;
  onDone: (message: string) => void;
}

/** The pasted value is held in this dialog only, sent once, and emptied as soon as it is sent. */
export function RevokeByValueDialog({ instanceId, blockedReason, onClose, onDone }: ByValueProps) {
  const [value, setValue] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const revoke = useSecretMutation(instanceId, 'tokens.revokeByValue', (result: RevokeByValueResult) =>
    onDone(`The token${result.token_id ? ` ${result.token_id}` : ''} was revoked (HTTP ${result.status}).`),
  );
  const submit = () => {
    const parsed = tokenValueSchema.safeParse(value);
    if (!parsed.success) return setProblem(parsed.error.issues[0].message);
    setProblem(null);
    setFailure(null);
    // The field empties now and the mutation forgets its input once settled: a failure
    // shows the platform's answer and asks for the value again rather than keeping it.
    setValue('');
    revoke.mutate({ token: parsed.data }, { onError: (error) => setFailure(error), onSettled: () => revoke.reset() });
  };
  return (
    <FormDialog dirty={value !== ''} onClose={onClose} maxWidth="sm" fullWidth>
      <DialogTitle>Revoke a token by its value</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 2 }}>
          Paste an access token (or reference token) to revoke it, for example one found in a log. Administrators only. The value is sent once and not kept: after sending, the
          field is empty.
        </DialogContentText>
        <Box
          component="form"
          id="revoke-by-value"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            submit();
          }}
        >
          <TextField
            fullWidth
            type="password"
            autoComplete="off"
            label="Token value"
            value={value}
            onChange={(e) => setValue(e.target.value)}
            error={Boolean(problem)}
            helperText={problem ?? ' '}
            slotProps={{ htmlInput: { 'data-testid': 'revoke-value', spellCheck: false } }}
          />
        </Box>
        {failure !== null && (
          <Box data-testid="revoke-value-failed">
            <ErrorState error={failure} title="The token was not revoked: paste it again to retry" />
          </Box>
        )}
      </DialogContent>
      <DialogActions>
        <CurlButton call="tokens.revokeByValue" input={() => ({ token: 'TOKEN' })} />
        <Box sx={{ flex: 1 }} />
        <Button onClick={onClose}>Cancel</Button>
        <GuardedButton
          type="submit"
          form="revoke-by-value"
          color="error"
          variant="contained"
          blockedReason={blockedReason}
          disabled={revoke.isPending}
          data-testid="revoke-value-submit"
        >
          Revoke
        </GuardedButton>
      </DialogActions>
    </FormDialog>
  );
}
