import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';
import { useId, useState, type ReactNode } from 'react';
import { isProductionInstance } from '../app/environment';

interface Props {
  open: boolean;
  title: string;
  message: ReactNode;
  confirmLabel?: string;
  /** When set, the user must type this text before confirming (for destructive actions). */
  requireText?: string;
  destructive?: boolean;
  /**
   * The instance the action changes. On an instance labelled as production, the user must
   * type its name before confirming (the shared production guard).
   */
  instance?: { name: string; environment?: string };
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
  const [typedName, setTypedName] = useState('');
  const inputId = useId();
  const nameId = useId();
  const production = instance && isProductionInstance(instance) ? instance.name : undefined;
  const allowed = !busy && (!requireText || typed === requireText) && (!production || typedName === production);
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
          <TextField
            id={inputId}
            autoFocus
            sx={{ mt: 2 }}
            label={`Type "${requireText}" to confirm`}
            value={typed}
            onChange={(event) => setTyped(event.target.value)}
          />
        )}
        {production && (
          <TextField
            id={nameId}
            autoFocus={!requireText}
            fullWidth
            sx={{ mt: 2 }}
            label={`Production instance: type "${production}" to confirm`}
            value={typedName}
            onChange={(event) => setTypedName(event.target.value)}
            slotProps={{ htmlInput: { 'data-testid': 'confirm-instance-name' } }}
          />
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Cancel</Button>
        <Button type="submit" variant="contained" color={destructive ? 'error' : 'primary'} disabled={!allowed} autoFocus={!requireText && !production}>
          {confirmLabel}
        </Button>
      </DialogActions>
    </form>
  );
}
