// The fleet: one row per saved instance, worst first, with its 24 h status bar; a detail
// panel with the history (#/fleet/<instance id>); the notification list.
import HubOutlined from '@mui/icons-material/HubOutlined';
import Badge from '@mui/material/Badge';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import MenuItem from '@mui/material/MenuItem';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { FLEET_STATE_LABEL, FLEET_STATE_ORDER } from '../../../shared/areas/fleet/model';
import { navigate, useSubRoute } from '../../app/router';
import { EmptyState } from '../../components/EmptyState';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { PageHeader } from '../../components/PageHeader';
import { clockTimeSeconds as clock } from '../../components/time-format';
import { useFleetOverview } from './api';
import { FleetDetailDrawer } from './FleetDetailDrawer';
import { STATE_TONE } from './fleet-style';
import { countByState, environmentsOf, filterByEnvironment, sortRows, type FleetSort } from './fleet-view';
import { FleetTable } from './FleetTable';
import { FleetToolbar } from './FleetToolbar';
import { NotificationsPanel } from './NotificationsPanel';

const SORTS: { value: FleetSort; label: string }[] = [
  { value: 'worst', label: 'Worst first' },
  { value: 'uptime', label: 'Lowest uptime' },
  { value: 'response', label: 'Slowest' },
  { value: 'name', label: 'Name' },
];

/** Module-level, so memoised rows keep the same handler across refreshes. */
const openHistory = (instanceId: string) => navigate(`fleet/${encodeURIComponent(instanceId)}`);

export default function FleetScreen() {
  const overview = useFleetOverview();
  const openId = decodeURIComponent(useSubRoute());
  const [tab, setTab] = useState<'instances' | 'notifications'>('instances');
  const [environment, setEnvironment] = useState('');
  const [sort, setSort] = useState<FleetSort>('worst');
  const [actionError, setActionError] = useState<unknown>(null);

  if (overview.isPending) return <LoadingState label="Reading the fleet…" />;
  if (overview.isError) return <ErrorState title="Could not read the fleet" error={overview.error} onRetry={() => void overview.refetch()} />;
  const data = overview.data;
  // Coarse (15 s), so a refresh that changed nothing re-renders no row.
  const now = Math.floor((overview.dataUpdatedAt || Date.now()) / 15_000) * 15_000;
  const environments = environmentsOf(data.rows);
  const rows = sortRows(filterByEnvironment(data.rows, environment), sort);
  const counts = countByState(data.rows);
  const seconds = Math.round(data.intervalMs / 1000);
  const opened = data.rows.find((row) => row.instanceId === openId);

  return (
    <>
      <PageHeader
        title="Fleet"
        subtitle={
          <span data-testid="fleet-subtitle">
            {data.rows.length} instance{data.rows.length === 1 ? '' : 's'} ·{' '}
            {data.paused ? 'polling paused' : `checked every ${seconds < 60 ? `${seconds} s` : `${seconds / 60} min`}`}
            {data.running ? ' · checking…' : data.lastCycleAt ? ` · last cycle ${clock(data.lastCycleAt)}` : ''}
          </span>
        }
        actions={<FleetToolbar overview={data} onError={setActionError} />}
      />
      {actionError !== null && (
        <Box sx={{ mb: 2 }}>
          <ErrorState title="That did not work" error={actionError} onRetry={() => setActionError(null)} />
        </Box>
      )}
      {data.rows.length === 0 ? (
        <EmptyState
          icon={<HubOutlined />}
          title="No instances yet"
          description="Add instances on the Instances screen: the fleet checks each of them on the interval you choose."
        />
      ) : (
        <>
          <Tabs value={tab} onChange={(_event, value: 'instances' | 'notifications') => setTab(value)} sx={{ mb: 2 }}>
            <Tab value="instances" label="Instances" />
            <Tab
              value="notifications"
              label={
                <Badge color="error" badgeContent={data.unreadNotifications} max={99} sx={{ pr: data.unreadNotifications ? 2 : 0, '& .MuiBadge-badge': { right: 4 } }}>
                  Notifications
                </Badge>
              }
              data-testid="fleet-notifications-tab"
            />
          </Tabs>
          {tab === 'notifications' ? (
            <NotificationsPanel rows={data.rows} />
          ) : (
            <>
              <Box sx={{ display: 'flex', gap: 1.5, alignItems: 'center', flexWrap: 'wrap', mb: 2 }}>
                <TextField
                  select
                  label="Environment"
                  value={environment}
                  onChange={(event) => setEnvironment(event.target.value)}
                  sx={{ width: 170 }}
                  slotProps={{ select: { displayEmpty: true, inputProps: { 'data-testid': 'fleet-environment' } }, inputLabel: { shrink: true } }}
                >
                  <MenuItem value="">All environments</MenuItem>
                  {environments.map((label) => (
                    <MenuItem key={label} value={label}>
                      {label}
                    </MenuItem>
                  ))}
                  <MenuItem value="—">No label</MenuItem>
                </TextField>
                <TextField select label="Sort" value={sort} onChange={(event) => setSort(event.target.value as FleetSort)} sx={{ width: 160 }}>
                  {SORTS.map((choice) => (
                    <MenuItem key={choice.value} value={choice.value}>
                      {choice.label}
                    </MenuItem>
                  ))}
                </TextField>
                <Box sx={{ display: 'flex', gap: 0.75, flexWrap: 'wrap' }} data-testid="fleet-counts">
                  {FLEET_STATE_ORDER.filter((state) => counts[state]).map((state) => (
                    <Chip key={state} size="small" variant="outlined" color={STATE_TONE[state]} label={`${counts[state]} ${FLEET_STATE_LABEL[state].toLowerCase()}`} />
                  ))}
                </Box>
              </Box>
              {rows.length === 0 ? (
                <EmptyState title="No instance in this environment" description="Pick another environment above." />
              ) : (
                <FleetTable rows={rows} commonVersion={data.commonVersion} now={now} onOpen={openHistory} />
              )}
              <Typography variant="caption" color="text.secondary" component="p" sx={{ mt: 1.5 }} data-testid="fleet-storage">
                History: {data.storage.path} · {(data.storage.sizeBytes / 1048576).toFixed(1)} MB of at most {Math.round(data.storage.limitBytes / 1048576)} MB · every check for 48
                h, then hourly, 30 days kept.
              </Typography>
            </>
          )}
        </>
      )}
      {opened && <FleetDetailDrawer row={opened} now={now} onClose={() => navigate('fleet')} />}
    </>
  );
}
