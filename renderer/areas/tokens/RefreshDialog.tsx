// Refresh: paste a refresh token, get a new pair (shown with the one-time reveal). Only the
// token's own user can refresh it, so this instance's credential must be that user's. The
// pasted value is emptied as soon as it is sent.
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { refreshTokenSchema, type CreatedToken } from '../../../shared/areas/tokens/model';
import { CurlButton } from '../../components/CurlButton';
import { ErrorState } from '../../components/ErrorState';
import { FormDialog } from '../../components/FormDialog';
import { GuardedButton } from '../../components/GuardedButton';
import { useSecretMutation } from './api';

interface Props {
  instanceId: string;
  blockedReason?: string;
  onClose: () => void;
  onRefreshed: (created: CreatedToken) => void;
}

export function RefreshDialog({ instanceId, blockedReason, onClose, onRefreshed }: Props) {
  const [value, setValue] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const refresh = useSecretMutation(instanceId, 'tokens.refresh', onRefreshed);
  const submit = () => {
    const parsed = refreshTokenSchema.safeParse(value);
    if (!parsed.success) return setProblem(parsed.error.issues[0].message);
    setProblem(null);
    setFailure(null);
    setValue('');
    refresh.mutate({ refresh_token: parsed.data }, { onError: (error) => setFailure(error), onSettled: () => refresh.reset() });
  };
  return (
    <FormDialog dirty={value !== ''} onClose={onClose} maxWidth="sm" fullWidth>
      <DialogTitle>Refresh a token</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 2 }}>
          Paste the refresh token you were given with a refreshable token. The platform answers a new access token and a new refresh token, shown once; the old pair stops working.
          Only the token’s own user can refresh it: this instance’s credential must be that user’s.
        </DialogContentText>
        <Box
          component="form"
          id="refresh-token"
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
            label="Refresh token"
            value={value}
            onChange={(e) => setValue(e.target.value)}
            error={Boolean(problem)}
            helperText={problem ?? ' '}
            slotProps={{ htmlInput: { 'data-testid': 'refresh-value', spellCheck: false } }}
          />
        </Box>
        {failure !== null && <ErrorState error={failure} title="The token was not refreshed: paste the refresh token again to retry" />}
      </DialogContent>
      <DialogActions>
        <CurlButton call="tokens.refresh" input={() => ({ refresh_token: 'REFRESH' })} />
        <Box sx={{ flex: 1 }} />
        <Button onClick={onClose}>Cancel</Button>
        <GuardedButton type="submit" form="refresh-token" variant="contained" blockedReason={blockedReason} disabled={refresh.isPending} data-testid="refresh-submit">
          Refresh
        </GuardedButton>
      </DialogActions>
    </FormDialog>
  );
}
