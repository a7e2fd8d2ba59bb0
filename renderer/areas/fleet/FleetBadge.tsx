// The navigation's badge: the fleet's worst state, read from the poller's overview (the
// first read starts the poller). Kept light: no charts, no table.
import Box from '@mui/material/Box';
import Tooltip from '@mui/material/Tooltip';
import { useTheme } from '@mui/material/styles';
import { FLEET_STATE_LABEL } from '../../../shared/areas/fleet/model';
import { useFleetOverview } from './api';
import { fillOf } from './fleet-style';

export function FleetBadge() {
  const overview = useFleetOverview();
  const theme = useTheme();
  const data = overview.data;
  if (!data || data.rows.length === 0) return null;
  const troubled = data.rows.filter((row) => row.state !== 'healthy' && row.state !== 'pending').length;
  // Part of the navigation entry's accessible name: no screen's name in it (tests and screen
  // readers find "Instances" by name).
  const label = troubled
    ? `fleet: ${troubled} of ${data.rows.length} in trouble, worst ${FLEET_STATE_LABEL[data.worst].toLowerCase()}`
    : `fleet: ${data.worst === 'pending' ? 'not checked yet' : `all ${data.rows.length} healthy`}`;
  return (
    <Tooltip title={label}>
      <Box
        component="span"
        data-testid="fleet-badge"
        data-state={data.worst}
        aria-label={label}
        role="status"
        sx={{
          minWidth: 20,
          height: 20,
          px: troubled ? 0.75 : 0,
          borderRadius: 10,
          display: 'inline-flex',
          alignItems: 'center',
          justifyContent: 'center',
          bgcolor: fillOf(theme, data.worst),
          color: theme.palette.getContrastText(fillOf(theme, data.worst)),
          fontSize: 11,
          fontWeight: 700,
        }}
      >
        {troubled || ''}
      </Box>
    </Tooltip>
  );
}
