// Shows the latest notice. Its text stays while the notification slides away: closing
// clears the store at once, so the last notice is kept here until the exit has finished.
import Alert from '@mui/material/Alert';
import Snackbar from '@mui/material/Snackbar';
import { useState } from 'react';
import { useNotices, type Notice } from './notify';

const SHOWN_MS = 8000;

export function Notifications() {
  const current = useNotices((state) => state.current);
  const dismiss = useNotices((state) => state.dismiss);
  const [last, setLast] = useState<Notice | null>(current);
  // Remember the newest notice (adjusting state while rendering, React's pattern for derived state).
  if (current && current !== last) setLast(current);
  const shown = current ?? last;
  if (!shown) return null;
  const close = () => dismiss(shown.id);
  return (
    <Snackbar
      key={shown.id}
      open={current !== null && current.id === shown.id}
      autoHideDuration={SHOWN_MS}
      // A click elsewhere in the window is not a reason to hide what just happened.
      onClose={(_event, reason) => {
        if (reason !== 'clickaway') close();
      }}
      anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}
      slotProps={{ transition: { onExited: () => setLast(null) } }}
    >
      <Alert severity={shown.severity} variant="filled" onClose={close} data-testid={shown.testId ?? 'notification'} sx={{ maxWidth: 720 }}>
        {shown.text}
      </Alert>
    </Snackbar>
  );
}
