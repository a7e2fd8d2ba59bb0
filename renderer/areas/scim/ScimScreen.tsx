// SCIM: what the identity provider sees of this instance (Access's SCIM 2.0 service),
// users and groups, and where it drifts from the Access users API.
import Box from '@mui/material/Box';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import { useState } from 'react';
import { adminNeedOf, useInstanceAccess } from '../../app/instance-access';
import { NeedsAdminState } from '../../components/NeedsAdminState';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';
import { ReadOnlyNotice } from '../../components/ReadOnlyNotice';
import { LoadingState } from '../../components/LoadingState';
import { ErrorState } from '../../components/ErrorState';
import { useScimGroupSearch } from './api';
import { DriftTab } from './DriftTab';
import { ScimGroupsTab } from './ScimGroupsTab';
import { ScimUsersTab } from './ScimUsersTab';

type ScimTab = 'users' | 'groups' | 'drift';

export default function ScimScreen() {
  const { instance, instanceId, blockedReason } = useInstanceAccess();
  const [tab, setTab] = useState<ScimTab>('users');
  // One cheap read (the first 20 groups) tells whether this credential may use SCIM at all.
  const probe = useScimGroupSearch(instanceId, { operator: 'eq', value: '' });
  if (!instance) return <EmptyState title="No instance" description="Add a JFrog instance to see what its identity provider sees." />;
  const header = <PageHeader title="SCIM provisioning" subtitle={`${instance.name} · /access/api/v1/scim/v2 as your identity provider sees it`} />;
  const adminNeed = adminNeedOf({ error: probe.error, refused: 'answer SCIM' });
  if (adminNeed) {
    return (
      <>
        {header}
        <NeedsAdminState instanceName={instance.name} need={adminNeed} />
      </>
    );
  }
  return (
    <Box data-testid="scim-screen">
      {header}
      <ReadOnlyNotice instance={instance} />
      {probe.isLoading && <LoadingState label="Reaching SCIM…" />}
      {probe.error ? (
        <Box sx={{ mb: 2 }}>
          <ErrorState error={probe.error} title="SCIM did not answer" onRetry={() => void probe.refetch()} />
        </Box>
      ) : null}
      <Tabs value={tab} onChange={(_e, value: ScimTab) => setTab(value)} sx={{ mb: 2, borderBottom: 1, borderColor: 'divider' }}>
        <Tab value="users" label="Users" data-testid="scim-tab-users" />
        <Tab value="groups" label="Groups" data-testid="scim-tab-groups" />
        <Tab value="drift" label="Drift check" data-testid="scim-tab-drift" />
      </Tabs>
      {tab === 'users' && <ScimUsersTab instance={instance} blockedReason={blockedReason} />}
      {tab === 'groups' && <ScimGroupsTab instance={instance} blockedReason={blockedReason} />}
      {tab === 'drift' && <DriftTab instance={instance} blockedReason={blockedReason} />}
    </Box>
  );
}
