// The dialog every form uses: Escape or a click outside never throws typed input away
// silently. While `dirty`, closing that way asks first; Cancel and the form's own buttons
// close as before. A picker open inside the dialog (a menu, an autocomplete) handles its
// own Escape first, so Escape there closes the picker only.
import Button from '@mui/material/Button';
import Dialog, { type DialogProps } from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { useState, type ReactNode } from 'react';

interface Props extends Omit<DialogProps, 'onClose' | 'open'> {
  /** True while the form holds input that closing would lose. */
  dirty: boolean;
  onClose: () => void;
  children: ReactNode;
}

export function FormDialog({ dirty, onClose, children, ...dialogProps }: Props) {
  const [asking, setAsking] = useState(false);
  return (
    <>
      <Dialog
        {...dialogProps}
        open
        onClose={(_event, reason) => {
          if (dirty && (reason === 'escapeKeyDown' || reason === 'backdropClick')) setAsking(true);
          else onClose();
        }}
      >
        {children}
      </Dialog>
      <Dialog open={asking} onClose={() => setAsking(false)} maxWidth="xs" aria-labelledby="discard-title">
        <DialogTitle id="discard-title">Discard your changes?</DialogTitle>
        <DialogContent>
          <DialogContentText>What you typed in this form has not been saved.</DialogContentText>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setAsking(false)} autoFocus>
            Keep editing
          </Button>
          <Button
            color="error"
            onClick={() => {
              setAsking(false);
              onClose();
            }}
          >
            Discard
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
}
