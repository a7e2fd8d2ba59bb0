// Access and trust of the active instance: Access (ping, root certificate, configuration
// backup), its federation targets, federation between saved instances with the circle of
// trust, service pairing, and log collection on JFrog Cloud.
import VerifiedUserOutlined from '@mui/icons-material/VerifiedUserOutlined';
import Box from '@mui/material/Box';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import { useState } from 'react';
import { isCloud } from '../../../shared/areas/instances/platform-kind';
import { useInstanceAccess } from '../../app/instance-access';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';
import { ReadOnlyNotice } from '../../components/ReadOnlyNotice';
import { AccessPanel } from './AccessPanel';
import { FederationPanel } from './FederationPanel';
import { InstancesFederationPanel } from './InstancesFederationPanel';
import { LogCollectionPanel } from './LogCollectionPanel';
import { PairingPanel } from './PairingPanel';

type TabId = 'access' | 'federation' | 'between' | 'pairing' | 'logs';

export default function TrustScreen() {
  const { instance } = useInstanceAccess();
  const [tab, setTab] = useState<TabId>('access');
  if (!instance) return <EmptyState icon={<VerifiedUserOutlined />} title="No instance" description="Add an instance to see its Access trust." />;
  const cloud = isCloud(instance);
  return (
    <Box>
      <PageHeader title="Access and trust" subtitle="The root certificate, Access backups, federation between platforms and service pairing — across every saved instance." />
      <ReadOnlyNotice instance={instance} />
      <Tabs value={tab} onChange={(_e, next: TabId) => setTab(next)} sx={{ mb: 2 }} aria-label="Access and trust parts">
        <Tab value="access" label="Access" />
        <Tab value="federation" label="Federation targets" />
        <Tab value="between" label="Between instances" />
        <Tab value="pairing" label="Pairing" />
        {cloud ? <Tab value="logs" label="Log collection" /> : null}
      </Tabs>
      {tab === 'access' ? <AccessPanel key={instance.id} instance={instance} /> : null}
      {tab === 'federation' ? <FederationPanel key={instance.id} instance={instance} /> : null}
      {tab === 'between' ? <InstancesFederationPanel key={instance.id} active={instance} /> : null}
      {tab === 'pairing' ? <PairingPanel key={instance.id} instance={instance} /> : null}
      {tab === 'logs' && cloud ? <LogCollectionPanel key={instance.id} instance={instance} /> : null}
    </Box>
  );
}
