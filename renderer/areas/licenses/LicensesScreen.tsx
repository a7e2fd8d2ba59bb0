// The licenses of the active self-hosted instance: the node's license with days left, and
// on a cluster every license with its hash and node, the nodes without a valid one,
// installing keys (per-key messages) and deleting by hash (per-hash messages).
import VerifiedOutlined from '@mui/icons-material/VerifiedOutlined';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { apiErrorOf } from '../../api/bridge';
import { isForbidden, useInstanceAccess } from '../../app/instance-access';
import { CurlButton } from '../../components/CurlButton';
import { EmptyState } from '../../components/EmptyState';
import { ErrorState } from '../../components/ErrorState';
import { GuardedButton } from '../../components/GuardedButton';
import { LoadingState } from '../../components/LoadingState';
import { PageHeader } from '../../components/PageHeader';
import { useClusterLicenses, useLicense } from './api';
import { ClusterTable } from './ClusterTable';
import { DeleteLicensesFlow } from './DeleteLicensesFlow';
import { ExpiryChip } from './ExpiryChip';
import { InstallLicensesDialog } from './InstallLicensesDialog';
import { expiryOf, nodesWithoutValidLicense } from './license-view';

export default function LicensesScreen() {
  const { instance, instanceId, blockedReason } = useInstanceAccess();
  const license = useLicense(instanceId);
  const cluster = useClusterLicenses(instanceId);
  const [installing, setInstalling] = useState(false);
  const [selected, setSelected] = useState<string[]>([]);
  const [deleting, setDeleting] = useState(false);
  const now = new Date();
  const ha = (cluster.data?.nodes.length ?? 0) > 1 || (cluster.data?.licenses.length ?? 0) > 1;

  let body;
  if (!instance) body = <EmptyState icon={<VerifiedOutlined />} title="No instance" description="Add a self-hosted instance to see its licenses." />;
  else if (isForbidden(license.error)) {
    body = (
      <EmptyState
        icon={<VerifiedOutlined />}
        title="Needs an administrator"
        description={`The credential of ${instance.name} is not an administrator (403). Reading and installing licenses needs an admin token.`}
      />
    );
  } else if (apiErrorOf(license.error)?.kind === 'unsupported') {
    body = <EmptyState icon={<VerifiedOutlined />} title="Licenses are for self-hosted platforms" description={apiErrorOf(license.error)?.message} />;
  } else if (license.isLoading) body = <LoadingState label="Reading the license…" />;
  else if (license.error) body = <ErrorState error={license.error} title="The license could not be read" onRetry={() => void license.refetch()} />;
  else {
    const current = license.data;
    const expiry = current ? expiryOf(current.validThrough, now) : undefined;
    const unlicensed = cluster.data ? nodesWithoutValidLicense(cluster.data, now) : [];
    body = (
      <Stack spacing={2}>
        <Card variant="outlined" data-testid="current-license">
          <CardContent>
            <Typography variant="overline" color="text.secondary">
              This node's license
            </Typography>
            {current && expiry ? (
              <Box sx={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: 3, rowGap: 0.5, alignItems: 'center', mt: 1 }}>
                <Typography color="text.secondary">Type</Typography>
                <Typography data-testid="license-type">{current.type}</Typography>
                <Typography color="text.secondary">Licensed to</Typography>
                <Typography>{current.licensedTo}</Typography>
                <Typography color="text.secondary">Valid through</Typography>
                <Box sx={{ display: 'flex', gap: 1, alignItems: 'center' }}>
                  <Typography>{current.validThrough}</Typography>
                  <ExpiryChip {...expiry} />
                </Box>
              </Box>
            ) : (
              <Alert severity="warning" sx={{ mt: 1 }}>
                No license is installed on this node.
              </Alert>
            )}
          </CardContent>
        </Card>
        {unlicensed.length > 0 && (
          <Alert severity="warning" data-testid="unlicensed-nodes">
            {unlicensed.length === 1 ? 'Node without a valid license: ' : 'Nodes without a valid license: '}
            <strong>{unlicensed.join(', ')}</strong>
          </Alert>
        )}
        {cluster.error ? (
          <ErrorState error={cluster.error} title="The cluster's licenses could not be read" onRetry={() => void cluster.refetch()} />
        ) : cluster.data && cluster.data.licenses.length > 0 ? (
          <ClusterTable licenses={cluster.data.licenses} now={now} selected={selected} onSelect={setSelected} />
        ) : null}
      </Stack>
    );
  }

  return (
    <Box>
      <PageHeader
        title="Licenses"
        subtitle="The license of this platform, and on a cluster every node's license. Keys are sent to the platform and never kept here."
        actions={
          instance ? (
            <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
              <CurlButton call="licenses.get" input={() => ({})} />
              <GuardedButton
                variant="outlined"
                color="error"
                blockedReason={blockedReason}
                disabled={selected.length === 0}
                onClick={() => setDeleting(true)}
                data-testid="delete-licenses"
              >
                Delete {selected.length > 0 ? selected.length : ''} selected
              </GuardedButton>
              <GuardedButton variant="contained" blockedReason={blockedReason} onClick={() => setInstalling(true)} data-testid="install-licenses">
                Install keys
              </GuardedButton>
            </Stack>
          ) : undefined
        }
      />
      {body}
      {installing && instanceId && <InstallLicensesDialog instanceId={instanceId} ha={ha} onClose={() => setInstalling(false)} />}
      {deleting && instance && (
        <DeleteLicensesFlow
          instance={instance}
          hashes={selected}
          onClose={(deleted) => {
            setDeleting(false);
            if (deleted.length) setSelected((current) => current.filter((hash) => !deleted.includes(hash)));
          }}
        />
      )}
    </Box>
  );
}
