// The custom URL base: the value the configuration holds now, and a checked PUT (text/plain).
import Alert from '@mui/material/Alert';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import type { InstanceView } from '../../../shared/areas/instances/model';
import { urlBaseSchema } from '../../../shared/areas/sysconfig/model';
import { useInstanceAccess } from '../../app/instance-access';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { CurlButton } from '../../components/CurlButton';
import { ErrorState } from '../../components/ErrorState';
import { GuardedButton } from '../../components/GuardedButton';
import { useSetUrlBase } from './api';
import { urlBaseOf } from './config-text';

export function UrlBasePanel({ instance, platformXml }: { instance: InstanceView; platformXml: string }) {
  const { blockedReason } = useInstanceAccess();
  const current = urlBaseOf(platformXml);
  const [url, setUrl] = useState(current ?? '');
  const [shown, setShown] = useState(current);
  // A new value on the platform replaces an untouched field.
  if (current !== shown) {
    setShown(current);
    if (url === (shown ?? '')) setUrl(current ?? '');
  }
  const [touched, setTouched] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const setUrlBase = useSetUrlBase(instance.id);
  const checked = urlBaseSchema.safeParse(url);
  const problem = checked.success ? null : checked.error.issues[0]?.message;

  const send = async () => {
    setConfirming(false);
    if (!checked.success) return;
    setDone(null);
    try {
      setDone((await setUrlBase.mutateAsync({ url: checked.data })) || 'Saved.');
    } catch {
      // Shown below; the URL stays as typed.
    }
  };

  return (
    <Stack spacing={1.5} sx={{ maxWidth: 720 }}>
      <Typography variant="body2">
        The URL Artifactory puts in the links it generates (redirects, e-mails, package indexes) when it sits behind a proxy.{' '}
        <strong data-testid="current-url-base">{current ? `Now: ${current}` : 'Not set: the platform uses the URL each request came in on.'}</strong>
      </Typography>
      <TextField
        label="Custom URL base"
        value={url}
        onChange={(event) => {
          setUrl(event.target.value);
          setTouched(true);
        }}
        error={touched && problem !== null && problem !== undefined}
        helperText={touched && problem ? problem : 'For example https://artifacts.example.com'}
        fullWidth
      />
      <Stack direction="row" spacing={1}>
        <GuardedButton
          variant="contained"
          blockedReason={blockedReason}
          disabled={!checked.success || url.trim() === current || setUrlBase.isPending}
          onClick={() => setConfirming(true)}
        >
          Set URL base…
        </GuardedButton>
        <CurlButton call="sysconfig.setUrlBase" input={() => ({ url: url.trim() })} />
      </Stack>
      {done ? (
        <Alert severity="success" data-testid="url-base-done">
          {done}
        </Alert>
      ) : null}
      {setUrlBase.error ? <ErrorState error={setUrlBase.error} title="The URL base was not changed" /> : null}
      <ConfirmDialog
        open={confirming}
        title={`Change the URL base of ${instance.name}?`}
        confirmLabel="Set URL base"
        instance={instance}
        onConfirm={() => void send()}
        onClose={() => setConfirming(false)}
        message={`Links ${instance.name} generates will start with ${url.trim()}. A wrong value breaks redirects and package clients that follow them.`}
      />
    </Stack>
  );
}
