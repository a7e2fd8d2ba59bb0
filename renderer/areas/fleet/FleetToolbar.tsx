import Download from '@mui/icons-material/Download';
import Pause from '@mui/icons-material/Pause';
import PlayArrow from '@mui/icons-material/PlayArrow';
import Refresh from '@mui/icons-material/Refresh';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import Tooltip from '@mui/material/Tooltip';
import { useState } from 'react';
import { FLEET_INTERVALS, type FleetOverview } from '../../../shared/areas/fleet/model';
import { downloadText } from '../../components/files';
import { exportFleetCsv, useCheckNow, useSetSchedule } from './api';

const intervalLabel = (seconds: number) => (seconds < 60 ? `Every ${seconds} s` : `Every ${seconds / 60} min`);

/** The poller's interval and pause (kept in main, across restarts), a cycle on demand, and the CSV exports. */
export function FleetToolbar({ overview, onError }: { overview: FleetOverview; onError: (error: unknown) => void }) {
  const schedule = useSetSchedule();
  const checkNow = useCheckNow();
  const [exportAnchor, setExportAnchor] = useState<HTMLElement | null>(null);
  const seconds = Math.round(overview.intervalMs / 1000);
  const exportCsv = async (kind: 'incidents' | 'uptime') => {
    setExportAnchor(null);
    try {
      const { fileName, csv } = await exportFleetCsv(kind);
      downloadText(fileName, csv, 'text/csv');
    } catch (error) {
      onError(error);
    }
  };
  return (
    <>
      <TextField
        select
        label="Check"
        value={(FLEET_INTERVALS as readonly number[]).includes(seconds) ? seconds : ''}
        onChange={(event) => schedule.mutate({ intervalSeconds: Number(event.target.value) }, { onError })}
        disabled={overview.paused}
        sx={{ width: 150 }}
        slotProps={{ select: { inputProps: { 'data-testid': 'fleet-interval' } } }}
      >
        {FLEET_INTERVALS.map((choice) => (
          <MenuItem key={choice} value={choice}>
            {intervalLabel(choice)}
          </MenuItem>
        ))}
      </TextField>
      <Tooltip title={overview.paused ? 'Resume polling' : 'Pause polling'}>
        <IconButton
          onClick={() => schedule.mutate({ paused: !overview.paused }, { onError })}
          aria-label={overview.paused ? 'Resume polling' : 'Pause polling'}
          aria-pressed={overview.paused}
        >
          {overview.paused ? <PlayArrow /> : <Pause />}
        </IconButton>
      </Tooltip>
      <Button variant="outlined" startIcon={<Refresh />} onClick={() => checkNow.mutate({}, { onError })} disabled={checkNow.isPending} data-testid="fleet-check-now">
        {checkNow.isPending ? 'Checking…' : 'Check now'}
      </Button>
      <Button startIcon={<Download />} onClick={(event) => setExportAnchor(event.currentTarget)} aria-haspopup="menu">
        Export CSV
      </Button>
      <Menu anchorEl={exportAnchor} open={Boolean(exportAnchor)} onClose={() => setExportAnchor(null)}>
        <MenuItem onClick={() => void exportCsv('incidents')}>Incidents (30 days)</MenuItem>
        <MenuItem onClick={() => void exportCsv('uptime')}>Uptime table</MenuItem>
      </Menu>
    </>
  );
}
