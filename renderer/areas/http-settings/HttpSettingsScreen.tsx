// HTTP settings (reverse proxy) of the active self-hosted instance.
import SettingsEthernetOutlined from '@mui/icons-material/SettingsEthernetOutlined';
import { Box } from '@mui/material';
import { isNonAdminWebServerView } from '../../../shared/areas/http-settings/model';
import { isCloud } from '../../../shared/areas/instances/platform-kind';
import { apiErrorOf } from '../../api/bridge';
import { useDockerRepos, useHttpSettings } from './api';
import { useActiveInstance } from '../../app/active-instance';
import { adminNeedOf } from '../../app/instance-access';
import { NeedsAdminState } from '../../components/NeedsAdminState';
import { EmptyState } from '../../components/EmptyState';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { PageHeader } from '../../components/PageHeader';
import { CloudNotice } from './CloudNotice';
import { HttpSettingsEditor } from './HttpSettingsEditor';

export default function HttpSettingsScreen() {
  const instance = useActiveInstance();
  const cloud = instance ? isCloud(instance) : false;
  const settings = useHttpSettings(instance?.id, !cloud);
  const repos = useDockerRepos(instance?.id, !cloud);
  const unsupported = apiErrorOf(settings.error)?.kind === 'unsupported';
  const adminNeed = adminNeedOf({
    error: settings.error,
    refused: 'read its HTTP settings',
    reducedView: settings.data && isNonAdminWebServerView(settings.data) ? 'the Docker access method and the ports of its HTTP settings (its view for non-admins)' : undefined,
    selfHostedOnlyOnUnknown: instance?.platform === 'unknown',
  });

  let body;
  if (!instance) {
    body = (
      <EmptyState
        icon={<SettingsEthernetOutlined />}
        title="No instance"
        description="Add a self-hosted instance to edit its HTTP settings, or use the offline snippet generator."
      />
    );
  } else if (cloud || unsupported) {
    body = <CloudNotice instanceName={instance.name} />;
  } else if (adminNeed) {
    body = <NeedsAdminState instanceName={instance.name} need={adminNeed} />;
  } else if (settings.isLoading || repos.isLoading) {
    body = <LoadingState label="Loading HTTP settings…" />;
  } else if (settings.error || !settings.data) {
    body = <ErrorState error={settings.error} title="The HTTP settings could not be loaded" onRetry={() => void settings.refetch()} />;
  } else {
    body = (
      <>
        {repos.error ? (
          <Box sx={{ mb: 2 }}>
            <ErrorState error={repos.error} title="The Docker repositories could not be listed; add them by hand below" onRetry={() => void repos.refetch()} />
          </Box>
        ) : null}
        {/* Keyed by instance: switching instance starts a fresh form from that instance's settings. */}
        <HttpSettingsEditor key={instance.id} instance={instance} settings={settings.data} dockerRepos={repos.data ?? []} />
      </>
    );
  }

  return (
    <Box>
      <PageHeader title="HTTP settings" subtitle="The reverse proxy in front of this platform: NGINX or Apache, HTTPS and Docker access. Preview the snippets before you save." />
      {body}
    </Box>
  );
}
