import Box from '@mui/material/Box';
import Tooltip from '@mui/material/Tooltip';
import { useTheme } from '@mui/material/styles';
import { FLEET_STATE_LABEL, type StatusSlice } from '../../../shared/areas/fleet/model';
import { fillOf } from './fleet-style';

const clock = (at: number) => new Date(at).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit', hour12: false });

/** The last 24 h in equal slices, oldest left, like a public status page. */
export function StatusBar({ slices, label }: { slices: StatusSlice[]; label: string }) {
  const theme = useTheme();
  const bad = slices.filter((slice) => slice.state !== 'none' && slice.state !== 'healthy').length;
  return (
    <Box
      role="img"
      aria-label={`${label}: last 24 hours, ${bad} of ${slices.length} periods with trouble`}
      data-testid="status-bar"
      sx={{ display: 'flex', gap: '1px', height: 18, alignItems: 'stretch', minWidth: 110 }}
    >
      {slices.map((slice, index) => (
        <Tooltip key={slice.from} title={`${clock(slice.from)}–${clock(slices[index + 1]?.from ?? slice.from + 1_800_000)}: ${slice.state === 'none' ? 'not checked' : FLEET_STATE_LABEL[slice.state]}`} disableInteractive>
          <Box data-state={slice.state} sx={{ flex: 1, borderRadius: '1px', bgcolor: fillOf(theme, slice.state), opacity: slice.state === 'none' ? 0.5 : 1 }} />
        </Tooltip>
      ))}
    </Box>
  );
}
