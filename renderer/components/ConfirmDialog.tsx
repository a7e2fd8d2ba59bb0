import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';
import { useId, useState, type ReactNode } from 'react';
import type { GuardedInstance } from '../app/environment';
import { useInstanceNameGuard } from './InstanceNameGuard';

interface Props {
  open: boolean;
  title: string;
  message: ReactNode;
  confirmLabel?: string;
  /** When set, the user must type this text before confirming (for destructive actions). */
  requireText?: string;
  destructive?: boolean;
  /**
   * The instance the action changes. Pass it for every destructive action: when the
   * instance's policy asks for it (by default, one labelled as production) the user must
   * type its name before confirming (the shared production guard).
   */
  instance?: GuardedInstance;
  busy?: boolean;
  onConfirm: () => void;
  onClose: () => void;
}

export function ConfirmDialog(props: Props) {
  // Remount the body on each open so the typed text starts empty.
  return (
    <Dialog open={props.open} onClose={props.onClose} maxWidth="xs" fullWidth aria-labelledby="confirm-title">
      {props.open && <ConfirmBody {...props} />}
    </Dialog>
  );
}

function ConfirmBody({ title, message, confirmLabel = 'Confirm', requireText, destructive, instance, busy, onConfirm, onClose }: Props) {
  const [typed, setTyped] = useState('');
  const inputId = useId();
  const guard = useInstanceNameGuard(instance, { autoFocus: !requireText });
  const allowed = !busy && (!requireText || typed === requireText) && guard.satisfied;
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        if (allowed) onConfirm();
      }}
    >
      <DialogTitle id="confirm-title">{title}</DialogTitle>
      <DialogContent>
        <DialogContentText component="div">{message}</DialogContentText>
        {requireText && (
          <TextField id={inputId} autoFocus sx={{ mt: 2 }} label={`Type "${requireText}" to confirm`} value={typed} onChange={(event) => setTyped(event.target.value)} />
        )}
        {guard.field}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Cancel</Button>
        <Button
          type="submit"
          variant="contained"
          color={destructive ? 'error' : 'primary'}
          disabled={!allowed}
          autoFocus={!requireText && !guard.required}
          data-testid="confirm-submit"
        >
          {confirmLabel}
        </Button>
      </DialogActions>
    </form>
  );
}
