// The one-time reveal of a new token (access, and refresh and reference when there are
// any). The values live in this dialog's props only: the screen drops them when it
// closes, so nothing in the renderer holds them afterwards. Copying as an environment
// variable or a `jf config add` command builds the text at the moment of copying and puts
// it on the clipboard only.
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import type { CreatedToken } from '../../../shared/areas/tokens/model';
import { envSnippet, jfConfigSnippet } from './reveal-snippets';

interface Props {
  created: CreatedToken;
  instance: { name: string; baseUrl: string };
  /** "created" or "refreshed": what the title says. */
  verb: string;
  onClose: () => void;
}

export function RevealDialog({ created, instance, verb, onClose }: Props) {
  const [copied, setCopied] = useState<string | null>(null);
  const copy = (what: string, text: string) => {
    void navigator.clipboard
      ?.writeText(text)
      .then(() => setCopied(what))
      .catch(() => setCopied(null));
  };
  const values: [string, string, string | undefined][] = [
    ['access', 'Access token', created.access_token],
    ['refresh', 'Refresh token', created.refresh_token],
    ['reference', 'Reference token', created.reference_token],
  ];
  return (
    // Only the Done button closes it: a stray Escape must not lose the one chance to copy.
    <Dialog open maxWidth="md" fullWidth aria-labelledby="reveal-title" data-testid="token-reveal">
      <DialogTitle id="reveal-title">Token {verb}</DialogTitle>
      <DialogContent>
        <Alert severity="warning" sx={{ mb: 2 }} data-testid="reveal-warning">
          Copy it now: you will not see this again. Lilypad does not keep the value anywhere, and the platform never shows it again.
        </Alert>
        {created.listed === false && (
          <Alert severity="info" sx={{ mb: 2 }} data-testid="reveal-not-listed">
            The platform did not store this token (it expires before the persistency threshold): it works, but it will not appear in the list and cannot be revoked by id. Revoke it
            by its value if needed.
          </Alert>
        )}
        {values.map(([id, label, value]) =>
          value ? (
            <Box key={id} sx={{ mb: 2 }}>
              <Typography variant="subtitle2">{label}</Typography>
              <Box
                component="pre"
                data-testid={`reveal-${id}`}
                sx={{
                  m: 0,
                  p: 1,
                  fontFamily: 'monospace',
                  fontSize: 12,
                  whiteSpace: 'pre-wrap',
                  wordBreak: 'break-all',
                  bgcolor: 'action.hover',
                  borderRadius: 1,
                  userSelect: 'all',
                }}
              >
                {value}
              </Box>
              <Button size="small" onClick={() => copy(id, value)} data-testid={`copy-${id}`}>
                {copied === id ? 'Copied' : `Copy ${label.toLowerCase()}`}
              </Button>
              {id === 'access' && (
                <>
                  <Button size="small" onClick={() => copy('env', envSnippet(value))} data-testid="copy-env">
                    {copied === 'env' ? 'Copied' : 'Copy as environment variable'}
                  </Button>
                  <Button size="small" onClick={() => copy('jf', jfConfigSnippet(instance.name, instance.baseUrl, value))} data-testid="copy-jf-config">
                    {copied === 'jf' ? 'Copied' : 'Copy as jf config add'}
                  </Button>
                </>
              )}
            </Box>
          ) : null,
        )}
        <Typography variant="body2" color="text.secondary" data-testid="reveal-meta">
          Token id {created.token_id ?? '(not given)'} · scope {created.scope || '(default)'} ·{' '}
          {created.expires_in ? `expires in ${Math.round(created.expires_in / 3600).toLocaleString('en-US')} hours` : 'no expiry'}
        </Typography>
      </DialogContent>
      <DialogActions>
        <Button variant="contained" onClick={onClose} data-testid="reveal-done">
          Done, I have copied it
        </Button>
      </DialogActions>
    </Dialog>
  );
}
