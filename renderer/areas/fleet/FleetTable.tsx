import FlagOutlined from '@mui/icons-material/FlagOutlined';
import NotificationsOffOutlined from '@mui/icons-material/NotificationsOffOutlined';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { memo } from 'react';
import { FLEET_STATE_LABEL, type FleetRow } from '../../../shared/areas/fleet/model';
import { ColorDot, EnvironmentChip } from '../../components/EnvironmentChip';
import { clockTime } from '../../components/time-format';
import { STATE_TONE } from './fleet-style';
import { formatAgo, formatUptime } from './fleet-view';
import { StatusBar } from './StatusBar';

interface Props {
  rows: FleetRow[];
  commonVersion?: string;
  now: number;
  onOpen: (instanceId: string) => void;
}

export function StateChip({ state, testId = 'fleet-state' }: { state: FleetRow['state']; testId?: string }) {
  return (
    <Chip size="small" label={FLEET_STATE_LABEL[state]} color={STATE_TONE[state]} variant={state === 'healthy' ? 'outlined' : 'filled'} data-testid={testId} data-state={state} />
  );
}

export function FleetTable({ rows, commonVersion, now, onOpen }: Props) {
  return (
    <TableContainer sx={{ border: 1, borderColor: 'divider', borderRadius: 2 }}>
      <Table size="small" aria-label="Fleet" data-testid="fleet-table" sx={{ '& th, & td': { px: 1 }, '& th': { whiteSpace: 'nowrap' } }}>
        <TableHead>
          <TableRow>
            <TableCell>Instance</TableCell>
            <TableCell>State</TableCell>
            <TableCell align="right">Unhealthy</TableCell>
            <TableCell align="right">Response</TableCell>
            <TableCell align="right">Up 24 h</TableCell>
            <TableCell sx={{ minWidth: 130 }}>Last 24 h</TableCell>
            <TableCell>Version</TableCell>
            <TableCell>Last success</TableCell>
            <TableCell align="right" title="Days until the license ends (license expiry scan)">
              License
            </TableCell>
            <TableCell align="right" title="Access tokens expiring soon (token expiry scan)">
              Tokens
            </TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((row) => (
            <FleetTableRow key={row.instanceId} row={row} commonVersion={commonVersion} now={now} onOpen={onOpen} />
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}

interface RowProps {
  row: FleetRow;
  commonVersion?: string;
  now: number;
  onOpen: (instanceId: string) => void;
}

/** One row; memoised, so the 5 s refresh re-renders only rows whose data changed. */
const FleetTableRow = memo(function FleetTableRow({ row, commonVersion, now, onOpen }: RowProps) {
  return (
    <TableRow
      hover
      onClick={() => onOpen(row.instanceId)}
      onKeyDown={(event) => {
        if (event.key === 'Enter') onOpen(row.instanceId);
      }}
      tabIndex={0}
      data-testid="fleet-row"
      data-instance={row.name}
      data-state={row.state}
      sx={{ cursor: 'pointer' }}
    >
      <TableCell>
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, minWidth: 0 }}>
          <ColorDot color={row.color} />
          <Typography variant="body2" sx={{ fontWeight: 600, whiteSpace: 'nowrap' }} data-testid="fleet-name">
            {row.name}
          </Typography>
          <EnvironmentChip label={row.environment} />
          {row.muted && (
            <Tooltip title="OS notifications muted">
              <NotificationsOffOutlined fontSize="small" color="disabled" aria-label="Muted" />
            </Tooltip>
          )}
        </Box>
      </TableCell>
      <TableCell>
        <Box sx={{ display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: 0.25 }}>
          <StateChip state={row.state} />
          {row.error && (
            <Typography variant="caption" color="text.secondary" sx={{ maxWidth: 190, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }} title={row.error}>
              {row.error}
            </Typography>
          )}
          {row.nextCheckAt !== undefined && (
            <Typography variant="caption" color="warning.main" data-testid="fleet-backoff" sx={{ whiteSpace: 'nowrap' }}>
              Backed off ({row.consecutiveFailures} failures): next check {clockTime(row.nextCheckAt)}
            </Typography>
          )}
        </Box>
      </TableCell>
      <TableCell align="right" data-testid="fleet-unhealthy" title={row.problems.map((p) => `${p.serviceId}: ${p.message || p.state}`).join('\n')}>
        {row.state === 'unreachable' || row.state === 'pending' ? '—' : row.unhealthyCount}
      </TableCell>
      <TableCell align="right">{row.responseMs !== undefined ? `${row.responseMs} ms` : '—'}</TableCell>
      <TableCell align="right" data-testid="fleet-uptime">
        {formatUptime(row.uptime24h)}
      </TableCell>
      <TableCell>
        <StatusBar slices={row.statusBar} label={row.name} />
      </TableCell>
      <TableCell>
        {row.version ? (
          <Box sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5 }}>
            <span data-testid="fleet-version">{row.version}</span>
            {row.versionDiffers && (
              <Tooltip title={`Differs from the version most of the fleet runs${commonVersion ? ` (${commonVersion})` : ''}`}>
                <FlagOutlined fontSize="small" color="warning" data-testid="version-differs" aria-label="Version differs from the fleet" />
              </Tooltip>
            )}
          </Box>
        ) : (
          '—'
        )}
      </TableCell>
      <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatAgo(row.lastSuccessAt, now)}</TableCell>
      <TableCell align="right">{row.licenseDaysLeft !== undefined ? `${row.licenseDaysLeft} d` : '—'}</TableCell>
      <TableCell align="right">{row.tokensExpiring ?? '—'}</TableCell>
    </TableRow>
  );
});
