// System configuration of the active instance: the general configuration XML with local
// backups, the custom URL base, "verify connection" and the system information. On JFrog
// Cloud the configuration parts are not there, and the screen says why.
import CloudOutlined from '@mui/icons-material/CloudOutlined';
import TuneOutlined from '@mui/icons-material/TuneOutlined';
import Box from '@mui/material/Box';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import Typography from '@mui/material/Typography';
import { useState, type ReactNode } from 'react';
import { isCloud } from '../../../shared/areas/instances/platform-kind';
import { apiErrorOf } from '../../api/bridge';
import { adminNeedOf, useInstanceAccess } from '../../app/instance-access';
import { NeedsAdminState } from '../../components/NeedsAdminState';
import { EmptyState } from '../../components/EmptyState';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { PageHeader } from '../../components/PageHeader';
import { ReadOnlyNotice } from '../../components/ReadOnlyNotice';
import { useConfigXml } from './api';
import { BackupsPanel } from './BackupsPanel';
import { ConfigXmlPanel } from './ConfigXmlPanel';
import { SystemInfoPanel } from './SystemInfoPanel';
import { UrlBasePanel } from './UrlBasePanel';
import { VerifyConnectionPanel } from './VerifyConnectionPanel';

type TabId = 'config' | 'url-base' | 'verify' | 'info';

export default function SysconfigScreen() {
  const { instance } = useInstanceAccess();
  const cloud = instance ? isCloud(instance) : false;
  const [tab, setTab] = useState<TabId>(cloud ? 'verify' : 'config');
  const xml = useConfigXml(instance?.id, !cloud);
  const unsupported = cloud || apiErrorOf(xml.error)?.kind === 'unsupported';

  if (!instance) return <EmptyState icon={<TuneOutlined />} title="No instance" description="Add an instance to see its system configuration." />;

  const needsXml = (render: (platformXml: string) => ReactNode) => {
    if (unsupported) {
      return (
        <EmptyState
          icon={<CloudOutlined />}
          title="Not on JFrog Cloud"
          description={`${instance.name} is a JFrog Cloud instance. JFrog runs its artifactory.config.xml and URL base, and the platform offers no call to read or change them. Verify connection and the system information work here.`}
        />
      );
    }
    if (xml.isLoading) return <LoadingState label="Loading artifactory.config.xml…" />;
    const need = adminNeedOf({ error: xml.error, refused: 'read the general configuration', selfHostedOnlyOnUnknown: instance.platform === 'unknown' });
    if (need) return <NeedsAdminState instanceName={instance.name} need={need} />;
    if (xml.error || !xml.data) return <ErrorState error={xml.error} title="The configuration could not be loaded" onRetry={() => void xml.refetch()} />;
    return render(xml.data.xml);
  };

  return (
    <Box>
      <PageHeader
        title="System configuration"
        subtitle="artifactory.config.xml with a local backup before every save, the custom URL base, connection checks from the platform, and its system information."
      />
      <ReadOnlyNotice instance={instance} />
      <Tabs value={tab} onChange={(_e, next: TabId) => setTab(next)} sx={{ mb: 2 }} aria-label="System configuration parts">
        <Tab value="config" label="General configuration" />
        <Tab value="url-base" label="URL base" />
        <Tab value="verify" label="Verify connection" />
        <Tab value="info" label="System info" />
      </Tabs>
      {tab === 'config'
        ? needsXml((platformXml) => (
            <>
              {/* Keyed by instance: switching instance starts from that instance's XML. */}
              <ConfigXmlPanel key={instance.id} instance={instance} platformXml={platformXml} />
              <Typography variant="h6" component="h2" sx={{ mt: 3, mb: 1 }}>
                Local backups
              </Typography>
              <BackupsPanel key={`b-${instance.id}`} instance={instance} platformXml={platformXml} />
            </>
          ))
        : null}
      {tab === 'url-base' ? needsXml((platformXml) => <UrlBasePanel key={instance.id} instance={instance} platformXml={platformXml} />) : null}
      {tab === 'verify' ? <VerifyConnectionPanel key={instance.id} instanceId={instance.id} /> : null}
      {tab === 'info' ? <SystemInfoPanel instanceId={instance.id} instanceName={instance.name} /> : null}
    </Box>
  );
}
