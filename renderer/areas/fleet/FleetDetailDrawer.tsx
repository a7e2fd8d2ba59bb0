// One instance's history: uptime over 24 h, 7 d and 30 d, the charts (loaded only here), and
// its incidents with their durations and the services' messages.
import CloseIcon from '@mui/icons-material/Close';
import Download from '@mui/icons-material/Download';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import Divider from '@mui/material/Divider';
import Drawer from '@mui/material/Drawer';
import IconButton from '@mui/material/IconButton';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import { Suspense, lazy, useState } from 'react';
import { HISTORY_RANGES, type FleetIncident, type FleetRow, type HistoryRange } from '../../../shared/areas/fleet/model';
import { useUiStore } from '../../app/ui-store';
import { navigate } from '../../app/router';
import { downloadText } from '../../components/files';
import { EnvironmentChip } from '../../components/EnvironmentChip';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { dateTime } from '../../components/time-format';
import { exportFleetCsv, useFleetHistory } from './api';
import { StateChip } from './FleetTable';
import { formatDuration, formatUptime } from './fleet-view';

const HistoryCharts = lazy(() => import('./HistoryCharts'));

const RANGE_LABEL: Record<HistoryRange, string> = { '24h': '24 h', '7d': '7 days', '30d': '30 days' };

export function FleetDetailDrawer({ row, now, onClose }: { row: FleetRow; now: number; onClose: () => void }) {
  const [range, setRange] = useState<HistoryRange>('24h');
  const history = useFleetHistory(row.instanceId, range);
  const setActive = useUiStore((s) => s.setActiveInstanceId);
  const [exportError, setExportError] = useState<unknown>(null);
  const data = history.data;
  return (
    <Drawer anchor="right" open onClose={onClose} slotProps={{ paper: { sx: { width: { xs: '100%', md: 760 }, p: 2.5 } } }}>
      <Box data-testid="fleet-detail" data-instance={row.name} sx={{ display: 'flex', alignItems: 'center', gap: 1, mb: 1 }}>
        <Typography variant="h6" component="h2" sx={{ flex: 1, minWidth: 0 }}>
          {row.name}
        </Typography>
        <EnvironmentChip label={row.environment} />
        <StateChip state={row.state} testId="fleet-detail-state" />
        <IconButton onClick={onClose} aria-label="Close history">
          <CloseIcon />
        </IconButton>
      </Box>
      <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap', mb: 2 }}>
        <ToggleButtonGroup size="small" exclusive value={range} onChange={(_event, value: HistoryRange | null) => value && setRange(value)} aria-label="Range">
          {HISTORY_RANGES.map((choice) => (
            <ToggleButton key={choice} value={choice}>
              {RANGE_LABEL[choice]}
            </ToggleButton>
          ))}
        </ToggleButtonGroup>
        <Box sx={{ flex: 1 }} />
        <Button
          size="small"
          onClick={() => {
            setActive(row.instanceId);
            navigate('overview');
          }}
        >
          Open overview
        </Button>
        <Button
          size="small"
          startIcon={<Download />}
          onClick={() => exportFleetCsv('incidents', row.instanceId).then(({ fileName, csv }) => downloadText(fileName, csv, 'text/csv'), setExportError)}
        >
          Incidents CSV
        </Button>
      </Box>
      {exportError !== null && <ErrorState title="The export failed" error={exportError} />}
      {history.isPending && <LoadingState label="Reading history…" />}
      {history.isError && <ErrorState title="Could not read the history" error={history.error} onRetry={() => void history.refetch()} />}
      {data && (
        <>
          <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(3, 1fr)', gap: 1.5, mb: 2 }} data-testid="fleet-uptime-figures">
            {(
              [
                ['Uptime 24 h', data.uptime.d1],
                ['Uptime 7 days', data.uptime.d7],
                ['Uptime 30 days', data.uptime.d30],
              ] as const
            ).map(([label, value]) => (
              <Card key={label} variant="outlined" sx={{ p: 1.5 }}>
                <Typography variant="caption" color="text.secondary">
                  {label}
                </Typography>
                <Typography variant="h6">{formatUptime(value)}</Typography>
              </Card>
            ))}
          </Box>
          <Suspense fallback={<LoadingState label="Drawing charts…" />}>
            <HistoryCharts history={data} />
          </Suspense>
          <Divider sx={{ my: 2 }} />
          <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600, mb: 1 }}>
            Incidents ({data.incidents.length})
          </Typography>
          {data.incidents.length === 0 ? (
            <Typography variant="body2" color="text.secondary">
              No incident in the last {RANGE_LABEL[range]}.
            </Typography>
          ) : (
            <Box component="ol" sx={{ listStyle: 'none', p: 0, m: 0, display: 'grid', gap: 1 }} data-testid="fleet-incidents">
              {data.incidents.map((incident) => (
                <IncidentItem key={incident.id} incident={incident} now={now} />
              ))}
            </Box>
          )}
        </>
      )}
    </Drawer>
  );
}

function IncidentItem({ incident, now }: { incident: FleetIncident; now: number }) {
  const open = incident.endedAt === undefined;
  const duration = formatDuration((incident.endedAt ?? now) - incident.startedAt);
  return (
    <Card component="li" variant="outlined" sx={{ p: 1.5 }} data-testid="fleet-incident" data-open={open}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap', mb: 0.5 }}>
        <StateChip state={incident.worst} testId="incident-state" />
        <Typography variant="body2" sx={{ fontWeight: 600 }} data-testid="incident-duration">
          {open ? `Ongoing for ${duration}` : `Lasted ${duration}`}
        </Typography>
        <Typography variant="caption" color="text.secondary">
          {dateTime(incident.startedAt)}
          {incident.endedAt !== undefined ? ` → ${dateTime(incident.endedAt)}` : ''}
        </Typography>
      </Box>
      {incident.messages.map((message) => (
        <Typography key={message} variant="body2" color="text.secondary" sx={{ wordBreak: 'break-word' }} data-testid="incident-message">
          {message}
        </Typography>
      ))}
    </Card>
  );
}
