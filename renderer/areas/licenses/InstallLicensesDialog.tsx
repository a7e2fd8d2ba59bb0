// Install license keys: paste one or several (an empty line between keys), or load them
// from files. Checked with the contract's schema before sending. The keys are secrets:
// once the platform has answered they are dropped from the form, and the results name
// each key by its position ("Key 2"), never by its text. If the call itself fails (no
// answer), the form keeps them so the admin can try again.
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState, type ChangeEvent } from 'react';
import { licenseKeysSchema, type InstallForm, type InstallResult, type KeyOutcome } from '../../../shared/areas/licenses/model';
import { CurlButton } from '../../components/CurlButton';
import { ErrorState } from '../../components/ErrorState';
import { FormDialog } from '../../components/FormDialog';
import { useInstallLicenses } from './api';
import { joinKeyTexts, splitLicenseKeys } from './license-keys';

interface Props {
  instanceId: string;
  /** An HA cluster gets the array form even for one key. */
  ha: boolean;
  onClose: () => void;
}

const OUTCOME: Record<KeyOutcome, { severity: 'success' | 'info' | 'error'; label: string }> = {
  installed: { severity: 'success', label: 'installed' },
  exists: { severity: 'info', label: 'already installed' },
  failed: { severity: 'error', label: 'not installed' },
};

export function InstallLicensesDialog({ instanceId, ha, onClose }: Props) {
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [result, setResult] = useState<InstallResult | null>(null);
  const install = useInstallLicenses(instanceId);
  const keys = splitLicenseKeys(text);
  const form: InstallForm = ha || keys.length > 1 ? 'array' : 'single';

  const submit = () => {
    const checked = licenseKeysSchema.safeParse(keys);
    if (!checked.success) {
      const issue = checked.error.issues[0];
      const where = typeof issue.path[0] === 'number' ? `Key ${issue.path[0] + 1}: ` : '';
      setProblem(`${where}${issue.message}`);
      return;
    }
    setProblem(null);
    void install.install(checked.data, form).then((answer) => {
      if (!answer) return;
      setResult(answer);
      // The platform has them now: nothing of the keys stays in the window.
      setText('');
    });
  };

  const loadFiles = async (event: ChangeEvent<HTMLInputElement>) => {
    const files = [...(event.target.files ?? [])];
    event.target.value = '';
    const texts = await Promise.all(files.map((file) => file.text()));
    setText((current) => joinKeyTexts([current, ...texts]));
  };

  return (
    <FormDialog dirty={text.trim() !== ''} onClose={onClose} maxWidth="md" fullWidth aria-labelledby="install-title">
      <DialogTitle id="install-title">Install license keys</DialogTitle>
      <DialogContent>
        {result ? (
          <Box data-testid="install-results" sx={{ display: 'flex', flexDirection: 'column', gap: 1 }}>
            {result.results.map((entry) => (
              <Alert key={entry.index} severity={OUTCOME[entry.outcome].severity} data-testid="key-result" data-outcome={entry.outcome}>
                <strong>Key {entry.index + 1}</strong>: {OUTCOME[entry.outcome].label} — {entry.message}
              </Alert>
            ))}
          </Box>
        ) : (
          <Box
            component="form"
            id="install-licenses"
            noValidate
            onSubmit={(e) => {
              e.preventDefault();
              submit();
            }}
            sx={{ display: 'flex', flexDirection: 'column', gap: 2, pt: 1 }}
          >
            <Typography variant="body2" color="text.secondary">
              Paste one key, or several with an empty line between them. Line breaks inside a key are kept.{' '}
              {ha ? 'This is a cluster: the keys go in one request, and free nodes take them.' : 'Installing replaces the license of this node.'}
            </Typography>
            <TextField
              label="License keys"
              value={text}
              onChange={(e) => setText(e.target.value)}
              multiline
              minRows={6}
              maxRows={16}
              autoFocus
              error={Boolean(problem)}
              helperText={problem ?? `${keys.length} key${keys.length === 1 ? '' : 's'} · sent as ${form === 'array' ? 'a list ([{licenseKey}, …])' : 'one {licenseKey}'}`}
              slotProps={{ htmlInput: { 'data-testid': 'license-keys', spellCheck: false, autoComplete: 'off', style: { fontFamily: 'monospace', fontSize: 12 } } }}
            />
            <Box>
              <Button component="label" size="small" variant="outlined">
                Load from files…
                <input hidden type="file" multiple accept=".txt,.lic,.key,text/plain" onChange={(e) => void loadFiles(e)} data-testid="license-files" />
              </Button>
            </Box>
            {install.error ? <ErrorState error={install.error} title="The keys were not installed" /> : null}
          </Box>
        )}
      </DialogContent>
      <DialogActions>
        {!result && <CurlButton call="licenses.install" input={() => ({ licenseKeys: keys.length ? keys : ['<license key>'], form })} />}
        <Box sx={{ flex: 1 }} />
        <Button onClick={onClose}>{result ? 'Close' : 'Cancel'}</Button>
        {!result && (
          <Button type="submit" form="install-licenses" variant="contained" disabled={install.isPending} data-testid="install-submit">
            Install
          </Button>
        )}
      </DialogActions>
    </FormDialog>
  );
}
