// Log collection into the jfrog-logs repository (JFrog Cloud only).
import Alert from '@mui/material/Alert';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import type { InstanceView } from '../../../shared/areas/instances/model';
import { useInstanceAccess } from '../../app/instance-access';
import { CurlButton } from '../../components/CurlButton';
import { ErrorState } from '../../components/ErrorState';
import { GuardedButton } from '../../components/GuardedButton';
import { useSetLogCollection } from './api';

export function LogCollectionPanel({ instance }: { instance: InstanceView }) {
  const { blockedReason } = useInstanceAccess();
  const set = useSetLogCollection(instance.id);
  const [done, setDone] = useState<string | null>(null);
  const run = async (enabled: boolean) => {
    setDone(null);
    try {
      setDone((await set.mutateAsync({ enabled })).message);
    } catch {
      // Shown below.
    }
  };
  return (
    <Stack spacing={1.5} sx={{ maxWidth: 760 }}>
      <Typography variant="body2">
        JFrog collects the audit and request logs of {instance.name} into a system repository named <code>jfrog-logs</code> (created on first use). Collection runs in cycles of up
        to 24 hours; the storage and transfer count against your Cloud usage. The platform offers no call to read the current setting.
      </Typography>
      <Stack direction="row" spacing={1}>
        <GuardedButton variant="contained" blockedReason={blockedReason} disabled={set.isPending} onClick={() => void run(true)}>
          Turn log collection on
        </GuardedButton>
        <GuardedButton variant="outlined" blockedReason={blockedReason} disabled={set.isPending} onClick={() => void run(false)}>
          Turn it off
        </GuardedButton>
        <CurlButton call="trust.setLogCollection" input={() => ({ enabled: true })} />
      </Stack>
      {done ? <Alert severity="success">{done}</Alert> : null}
      {set.error ? <ErrorState error={set.error} title="Log collection was not changed" /> : null}
    </Stack>
  );
}
