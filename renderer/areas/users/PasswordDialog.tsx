// Change a user's password: typed twice, with a strength hint. The platform answers 400
// when the user's internal password is disabled; that message is shown as is.
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import LinearProgress from '@mui/material/LinearProgress';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useUserMutation } from './api';
import { ErrorState } from '../../components/ErrorState';
import { FormDialog } from '../../components/FormDialog';
import { notify } from '../../components/notify';
import { CurlButton } from '../../components/CurlButton';

/** 0–4: length and character classes. A hint, not a rule: the platform has its own policy. */
export function passwordStrength(password: string): number {
  if (!password) return 0;
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((re) => re.test(password)).length;
  return Math.min(4, (password.length >= 8 ? 1 : 0) + (password.length >= 12 ? 1 : 0) + Math.max(0, classes - 1));
}
const LABELS = ['Too short', 'Weak', 'Fair', 'Good', 'Strong'];

export function PasswordDialog({ instanceId, username, onClose }: { instanceId: string; username: string; onClose: () => void }) {
  const [first, setFirst] = useState('');
  const [second, setSecond] = useState('');
  const change = useUserMutation(instanceId, 'users.setPassword', () => {
    notify('success', `The password of ${username} was changed.`, { testId: 'password-changed' });
    onClose();
  });
  const strength = passwordStrength(first);
  const mismatch = second.length > 0 && first !== second;
  return (
    <FormDialog dirty={first !== '' || second !== ''} onClose={onClose} maxWidth="xs" fullWidth>
      <DialogTitle>Change password of {username}</DialogTitle>
      <DialogContent>
        <Box sx={{ display: 'flex', flexDirection: 'column', gap: 2, pt: 1 }}>
          <TextField
            type="password"
            autoComplete="new-password"
            label="New password"
            value={first}
            onChange={(e) => setFirst(e.target.value)}
            slotProps={{ htmlInput: { 'data-testid': 'password-1' } }}
          />
          <Box>
            <LinearProgress variant="determinate" value={(strength / 4) * 100} color={strength >= 3 ? 'success' : strength >= 2 ? 'warning' : 'error'} />
            <Typography variant="caption" data-testid="password-strength">
              {first ? LABELS[strength] : 'Use 12+ characters with mixed case, digits and symbols'}
            </Typography>
          </Box>
          <TextField
            type="password"
            autoComplete="new-password"
            label="Type it again"
            value={second}
            onChange={(e) => setSecond(e.target.value)}
            error={mismatch}
            helperText={mismatch ? 'The two passwords differ' : undefined}
            slotProps={{ htmlInput: { 'data-testid': 'password-2' } }}
          />
          {change.error && <ErrorState error={change.error} title="The password was not changed" />}
        </Box>
      </DialogContent>
      <DialogActions>
        <CurlButton call="users.setPassword" input={() => ({ username, password: first || 'password' })} />
        <Box sx={{ flex: 1 }} />
        <Button onClick={onClose}>Cancel</Button>
        <Button
          variant="contained"
          disabled={!first || first !== second || change.isPending}
          onClick={() => change.mutate({ username, password: first })}
          data-testid="password-save"
        >
          Change password
        </Button>
      </DialogActions>
    </FormDialog>
  );
}
