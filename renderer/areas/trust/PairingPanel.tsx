// Service pairing between saved instances: main asks the target for a pairing token and
// initiates the pairing on the source with it. The token is never shown and never reaches
// this page. Existing pairings are listed per use case.
import Alert from '@mui/material/Alert';
import Autocomplete from '@mui/material/Autocomplete';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import type { InstanceView } from '../../../shared/areas/instances/model';
import { pairingRequests } from '../../../shared/areas/trust/calls';
import { USE_CASE_SUGGESTIONS, useCaseSchema } from '../../../shared/areas/trust/model';
import { toCurl } from '../../../shared/curl';
import { useInstances } from '../../app/active-instance';
import { useInstanceAccess } from '../../app/instance-access';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorState } from '../../components/ErrorState';
import { GuardedButton } from '../../components/GuardedButton';
import { LoadingState } from '../../components/LoadingState';
import { usePair, usePairings } from './api';

export function PairingPanel({ instance }: { instance: InstanceView }) {
  const { blockedReason } = useInstanceAccess();
  const others = (useInstances().data ?? []).filter((i) => i.id !== instance.id);
  const [useCase, setUseCase] = useState<string>(USE_CASE_SUGGESTIONS[0]);
  const [targetId, setTargetId] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const [curl, setCurl] = useState<string | null>(null);
  const checked = useCaseSchema.safeParse(useCase);
  const pairings = usePairings(instance.id, useCase.trim(), checked.success);
  const pair = usePair(instance.id);
  const target = others.find((i) => i.id === targetId);

  const run = async () => {
    setConfirming(false);
    if (!checked.success || !target) return;
    setDone(null);
    try {
      const result = await pair.mutateAsync({ targetInstanceId: target.id, useCase: checked.data });
      setDone(`${result.source} and ${result.target} are paired for ${result.useCase}: ${result.message}`);
    } catch {
      // Shown below.
    }
  };

  const showCurl = () => {
    if (!target || !checked.success) return;
    const steps = pairingRequests(checked.data);
    setCurl(
      [
        `# 1. On ${target.name}: create a pairing token (valid 5 minutes, used once)`,
        toCurl({ ...steps.createToken, baseUrl: target.baseUrl, authKind: target.authKind, username: target.username }),
        `# 2. On ${instance.name}: initiate the pairing with it`,
        toCurl({ ...steps.initiate, baseUrl: instance.baseUrl, authKind: instance.authKind, username: instance.username }),
      ].join('\n'),
    );
  };

  return (
    <Stack spacing={2} sx={{ maxWidth: 860 }}>
      <Typography variant="body2" color="text.secondary">
        Pairing establishes trust between two services for one use case. Lilypad creates the short-lived pairing token on the target and initiates the pairing on {instance.name}{' '}
        with it, in main: the token is never shown and never reaches this window.
      </Typography>
      <Stack direction="row" spacing={1.5}>
        <Autocomplete
          freeSolo
          options={[...USE_CASE_SUGGESTIONS]}
          value={useCase}
          onInputChange={(_e, value) => setUseCase(value)}
          sx={{ minWidth: 260 }}
          renderInput={(params) => <TextField {...params} label="Use case" error={!checked.success} helperText={checked.success ? undefined : checked.error.issues[0]?.message} />}
        />
        <TextField
          select
          label={`Pair ${instance.name} with`}
          value={targetId}
          onChange={(e) => setTargetId(e.target.value)}
          sx={{ minWidth: 240 }}
          helperText={others.length ? undefined : 'Save another instance first'}
        >
          {others.map((i) => (
            <MenuItem key={i.id} value={i.id}>
              {i.name}
            </MenuItem>
          ))}
        </TextField>
      </Stack>
      <Stack direction="row" spacing={1}>
        <GuardedButton variant="contained" blockedReason={blockedReason} disabled={!target || !checked.success || pair.isPending} onClick={() => setConfirming(true)}>
          Pair…
        </GuardedButton>
        <Button size="small" disabled={!target || !checked.success} onClick={showCurl}>
          Copy as cURL
        </Button>
      </Stack>
      {done ? (
        <Alert severity="success" data-testid="pairing-done">
          {done}
        </Alert>
      ) : null}
      {pair.error ? <ErrorState error={pair.error} title="The instances were not paired" /> : null}
      <Typography variant="h6" component="h2">
        Pairings of {instance.name} for {useCase || '…'}
      </Typography>
      {pairings.isLoading ? <LoadingState label="Reading pairings…" /> : null}
      {pairings.error ? <ErrorState error={pairings.error} title="The pairings could not be read" /> : null}
      {pairings.data ? (
        pairings.data.length === 0 ? (
          <Typography variant="body2" color="text.secondary" data-testid="no-pairings">
            No pairing for this use case.
          </Typography>
        ) : (
          <List dense aria-label="Pairings">
            {pairings.data.map((p) => (
              <ListItem key={p.baseUrl} data-testid="pairing">
                {p.baseUrl}
              </ListItem>
            ))}
          </List>
        )
      ) : null}
      <ConfirmDialog
        open={confirming}
        title={`Pair ${instance.name} with ${target?.name ?? ''}?`}
        confirmLabel="Pair"
        instance={instance}
        onConfirm={() => void run()}
        onClose={() => setConfirming(false)}
        message={`${target?.name ?? ''} will issue a pairing token for ${useCase}, and ${instance.name} will use it to establish trust with it.`}
      />
      <Dialog open={curl !== null} onClose={() => setCurl(null)} maxWidth="md" fullWidth>
        <DialogTitle>cURL commands</DialogTitle>
        <DialogContent>
          <TextField
            value={curl ?? ''}
            multiline
            fullWidth
            minRows={4}
            slotProps={{ htmlInput: { readOnly: true, 'data-testid': 'curl-text', style: { fontFamily: 'monospace', fontSize: 12 } } }}
            helperText="Set JFROG_PAIRING_TOKEN to the pairing_token the first command answers."
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setCurl(null)}>Close</Button>
        </DialogActions>
      </Dialog>
    </Stack>
  );
}
