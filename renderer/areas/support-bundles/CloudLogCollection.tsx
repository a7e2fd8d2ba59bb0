// On JFrog Cloud there are no support bundles to make; what Cloud offers instead is log
// collection into the jfrog-logs repository, which costs usage. The platform has no call
// to read the setting back, so the screen says what was last set from here, if anything.
import CloudOutlined from '@mui/icons-material/CloudOutlined';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { LOG_COLLECTION_COST_WARNING } from '../../../shared/areas/support-bundles/model';
import type { InstanceView } from '../../../shared/areas/instances/model';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { CurlButton } from '../../components/CurlButton';
import { EmptyState } from '../../components/EmptyState';
import { ErrorState } from '../../components/ErrorState';
import { GuardedButton } from '../../components/GuardedButton';
import { useLogCollection } from './api';

export function CloudLogCollection({ instance, blockedReason }: { instance: InstanceView; blockedReason: string | undefined }) {
  const change = useLogCollection(instance.id);
  const [asking, setAsking] = useState<boolean | null>(null);
  const [lastSet, setLastSet] = useState<boolean | null>(null);
  return (
    <Stack spacing={2} data-testid="cloud-log-collection">
      <EmptyState
        icon={<CloudOutlined />}
        title="Support bundles are made by self-hosted platforms"
        description={`${instance.name} is a JFrog Cloud instance: JFrog Support collects what it needs there. What you can turn on is log collection: audit and request logs go into the jfrog-logs repository, in cycles of up to 24 hours.`}
      />
      <Alert severity="warning" data-testid="log-collection-cost">
        {LOG_COLLECTION_COST_WARNING}
      </Alert>
      <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
        <GuardedButton variant="contained" blockedReason={blockedReason} onClick={() => setAsking(true)} data-testid="log-collection-on">
          Turn log collection on
        </GuardedButton>
        <GuardedButton variant="outlined" blockedReason={blockedReason} onClick={() => setAsking(false)} data-testid="log-collection-off">
          Turn it off
        </GuardedButton>
        <CurlButton call="supportBundles.logCollection" input={() => ({ enabled: true })} />
        <Typography variant="body2" color="text.secondary" data-testid="log-collection-state">
          {lastSet === null ? 'The platform offers no way to read the current setting.' : `Log collection was turned ${lastSet ? 'on' : 'off'} from here.`}
        </Typography>
      </Box>
      {change.error ? <ErrorState error={change.error} title="The setting was not changed" /> : null}
      <ConfirmDialog
        open={asking !== null}
        instance={instance}
        title={asking ? 'Turn log collection on?' : 'Turn log collection off?'}
        message={asking ? LOG_COLLECTION_COST_WARNING : 'Logs stop being collected into jfrog-logs; what is there stays.'}
        confirmLabel={asking ? 'Turn on' : 'Turn off'}
        busy={change.isPending}
        onConfirm={() => {
          const enabled = asking === true;
          change.mutate({ enabled }, { onSuccess: () => setLastSet(enabled) });
          setAsking(null);
        }}
        onClose={() => setAsking(null)}
      />
    </Stack>
  );
}
