// "Copy as cURL" for one action: the same request mapping the handlers send, printed
// with the credential as an environment variable (shared/curl.ts never sees a secret).
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { curlForCall } from '../../shared/curl';
import { ApiFailure } from '../../shared/errors';
import type { MappedCallName, RequestInput } from '../../shared/api/contract';
import { useActiveInstance } from '../app/active-instance';

interface Props<K extends MappedCallName> {
  call: K;
  /** The call's input as the form holds it now. */
  input: () => RequestInput<K>;
  label?: string;
}

export function CurlButton<K extends MappedCallName>({ call, input, label = 'Copy as cURL' }: Props<K>) {
  const instance = useActiveInstance();
  const [text, setText] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  if (!instance) return null;
  const open = () => {
    let command: string;
    try {
      command = curlForCall(call, input(), { baseUrl: instance.baseUrl, authKind: instance.authKind, username: instance.username });
    } catch (error) {
      // A request the console would refuse to send (a name that is a dot segment) has no command either.
      setProblem(error instanceof ApiFailure ? error.error.message : String(error));
      setText('');
      return;
    }
    setProblem(null);
    setText(command);
    // The clipboard may be refused (no focus, no permission): the dialog shows the text anyway.
    void navigator.clipboard?.writeText(command).catch(() => undefined);
  };
  return (
    <>
      <Button size="small" onClick={open} data-testid={`curl-${call}`}>
        {label}
      </Button>
      <Dialog open={text !== null} onClose={() => setText(null)} maxWidth="md" fullWidth>
        <DialogTitle>cURL command</DialogTitle>
        <DialogContent>
          {problem !== null ? (
            <Alert severity="error" data-testid="curl-problem">
              {problem}
            </Alert>
          ) : (
            <TextField
              value={text ?? ''}
              multiline
              fullWidth
              minRows={3}
              slotProps={{ htmlInput: { readOnly: true, 'data-testid': 'curl-text', style: { fontFamily: 'monospace', fontSize: 12 } } }}
              helperText="Copied to the clipboard. Set JFROG_TOKEN or JFROG_PASSWORD in your shell first."
            />
          )}
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setText(null)}>Close</Button>
        </DialogActions>
      </Dialog>
    </>
  );
}
