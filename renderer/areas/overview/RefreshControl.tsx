import Pause from '@mui/icons-material/Pause';
import PlayArrow from '@mui/icons-material/PlayArrow';
import Refresh from '@mui/icons-material/Refresh';
import Box from '@mui/material/Box';
import IconButton from '@mui/material/IconButton';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { REFRESH_CHOICES, useUiStore, type RefreshSeconds } from '../../app/ui-store';
import { clockTimeSeconds as clock } from '../../components/time-format';

interface Props {
  lastRefreshed: number;
  fetching: boolean;
  onRefresh: () => void;
}

/** Auto-refresh interval, pause/resume, refresh now, and when the data was last fetched. */
export function RefreshControl({ lastRefreshed, fetching, onRefresh }: Props) {
  const seconds = useUiStore((s) => s.overviewRefreshSeconds);
  const paused = useUiStore((s) => s.overviewPaused);
  const setSeconds = useUiStore((s) => s.setOverviewRefreshSeconds);
  const setPaused = useUiStore((s) => s.setOverviewPaused);
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
      <Typography variant="caption" color="text.secondary" data-testid="last-refreshed" sx={{ minWidth: 150, textAlign: 'right' }}>
        {fetching ? 'Refreshing…' : lastRefreshed ? `Last refreshed at ${clock(lastRefreshed)}` : ''}
      </Typography>
      <TextField
        select
        label="Auto-refresh"
        value={seconds}
        onChange={(event) => setSeconds(Number(event.target.value) as RefreshSeconds)}
        disabled={paused}
        sx={{ width: 130 }}
        slotProps={{ select: { inputProps: { 'data-testid': 'refresh-interval' } } }}
      >
        {REFRESH_CHOICES.map((choice) => (
          <MenuItem key={choice} value={choice}>
            Every {choice}s
          </MenuItem>
        ))}
      </TextField>
      <Tooltip title={paused ? 'Resume auto-refresh' : 'Pause auto-refresh'}>
        <IconButton onClick={() => setPaused(!paused)} aria-label={paused ? 'Resume auto-refresh' : 'Pause auto-refresh'} aria-pressed={paused}>
          {paused ? <PlayArrow /> : <Pause />}
        </IconButton>
      </Tooltip>
      <Tooltip title="Refresh now">
        <IconButton onClick={onRefresh} aria-label="Refresh now" disabled={fetching}>
          <Refresh />
        </IconButton>
      </Tooltip>
    </Box>
  );
}
