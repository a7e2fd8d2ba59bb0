import Timeline from '@mui/icons-material/Timeline';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { useActiveInstance } from '../../app/active-instance';
import { navigate } from '../../app/router';
import { useUiStore } from '../../app/ui-store';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { PageHeader } from '../../components/PageHeader';
import { useRouterHealth, useSystemOverview } from './api';
import { RefreshControl } from './RefreshControl';
import { RouterHealthCard } from './RouterHealthCard';
import { LicenseCard, ProbesCard, VersionCard } from './SystemCards';

/** The active instance at a glance: version, license, probes and live router health. */
export default function OverviewScreen() {
  const instance = useActiveInstance();
  const seconds = useUiStore((s) => s.overviewRefreshSeconds);
  const paused = useUiStore((s) => s.overviewPaused);
  const overview = useSystemOverview(instance);
  const health = useRouterHealth(instance?.id, seconds, paused);

  return (
    <>
      <PageHeader
        title="Overview"
        subtitle={instance ? `${instance.name} · ${instance.baseUrl}` : undefined}
        actions={
          <>
            {instance && (
              <Button startIcon={<Timeline />} onClick={() => navigate(`fleet/${encodeURIComponent(instance.id)}`)} data-testid="open-fleet-history">
                History
              </Button>
            )}
            <RefreshControl
              lastRefreshed={health.dataUpdatedAt}
              fetching={health.isFetching || overview.isFetching}
              onRefresh={() => {
                void health.refetch();
                void overview.refetch();
              }}
            />
          </>
        }
      />
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', md: '3fr 2fr' }, alignItems: 'start' }}>
        <Box sx={{ display: 'grid', gap: 2 }}>
          {health.isPending && <LoadingState label="Checking router health…" />}
          {health.isError && !health.data && <ErrorState title="Could not read router health" error={health.error} onRetry={() => void health.refetch()} />}
          {health.data && <RouterHealthCard health={health.data} />}
          {health.isError && health.data && <ErrorState title="The last refresh failed; showing the previous result" error={health.error} onRetry={() => void health.refetch()} />}
        </Box>
        <Box sx={{ display: 'grid', gap: 2 }}>
          {overview.isPending && <LoadingState label="Reading version and license…" />}
          {overview.isError && <ErrorState title="Could not read the system overview" error={overview.error} onRetry={() => void overview.refetch()} />}
          {overview.data && (
            <>
              <VersionCard overview={overview.data} knownPlatform={instance?.platform} />
              <LicenseCard overview={overview.data} />
              <ProbesCard overview={overview.data} />
            </>
          )}
        </Box>
      </Box>
    </>
  );
}
